package org.ozvo.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.ozvo.ingest.store.IngestLock;
import org.ozvo.ingest.verify.ArchiveVerifier;
import org.ozvo.ingest.verify.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest verify}: rows and files agree, products are sound. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Checks that rows and files agree and products are sound.",
    description = {"Checks that every ObsCore row has a readable product with valid FITS checksums and an"
        + " existing original, and the reverse: every file under products/ and originals/ belongs to a"
        + " row. Prints one line per problem (up to --max-lines per kind) and a summary; exit status 1"
        + " if anything is wrong."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private IngestMain main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--collection", paramLabel = "C", description = "Check only this collection (repeatable).")
    private List<String> collections = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Parallel product checks (default: cores).")
    private Integer threads;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "50",
        description = "Problems printed per kind (default: ${DEFAULT-VALUE}); all are counted.")
    private int maxLines;

    @Override
    public Integer call() throws SQLException, IOException, InterruptedException {
        IngestEnvironment env = main.environment();
        DataSource owner = env.migratedOwner();
        PrintWriter out = spec.commandLine().getOut();
        Map<Finding.Kind, Integer> printed = new EnumMap<>(Finding.Kind.class);
        int parallel = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ArchiveVerifier.Result result;
        // Holding the writer lock: a load running meanwhile would show up as false problems.
        try (IngestLock lock = IngestLock.acquire(owner)) {
            result = new ArchiveVerifier(owner, env.layout(), collections, parallel, finding -> {
                int n = printed.merge(finding.kind(), 1, Integer::sum);
                if (n <= maxLines) {
                    out.println("PROBLEM " + finding.kind().name().toLowerCase(Locale.ROOT) + " " + finding.subject()
                        + ": " + finding.detail());
                }
            }).verify();
        }
        out.printf(Locale.ROOT, "ingest verify: %,d rows, %,d products checked, %,d files under products/ and"
            + " originals/: ", result.rows(), result.products(), result.files());
        if (result.problemCount() == 0) {
            out.println("no problems");
        } else {
            out.printf(Locale.ROOT, "%,d problems%n", result.problemCount());
            result.problems().forEach((kind, count) -> out.printf(Locale.ROOT, "  %-22s %,d%n",
                kind.name().toLowerCase(Locale.ROOT), count));
        }
        out.flush();
        return result.problemCount() == 0 ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
