package com.medgrid.sync;

import com.medgrid.platform.api.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a paged sync: the name of the last row of a page, opaque to clients (Relay's
 * convention). Pages run by name, an immutable unique key, so a row never moves between pages while
 * others are written: none is skipped or repeated within a pass.
 */
final class Cursor {

    private static final String PREFIX = "name:";

    private Cursor() {
    }

    static String after(String name) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + name).getBytes(StandardCharsets.UTF_8));
    }

    /** The name a cursor stands after; a 417 for anything this API did not hand out. */
    static String name(String cursor) {
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        if (!decoded.startsWith(PREFIX) || decoded.length() == PREFIX.length()) {
            throw ApiException.validation("after must be an endCursor this API returned, got " + cursor + ".");
        }
        return decoded.substring(PREFIX.length());
    }
}
