package com.medgrid.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;

/** Validates API key pairs and session ids against the database; the user's roles become the caller's groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<User> user;
        if (credential instanceof ApiKeyCredential key) {
            user = authenticator.byApiKey(key.apiKey(), key.apiSecret());
        } else if (credential instanceof SessionCredential session) {
            user = authenticator.bySession(session.sid());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return user.map(u -> new CredentialValidationResult(u.getName(), u.getRoles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
