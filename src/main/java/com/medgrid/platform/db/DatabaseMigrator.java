package com.medgrid.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway before anything else starts (other startup beans declare
 * {@code @DependsOn("DatabaseMigrator")}). Common migrations live in {@code db/migration}; those
 * only one database understands (PostgreSQL's pg_trgm, say) in {@code db/vendor/<database>}. Each
 * location (and db/callback) holds an empty {@code flyway.location} file: Flyway needs it to scan
 * Liberty's class loader.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/medgrid-schema")
    DataSource dataSource;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                // A database may hold tables Flyway did not create: the persistent-timer tables
                // (WLP_*, EJBTIMER_*) that earlier versions of this server had Liberty create.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        if (flyway.info().all().length == 0) {
            throw new IllegalStateException("No migrations found in db/migration: the schema cannot be created");
        }
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database (" + vendor + ") at schema version " + result.targetSchemaVersion
                + "; " + result.migrationsExecuted + " migration(s) applied now.");
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    /** True when every known migration has been applied. */
    public boolean isUpToDate() {
        return flyway != null && flyway.info().pending().length == 0;
    }
}
