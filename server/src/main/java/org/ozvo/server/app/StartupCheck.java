package org.ozvo.server.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.schema.db.SchemaMigrator;

/**
 * Runs when the application starts: checks the configuration, migrates the database and
 * refreshes TAP_SCHEMA. A wrong setting stops the server with one clear message, since Payara
 * Micro would otherwise keep running and answer 404 to everything.
 */
@ApplicationScoped
public class StartupCheck {

    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    private final Instant startedAt = Instant.now();

    @Inject
    ServerSettings settings;

    @Inject
    Databases databases;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            int applied = SchemaMigrator.migrate(databases.owner(), settings.database().readerUser());
            LOG.info(() -> "database " + settings.database().url() + " ready (" + applied
                + " migrations applied); public base URL " + settings.layout().baseUrl());
        } catch (Exception e) {
            String reason = rootMessage(e);
            LOG.log(Level.SEVERE, "FATAL: cannot start: database {0} as {1}: {2}. Check VO_DB_URL, VO_DB_USER,"
                + " VO_DB_PASSWORD and that PostgreSQL is running (bin/setup).",
                new Object[] {settings.database().url(), settings.database().ownerUser(), reason});
            // Payara Micro does not exit on a failed deployment; a half-started server helps nobody.
            Runtime.getRuntime().halt(3);
        }
    }

    /** When the application started, for VOSI upSince. */
    public Instant startedAt() {
        return startedAt;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
