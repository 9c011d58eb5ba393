package org.ozvo.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.ozvo.ingest.load.IngestPipeline;
import org.ozvo.ingest.load.LoadSettings;
import org.ozvo.ingest.load.OriginalsMode;
import org.ozvo.ingest.product.Loaders;
import org.ozvo.ingest.product.ProductRecords;
import org.ozvo.ingest.product.RecordOverrides;
import org.ozvo.ingest.report.IngestReport;
import org.ozvo.ingest.report.Progress;
import org.ozvo.ingest.store.ProductStore;
import org.ozvo.schema.archive.ArchiveLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest load}: loads original files into the archive. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Loads original survey files into the archive.",
    description = {"Walks the files and directories given, picks a loader per file (or the one named), writes"
        + " the simplified FITS products under VO_DATA_DIR, keeps the originals (copied or referenced) and"
        + " inserts or updates the ObsCore rows.",
        "Idempotent: unchanged files are skipped, changed files replace their rows and products. An"
        + " interrupted load is finished by running the same command again. Each failed file is reported"
        + " on stderr and in the report file; the others are loaded."})
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    private IngestMain main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--survey", paramLabel = "S",
        description = "Loader to use for every file (default: detect per file).")
    private String survey;

    @Option(names = "--collection", paramLabel = "C",
        description = "obs_collection for every product instead of the loader's, e.g. ozdes_dr2.")
    private String collection;

    @Option(names = "--release-date", paramLabel = "D",
        description = "obs_release_date for every product: YYYY-MM-DD or YYYY-MM-DDThh:mm:ss (UTC).")
    private String releaseDate;

    @Option(names = "--data-rights", paramLabel = "R",
        description = "data_rights for every product: public, secure or proprietary.")
    private String dataRights;

    @Option(names = "--originals", paramLabel = "copy|reference",
        description = "Copy originals under VO_DATA_DIR or reference them where they are"
            + " (default: VO_ORIGINALS, else copy).")
    private String originals;

    @Option(names = "--include", paramLabel = "GLOB",
        description = "Only files whose name matches (repeatable), e.g. '*.fits'; default: all files found in"
            + " directories (hidden ones excepted). Files named on the command line are always taken.")
    private List<String> include = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    private Integer threads;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "2000",
        description = "Products per database transaction (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--force", description = "Reload files even if they did not change since their last load.")
    private boolean force;

    @Option(names = "--report", paramLabel = "FILE",
        description = "Failure report, tab-separated (default: VO_DATA_DIR/reports/load-<run>.tsv).")
    private Path reportFile;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Original files or directories.")
    private List<Path> paths;

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException {
        IngestEnvironment env = main.environment();
        Loaders loaders = Loaders.discover();
        LoadSettings settings = settings(env, loaders);
        ArchiveLayout layout = env.layout();
        DataSource owner = env.migratedOwner();
        String runId = IngestEnvironment.newRunId();
        Path report = reportFile != null ? reportFile : layout.resolve("reports/load-" + runId + ".tsv");
        Progress progress = Progress.on(spec.commandLine().getErr(), "files", "spectra");
        IngestPipeline.Summary summary;
        try (IngestReport failures = new IngestReport(report, line -> progress.println("ingest load: " + line))) {
            IngestPipeline pipeline = new IngestPipeline(owner, new ProductStore(layout, runId),
                new ProductRecords(layout, settings.overrides()), loaders, settings, failures, progress);
            try {
                summary = pipeline.run(paths);
            } catch (SQLException | IOException e) {
                progress.finish();
                throw new IllegalStateException("load stopped: " + e.getMessage()
                    + "\nNothing is half-written; run the same command again to finish the load.", e);
            }
        }
        print(summary, report);
        return summary.failed() > 0 ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    private LoadSettings settings(IngestEnvironment env, Loaders loaders) {
        try {
            if (loaders.ids().isEmpty()) {
                throw new IllegalStateException("no survey loaders on the class path (format-loaders missing?)");
            }
            if (survey != null && loaders.find(survey).isEmpty()) {
                throw new IllegalArgumentException("unknown survey '" + survey + "'; known: "
                    + String.join(", ", loaders.ids()));
            }
            RecordOverrides overrides = new RecordOverrides(collection,
                releaseDate == null ? null : RecordOverrides.parseDate(releaseDate), dataRights);
            OriginalsMode mode = originals != null ? OriginalsMode.parse(originals) : env.originals();
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            return new LoadSettings(survey, overrides, mode, workers, batchSize, force, include);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void print(IngestPipeline.Summary s, Path report) {
        PrintWriter out = spec.commandLine().getOut();
        double seconds = Math.max(s.elapsed().toMillis() / 1000.0, 0.001);
        if (s.reconciled().changedAnything()) {
            out.printf(Locale.ROOT, "ingest load: finished an interrupted run first: %,d file operations applied,"
                + " %,d uncommitted staged files removed%n", s.reconciled().operationsApplied(),
                s.reconciled().stagedFilesDeleted());
        }
        out.printf(Locale.ROOT, "ingest load: %,d files in %.1f s: %,d loaded, %,d unchanged, %,d touched, %,d failed%n",
            s.files(), seconds, s.loaded(), s.unchanged(), s.touched(), s.failed());
        out.printf(Locale.ROOT, "ingest load: %,d spectra written (%,.0f/s), %,d removed%n",
            s.productsWritten(), s.productsWritten() / seconds, s.productsRemoved());
        out.printf("ingest load: %s; report: %s%n", s.failed() == 0 ? "no failures" : s.failed() + " files failed",
            report.toAbsolutePath());
        out.flush();
    }
}
