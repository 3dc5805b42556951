package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.crypto.Tokens;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Passwords, hashed with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations per OWASP). */
@ApplicationScoped
public class PasswordHasher {

    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 8;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /**
     * The length rule checked up front, naming the argument, so that a form gets a clear refusal
     * before anything is written.
     */
    public static void checkLength(String field, String password) {
        if (password.length() < MIN_LENGTH) {
            throw ApiException.validation(field + " must be at least " + MIN_LENGTH + " characters long.");
        }
    }

    /** Hash of a random value, verified against when an account does not exist so timing reveals nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash(Tokens.random(32));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** With no stored hash (no password set, unknown account) this still spends a full verification and fails. */
    public boolean verify(String password, String storedHash) {
        boolean matches = pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
        return storedHash != null && matches;
    }
}
