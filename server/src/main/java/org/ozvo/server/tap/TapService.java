package org.ozvo.server.tap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.server.app.Databases;
import org.ozvo.tap.TapLimits;
import org.ozvo.tap.TapQueryRunner;
import org.ozvo.tap.TapRequest;
import org.ozvo.tap.UploadResolver;

/**
 * The TAP service's configuration and entry point to query execution: limits, output formats,
 * and running a request on a connection of the read-only pool. Thread-safe.
 */
@ApplicationScoped
public class TapService {

    @Inject
    Databases databases;

    private final TapLimits limits = TapLimits.defaults();
    private final TapQueryRunner runner = new TapQueryRunner(limits);

    public TapLimits limits() {
        return limits;
    }

    public TableWriterRegistry formats() {
        return TableWriterRegistry.standard();
    }

    /**
     * Runs a query on the reader pool; the caller closes the result (which returns the
     * connection). {@code databaseText}: see {@link TapQueryRunner}; pass the chosen writer's
     * {@code acceptsDatabaseText()}.
     *
     * @throws org.ozvo.dali.fault.Fault for bad requests and database failures
     */
    public TableResult execute(TapRequest request, UploadResolver uploads, int timeoutSeconds,
                               Consumer<Runnable> cancelHook, boolean databaseText) {
        Connection connection;
        try {
            connection = databases.reader().getConnection();
        } catch (SQLException e) {
            throw new TransientFault("the database is not available: " + e.getMessage(), e);
        }
        return runner.run(connection, request, uploads, timeoutSeconds, cancelHook, databaseText);
    }
}
