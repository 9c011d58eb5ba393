package org.ozvo.ingest.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.ozvo.ingest.product.RecordOverrides;
import org.ozvo.ingest.report.Progress;
import org.ozvo.ingest.store.IngestLock;
import org.ozvo.ingest.synth.SynthRowGenerator;
import org.ozvo.ingest.synth.SynthWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest synth}: fills the ObsCore table with realistic metadata-only rows. */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Adds N realistic metadata-only rows for scale tests.",
    description = {"Appends N realistic metadata-only ObsCore rows (no product files) to a collection, for"
        + " measuring query speed at scale. Rows are generated as a stream and COPYed in chunks. Remove"
        + " them with: ingest delete --collection C"})
final class SynthCommand implements Callable<Integer> {

    @ParentCommand
    private IngestMain main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", required = true, description = "Number of rows.")
    private long rows;

    @Option(names = "--collection", paramLabel = "C", defaultValue = "synth",
        description = "Collection of the rows (default: ${DEFAULT-VALUE}).")
    private String collection;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
        description = "Random seed; the same seed gives the same rows (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "50000",
        description = "Rows per COPY and transaction (default: ${DEFAULT-VALUE}).")
    private int chunk;

    @Option(names = "--connections", paramLabel = "N",
        description = "Parallel COPY streams (default: number of cores).")
    private Integer connections;

    /** How synth treats the table's secondary indexes. */
    enum IndexMode { AUTO, REBUILD, KEEP }

    /**
     * {@code --indexes auto} rebuilds from this many rows up, and only when they are at least
     * {@link #REBUILD_MIN_FACTOR} times the rows already there: rebuilding costs about as much
     * per row of the whole table as maintaining the indexes costs per new row (measured on
     * 2 cores, PostgreSQL 15, pgSphere 1.2, whose GiST indexes have no sorted build).
     */
    static final long REBUILD_MIN_ROWS = 100_000;
    static final long REBUILD_MIN_FACTOR = 4;

    @Option(names = "--indexes", paramLabel = "MODE", defaultValue = "auto",
        converter = IndexModeConverter.class,
        description = {"keep: COPY with the indexes in place, over --connections streams, committing each chunk.",
            "rebuild: one transaction on one connection: drop the non-unique secondary indexes of"
                + " ivoa.obscore (not the primary key), COPY, recreate them exactly as they were, ANALYZE;"
                + " a failure leaves the table as it was; readers wait until it ends.",
            "auto (default): rebuild when --rows is at least " + REBUILD_MIN_ROWS + " and at least "
                + REBUILD_MIN_FACTOR + " times the rows already in the table, else keep."})
    private IndexMode indexes;

    static final class IndexModeConverter implements picocli.CommandLine.ITypeConverter<IndexMode> {
        @Override
        public IndexMode convert(String value) {
            return IndexMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    @Option(names = "--dump", paramLabel = "FILE",
        description = "Write the rows in COPY text format to FILE instead of the database (rows numbered from 0).")
    private Path dump;

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException {
        if (rows < 1 || chunk < 1) {
            throw new ParameterException(spec.commandLine(), "--rows and --chunk must be positive");
        }
        if (!RecordOverrides.COLLECTION_NAME.matcher(collection).matches()) {
            throw new ParameterException(spec.commandLine(), "collection '" + collection
                + "' does not follow the archive convention: lower-case letters, digits and _");
        }
        IngestEnvironment env = main.environment();
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SynthWriter writer = new SynthWriter(new SynthRowGenerator(env.layout(), collection, seed, created), chunk);
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        if (dump != null) {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(dump), 1 << 16)) {
                writer.toStream(file, 0, rows);
            }
            report(out, "written to " + dump, start);
            return ExitCodes.OK;
        }
        DataSource owner = env.migratedOwner();
        String how = "";
        try (IngestLock lock = IngestLock.acquire(owner)) {
            long first;
            try (Connection c = owner.getConnection()) {
                first = SynthWriter.nextIndex(c, collection);
            }
            start = System.nanoTime();
            Progress progress = Progress.on(spec.commandLine().getErr(), "rows", null);
            progress.total(rows);
            boolean rebuild = indexes == IndexMode.REBUILD;
            if (indexes == IndexMode.AUTO && rows >= REBUILD_MIN_ROWS) {
                try (Connection c = owner.getConnection()) {
                    rebuild = rows >= REBUILD_MIN_FACTOR * SynthWriter.estimatedRows(c);
                }
            }
            if (rebuild) {
                List<String> rebuilt = writer.toDatabaseRebuildingIndexes(owner, first, rows,
                    done -> progress.update(done, done, 0));
                progress.finish();
                how = ", " + rebuilt.size() + " secondary indexes rebuilt";
            } else {
                int streams = connections != null ? Math.max(1, connections) : Runtime.getRuntime().availableProcessors();
                writer.toDatabase(owner, first, rows, streams, done -> progress.update(done, done, 0));
                progress.finish();
            }
        }
        report(out, "added to collection " + collection + how, start);
        return ExitCodes.OK;
    }

    private void report(PrintWriter out, String where, long startNanos) {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        out.printf(Locale.ROOT, "ingest synth: %,d rows %s in %.2f s (%,.0f rows/s)%n", rows, where, seconds,
            rows / seconds);
        out.flush();
    }
}
