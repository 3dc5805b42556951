package com.medgrid.platform.security;

import com.medgrid.platform.api.ApiHidden;
import com.medgrid.platform.api.DocumentEntity;
import com.medgrid.platform.api.NameList;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A person or system that signs in; {@code name} is the email address, as in Frappe. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_API_KEY, query = "SELECT DISTINCT u FROM User u LEFT JOIN FETCH u.roles WHERE u.apiKey = :apiKey")
@NamedQuery(name = User.COUNT_ENABLED_WITH_ROLE,
        query = "SELECT COUNT(u) FROM User u JOIN u.roles r WHERE r = :role AND u.enabled = TRUE")
public class User extends DocumentEntity {

    public static final String BY_API_KEY = "User.byApiKey";
    public static final String COUNT_ENABLED_WITH_ROLE = "User.countEnabledWithRole";

    @Id
    @Column(name = "name", length = 140)
    private String name;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "user_type", nullable = false)
    private String userType;

    @Column(name = "api_key")
    private String apiKey;

    /** The scopes the API key pair is limited to, as a JSON list; null for a key limited only by the roles. */
    @Column(name = "api_key_scopes")
    private String apiKeyScopes;

    @Column(name = "last_login")
    private Instant lastLogin;

    @ApiHidden
    @Column(name = "password_hash")
    private String passwordHash;

    @ApiHidden
    @Column(name = "api_secret_hash")
    private String apiSecretHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "parent"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    protected User() {
    }

    public User(String email, String fullName) {
        this.name = email;
        this.email = email;
        this.fullName = fullName;
        this.userType = "Website User";
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUserType() {
        return userType;
    }

    public String getApiKey() {
        return apiKey;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getApiSecretHash() {
        return apiSecretHash;
    }

    /** Replaces the key pair, limited to {@code scopes} if any; the previous pair stops working at once. */
    public void setApiKeyPair(String apiKey, String apiSecretHash, Optional<List<String>> scopes) {
        this.apiKey = apiKey;
        this.apiSecretHash = apiSecretHash;
        this.apiKeyScopes = scopes.map(NameList::toJson).orElse(null);
    }

    public Optional<Set<String>> getApiKeyScopes() {
        return Optional.ofNullable(apiKeyScopes).map(json -> Set.copyOf(NameList.fromJson(json)));
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    /** Replaces the roles; the user type follows them (desk roles make a "System User"). */
    public void setRoles(Set<String> roles) {
        this.roles = new TreeSet<>(roles);
        this.userType = roles.stream().allMatch(Roles.WEBSITE_ROLES::contains) ? "Website User" : "System User";
    }

    public void loggedIn(Instant now) {
        lastLogin = now;
    }
}
