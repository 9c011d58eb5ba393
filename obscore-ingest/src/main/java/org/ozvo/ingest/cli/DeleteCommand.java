package org.ozvo.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.ozvo.ingest.delete.CollectionDeleter;
import org.ozvo.ingest.store.IngestLock;
import org.ozvo.ingest.store.ProductStore;
import org.ozvo.ingest.store.Reconciler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest delete}: removes a collection. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    header = "Deletes a collection: rows, products and copied originals.",
    description = {"Deletes every ObsCore row of a collection, its product files and the copied originals"
        + " no other row needs. Safe to interrupt: running it again finishes the delete."})
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    private IngestMain main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--collection", paramLabel = "C", required = true, description = "The collection to delete.")
    private String collection;

    @Override
    public Integer call() throws SQLException, IOException {
        IngestEnvironment env = main.environment();
        DataSource owner = env.migratedOwner();
        ProductStore store = new ProductStore(env.layout(), IngestEnvironment.newRunId());
        CollectionDeleter.Result result;
        try (IngestLock lock = IngestLock.acquire(owner)) {
            Reconciler.reconcile(owner, store);
            result = new CollectionDeleter(owner, store).delete(collection);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ingest delete: collection %s: %,d rows deleted, %,d file removals, %,d original files"
            + " forgotten%n", collection, result.rows(), result.fileOps(), result.sourceFiles());
        out.flush();
        return ExitCodes.OK;
    }
}
