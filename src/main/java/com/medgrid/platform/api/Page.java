package com.medgrid.platform.api;

/**
 * Frappe's paging arguments: {@code limit_start} and {@code limit_page_length} (alias
 * {@code limit}), or v2's {@code start} and {@code limit}; default 20 rows, at most 500, and 0
 * meaning the maximum.
 */
public record Page(int start, int length) {

    public static final int DEFAULT_LENGTH = 20;
    public static final int MAX_LENGTH = 500;

    public static Page of(ApiArgs args) {
        return of(args, "limit_start", args.has("limit_page_length") ? "limit_page_length" : "limit");
    }

    /** The page that the arguments {@code startName} and {@code lengthName} ask for (Frappe v2: {@code start}, {@code limit}). */
    public static Page of(ApiArgs args, String startName, String lengthName) {
        int requested = nonNegative(args, lengthName, DEFAULT_LENGTH);
        return new Page(nonNegative(args, startName, 0), requested == 0 ? MAX_LENGTH : Math.min(requested, MAX_LENGTH));
    }

    private static int nonNegative(ApiArgs args, String name, int fallback) {
        int value = args.integer(name).orElse(fallback);
        if (value < 0) {
            throw ApiException.validation(name + " must not be negative.");
        }
        return value;
    }
}
