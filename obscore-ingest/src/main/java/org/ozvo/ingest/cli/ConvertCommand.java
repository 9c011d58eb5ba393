package org.ozvo.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ozvo.ingest.convert.Converter;
import org.ozvo.ingest.product.Loaders;
import org.ozvo.ingest.product.ProductRecords;
import org.ozvo.ingest.product.RecordOverrides;
import org.ozvo.ingest.product.SourceWalker;
import org.ozvo.ingest.product.UnreadableFileException;
import org.ozvo.schema.archive.ArchiveLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest convert}: simplified FITS and ObsCore JSON for files, without a database. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Converts files to simplified FITS and ObsCore JSON, without a database.",
    description = {"Writes the simplified FITS of every product in the given files to DIR (at the archive's"
        + " product path, products/<collection>/<obs_id>.fits) and prints one JSON object of ObsCore fields"
        + " per product on stdout, one per line. A file that cannot be read is reported on stderr and the"
        + " others are converted; the exit status is then 1."})
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private IngestMain main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    private Path out;

    @Option(names = "--survey", paramLabel = "S", description = "Loader to use for every file (default: detect).")
    private String survey;

    @Option(names = "--collection", paramLabel = "C", description = "obs_collection instead of the loader's.")
    private String collection;

    @Option(names = "--include", paramLabel = "GLOB",
        description = "Only files whose name matches (repeatable), e.g. '*.fits'; default: all files found in"
            + " directories (hidden ones excepted). Files named on the command line are always taken.")
    private List<String> include = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Parallel files (default: number of cores).")
    private Integer threads;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Original files (directories are walked).")
    private List<Path> files;

    @Override
    public Integer call() throws InterruptedException {
        Loaders loaders = Loaders.discover();
        RecordOverrides overrides;
        try {
            overrides = new RecordOverrides(collection, null, null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (survey != null && loaders.find(survey).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown survey '" + survey + "'; known: "
                + String.join(", ", loaders.ids()));
        }
        ArchiveLayout env = main.environment().layout();
        ArchiveLayout layout = new ArchiveLayout(env.authority(), env.baseUrl(), out);
        Converter converter = new Converter(loaders, new ProductRecords(layout, overrides), survey, collection);
        int parallel = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        int[] failures = {0};
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            // Files convert in parallel; their lines are printed in input order.
            Deque<Conversion> window = new ArrayDeque<>();
            SourceWalker.walk(files, include, new SourceWalker.Visitor() {
                @Override
                public void file(Path file) throws InterruptedException {
                    window.add(new Conversion(file, pool.submit(() -> converter.convert(file))));
                    while (window.size() > parallel * 4) {
                        print(window.poll(), stdout, stderr, failures);
                    }
                }

                @Override
                public void unreadable(Path path, String reason) {
                    stderr.println("ingest convert: FAILED " + path + ": " + reason);
                    failures[0]++;
                }
            });
            while (!window.isEmpty()) {
                print(window.poll(), stdout, stderr, failures);
            }
        } finally {
            pool.shutdownNow();
        }
        stdout.flush();
        stderr.flush();
        return failures[0] > 0 ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    private record Conversion(Path file, Future<List<String>> lines) {
    }

    private static void print(Conversion c, PrintWriter stdout, PrintWriter stderr, int[] failures)
            throws InterruptedException {
        try {
            c.lines().get().forEach(stdout::println);
        } catch (ExecutionException e) {
            String reason = e.getCause() instanceof UnreadableFileException u ? u.getMessage() : String.valueOf(e.getCause());
            stdout.flush();
            stderr.println("ingest convert: FAILED " + c.file() + ": " + reason);
            stderr.flush();
            failures[0]++;
        }
    }
}
