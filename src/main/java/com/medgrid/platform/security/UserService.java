package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiException;
import com.medgrid.platform.audit.AuditLog;
import com.medgrid.platform.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Users, their roles, passwords and API key pairs. */
@ApplicationScoped
@Transactional
public class UserService {

    /** A freshly generated key pair; the secret exists only in this object and the response carrying it. */
    public record ApiKeys(String user, String apiKey, String apiSecret) {
    }

    private static final int API_KEY_LENGTH = 15;
    private static final int API_SECRET_LENGTH = 32;

    @PersistenceContext(unitName = "medgrid")
    EntityManager em;

    @Inject
    AuditLog audit;
    @Inject
    PasswordHasher passwords;

    @Inject
    SessionService sessions;

    @Inject
    Validator validator;

    public User find(String name) {
        User user = em.find(User.class, name);
        if (user == null) {
            throw ApiException.notFound("User " + name + " not found.");
        }
        return user;
    }

    public User create(UserInput input, String actor) {
        validate(input, Default.class, UserInput.Creating.class);
        String email = input.email().trim().toLowerCase(Locale.ROOT);
        if (em.find(User.class, email) != null) {
            throw ApiException.duplicate("User " + email + " already exists.");
        }
        User user = new User(email, input.fullName().trim());
        user.setRoles(checkedRoles(input.roles() == null ? Set.of() : input.roles()));
        if (input.enabled() != null) {
            if (input.enabled() != user.isEnabled()) {
                audit.record(actor, input.enabled() ? "Enabled" : "Disabled", "User", user.getName(), null);
            }
            user.setEnabled(input.enabled());
        }
        if (input.newPassword() != null) {
            user.setPasswordHash(passwords.hash(input.newPassword()));
        }
        user.created(actor, Instant.now());
        em.persist(user);
        audit.record(actor, "Created", "User", email, "roles: " + String.join(", ", new java.util.TreeSet<>(user.getRoles()))
                + (user.isEnabled() ? "" : "; disabled"));
        return user;
    }

    public User update(String name, UserInput input, String actor) {
        validate(input, Default.class);
        User user = find(name);
        if (input.email() != null && !input.email().trim().equalsIgnoreCase(user.getEmail())) {
            throw ApiException.validation("email cannot be changed: it is the user's name.");
        }
        if (input.fullName() != null) {
            user.setFullName(input.fullName().trim());
        }
        if (input.roles() != null) {
            Set<String> before = new java.util.TreeSet<>(user.getRoles());
            user.setRoles(checkedRoles(input.roles()));
            Set<String> after = new java.util.TreeSet<>(user.getRoles());
            if (!before.equals(after)) {
                audit.record(actor, "Roles Changed", "User", user.getName(), before + " → " + after);
            }
        }
        if (input.newPassword() != null) {
            user.setPasswordHash(passwords.hash(input.newPassword()));
            sessions.closeAll(user.getName());
        }
        if (input.enabled() != null) {
            if (input.enabled() != user.isEnabled()) {
                audit.record(actor, input.enabled() ? "Enabled" : "Disabled", "User", user.getName(), null);
            }
            user.setEnabled(input.enabled());
            if (!input.enabled()) {
                sessions.closeAll(user.getName());
            }
        }
        user.modified(actor, Instant.now());
        return user;
    }

    /**
     * Replaces the user's key pair (revoking the old one), limited to {@code scopes} if any, and
     * returns the new secret, once.
     */
    public ApiKeys generateKeys(String userName, Optional<List<String>> scopes, String actor) {
        User user = find(userName);
        String apiKey = Tokens.random(API_KEY_LENGTH);
        String apiSecret = Tokens.random(API_SECRET_LENGTH);
        user.setApiKeyPair(apiKey, Tokens.sha256Hex(apiSecret), scopes);
        user.modified(actor, Instant.now());
        audit.record(actor, "API Key Generated", "User", user.getName(), "api_key " + apiKey
                + scopes.map(s -> "; scopes " + String.join(" ", s)).orElse(""));
        return new ApiKeys(user.getName(), apiKey, apiSecret);
    }

    public long countEnabledWithRole(String role) {
        return em.createNamedQuery(User.COUNT_ENABLED_WITH_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }

    private void validate(UserInput input, Class<?>... groups) {
        Set<ConstraintViolation<UserInput>> violations = validator.validate(input, groups);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw ApiException.validation("Unknown role " + role + ". Roles are: " + String.join(", ", Roles.ALL) + ".");
            }
        }
        return roles;
    }
}
