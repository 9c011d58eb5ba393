package org.ozvo.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ozvo.server.app.Databases;
import org.ozvo.server.app.StartupCheck;

/**
 * Decides whether the services can answer: the database must accept a query from the
 * read-only pool. Asked on every availability request, so a database that stops and comes
 * back is reported as it is, without a restart of ours.
 */
@ApplicationScoped
public class AvailabilityProbe {

    @Inject
    Databases databases;

    @Inject
    StartupCheck startup;

    /** Checks the database now. */
    public Availability check() {
        List<String> notes = new ArrayList<>();
        boolean ok;
        try (Connection c = databases.reader().getConnection(); Statement st = c.createStatement()) {
            st.setQueryTimeout(5);
            st.execute("SELECT 1 FROM ivoa.obscore LIMIT 1");
            ok = true;
            notes.add("database reachable");
        } catch (SQLException | RuntimeException e) {
            ok = false;
            notes.add("database unreachable: " + e.getMessage());
        }
        return new Availability(ok, startup.startedAt(), notes);
    }

    /** Result of a check. */
    public record Availability(boolean available, Instant upSince, List<String> notes) {
    }
}
