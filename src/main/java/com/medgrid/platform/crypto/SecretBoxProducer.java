package com.medgrid.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The application's {@link SecretBox}, keyed by the {@code SECRETS_KEY} configuration value. */
@ApplicationScoped
public class SecretBoxProducer {

    @Inject
    @ConfigProperty(name = "SECRETS_KEY")
    Optional<String> key;

    private volatile SecretBox box;

    /** @throws IllegalStateException when SECRETS_KEY is not set: nothing may be stored unencrypted */
    @Produces
    SecretBox secretBox() {
        if (box == null) {
            if (key.isEmpty() || key.get().isBlank()) {
                throw new IllegalStateException("SECRETS_KEY is not set: vendor credentials cannot be stored or read. "
                        + "Set it to 32 random bytes in base64 (openssl rand -base64 32).");
            }
            box = SecretBox.fromBase64(key.get());
        }
        return box;
    }
}
