package com.medgrid.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Parses {@code Authorization: token KEY:SECRET}, {@code Authorization: Basic base64(KEY:SECRET)} and
 * {@code Authorization: Bearer ACCESS_TOKEN}. Anything else is malformed: the caller gets a 401
 * naming the expected format, never a silent guest.
 */
public final class AuthorizationHeader {

    private static final String EXPECTED = "use \"token API_KEY:API_SECRET\" or \"Bearer ACCESS_TOKEN\".";

    /** Thrown for a header that cannot be understood; its message is safe to show the caller. */
    public static final class MalformedException extends Exception {
        MalformedException(String message) {
            super(message);
        }
    }

    private AuthorizationHeader() {
    }

    public static HeaderCredential parse(String header) throws MalformedException {
        String value = header.trim();
        int space = value.indexOf(' ');
        if (space < 0) {
            throw new MalformedException("Malformed Authorization header: " + EXPECTED);
        }
        String scheme = value.substring(0, space);
        String credentials = value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("token")) {
            return split(credentials);
        }
        if (scheme.equalsIgnoreCase("basic")) {
            return split(basic(credentials));
        }
        if (scheme.equalsIgnoreCase("bearer")) {
            return new BearerTokenCredential(credentials);
        }
        throw new MalformedException("Unsupported authorization scheme " + scheme + ": " + EXPECTED);
    }

    /** The decoded {@code user:password} of Basic credentials. */
    public static String basic(String credentials) throws MalformedException {
        try {
            return new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedException("Malformed Authorization header: Basic credentials are not valid base64.");
        }
    }

    private static ApiKeyCredential split(String keyAndSecret) throws MalformedException {
        int colon = keyAndSecret.indexOf(':');
        if (colon <= 0 || colon == keyAndSecret.length() - 1) {
            throw new MalformedException("Both API Key and API Secret are required: use \"token API_KEY:API_SECRET\".");
        }
        return new ApiKeyCredential(keyAndSecret.substring(0, colon), keyAndSecret.substring(colon + 1));
    }
}
