package com.medgrid.platform.api;

import com.medgrid.platform.validation.TextRules;

/**
 * What a document name chosen by a caller (a customer's or an item's name, say) may be: it is the
 * last segment of the document's URL, so it must survive that trip. Liberty refuses encoded
 * slashes and normalises dot segments, so such names would make their documents unreachable.
 */
public final class DocumentNames {

    private DocumentNames() {
    }

    /** Refuses (417) a name that could not be used as {@code /api/resource/<DocType>/<name>}. */
    public static void check(String doctype, String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.validation(doctype + " needs a name.");
        }
        String problem = null;
        if (!name.equals(name.strip())) {
            problem = "must not start or end with spaces";
        } else if (name.equals(".") || name.equals("..")) {
            problem = "cannot be . or ..";
        } else if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            problem = "must not contain / or \\";
        } else {
            problem = TextRules.problem(name, true).orElse(null);
        }
        if (problem != null) {
            throw ApiException.validation("Invalid " + doctype + " name \"" + printable(name) + "\": the name " + problem + ".");
        }
    }

    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> shown.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return shown.toString();
    }
}
