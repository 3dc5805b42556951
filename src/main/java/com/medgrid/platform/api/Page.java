package com.medgrid.platform.api;

/**
 * Frappe's paging arguments: {@code limit_start} and {@code limit_page_length} (alias
 * {@code limit}); default 20 rows, at most 500, and 0 meaning the maximum.
 */
public record Page(int start, int length) {

    public static final int DEFAULT_LENGTH = 20;
    public static final int MAX_LENGTH = 500;

    public static Page of(ApiArgs args) {
        int requested = args.has("limit_page_length") ? nonNegative(args, "limit_page_length", DEFAULT_LENGTH)
                : nonNegative(args, "limit", DEFAULT_LENGTH);
        return new Page(nonNegative(args, "limit_start", 0), requested == 0 ? MAX_LENGTH : Math.min(requested, MAX_LENGTH));
    }

    private static int nonNegative(ApiArgs args, String name, int fallback) {
        int value = args.integer(name).orElse(fallback);
        if (value < 0) {
            throw ApiException.validation(name + " must not be negative.");
        }
        return value;
    }
}
