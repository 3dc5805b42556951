package com.medgrid.platform.api;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a public form (a spam target) accepts: only its documented fields, and {@value #HONEYPOT}
 * left empty — a field the form hides from people, which only form-filling bots fill in.
 */
public final class PublicFormFields {

    public static final String HONEYPOT = "website";

    private PublicFormFields() {
    }

    /** 417 naming the fields {@code form} does not take, or when the honeypot holds anything. */
    public static void check(ApiArgs args, String form, Collection<String> fields) {
        Set<String> unknown = new TreeSet<>(args.asJson().keySet());
        unknown.removeAll(fields);
        unknown.remove(HONEYPOT);
        if (!unknown.isEmpty()) {
            throw ApiException.validation("Unknown field" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + ": " + form + " takes " + String.join(", ", fields) + ".");
        }
        if (args.string(HONEYPOT).filter(value -> !value.isBlank()).isPresent()) {
            throw ApiException.validation(HONEYPOT + " must be left empty.");
        }
    }
}
