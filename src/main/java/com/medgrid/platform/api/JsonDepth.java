package com.medgrid.platform.api;

/**
 * The nesting limit of JSON that callers send. Parsers and the code walking their trees recurse,
 * so a guest's thousand-level array would otherwise end in a stack overflow and a log full of
 * stack traces; no MedGrid argument nests anywhere near this deep.
 */
public final class JsonDepth {

    public static final int MAX = 32;

    private JsonDepth() {
    }

    /** Refuses (400) JSON text nested deeper than {@link #MAX}, scanning it without parsing. */
    public static void check(CharSequence json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX) {
                    throw ApiException.badRequest("JSON nested deeper than " + MAX + " levels is not accepted.");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }
}
