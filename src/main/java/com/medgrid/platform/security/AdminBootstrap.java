package com.medgrid.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the first administrator ({@code ADMIN_EMAIL} / {@code ADMIN_PASSWORD}) when no enabled
 * System Manager exists, so a new installation can be signed into.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    private static final String DEVELOPMENT_PASSWORD = "medgrid-admin";

    @Inject
    UserService users;

    @Inject
    @ConfigProperty(name = "ADMIN_EMAIL", defaultValue = "admin@medgrid.local")
    String email;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD", defaultValue = DEVELOPMENT_PASSWORD)
    String password;

    @PostConstruct
    void ensureAdministrator() {
        if (users.countEnabledWithRole(Roles.SYSTEM_MANAGER) > 0) {
            return;
        }
        users.create(new UserInput(email, "Administrator", true, Set.of(Roles.SYSTEM_MANAGER, Roles.MARKETPLACE_ADMIN),
                password), "Administrator");
        LOG.info(() -> "Created the first administrator " + email + ".");
        if (DEVELOPMENT_PASSWORD.equals(password)) {
            LOG.warning("The administrator has the development password; set ADMIN_PASSWORD in any shared environment.");
        }
    }
}
