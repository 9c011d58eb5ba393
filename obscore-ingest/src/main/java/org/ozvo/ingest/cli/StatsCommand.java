package org.ozvo.ingest.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ozvo.ingest.stats.CollectionStats;
import org.ozvo.ingest.stats.StatsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest stats}: counts per collection, time span and sky coverage. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    header = "Prints counts, time span and sky coverage per collection.",
    description = {"Prints, per collection and in total: rows, products and original files, the time span,"
        + " the wavelength range and a sky coverage summary (position ranges and the 1x1 degree cells"
        + " covered)."})
final class StatsCommand implements Callable<Integer> {

    private static final LocalDate MJD_ZERO = LocalDate.of(1858, 11, 17);

    @ParentCommand
    private IngestMain main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        List<CollectionStats> stats = StatsQuery.run(main.environment().migratedOwner());
        PrintWriter out = spec.commandLine().getOut();
        for (CollectionStats s : stats) {
            print(s, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(CollectionStats s, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %,d rows (%,d spectra), %,d with a product (%.1f MB) from %,d original files%n",
            s.collection() == null ? "all collections" : s.collection(), s.rows(), s.spectra(), s.withProduct(),
            s.productKbytes() / 1024.0, s.sourceFiles());
        if (s.tMin() != null && s.tMax() != null) {
            out.printf(Locale.ROOT, "  time      %s .. %s (MJD %.3f .. %.3f)%n", date(s.tMin()), date(s.tMax()),
                s.tMin(), s.tMax());
        }
        if (s.emMin() != null && s.emMax() != null) {
            out.printf(Locale.ROOT, "  spectral  %.1f .. %.1f nm%n", s.emMin() * 1e9, s.emMax() * 1e9);
        }
        if (s.raMin() != null && s.decMin() != null) {
            out.printf(Locale.ROOT, "  sky       RA %.2f .. %.2f deg, Dec %+.2f .. %+.2f deg; %,d cells of 1x1 deg,"
                    + " %,.1f deg2 (%.3f%% of the sky)%n", s.raMin(), s.raMax(), s.decMin(), s.decMax(), s.skyCells(),
                s.skyAreaDeg2(), 100 * s.skyAreaDeg2() / CollectionStats.FULL_SKY_DEG2);
        }
    }

    private static LocalDate date(double mjd) {
        return MJD_ZERO.plusDays((long) Math.floor(mjd));
    }
}
