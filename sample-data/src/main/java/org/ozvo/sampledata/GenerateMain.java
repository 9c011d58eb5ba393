package org.ozvo.sampledata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line: {@code GenerateMain --out DIR [--per-survey N] [--seed S]}. Writes the sample
 * archive and prints one summary line per survey (files, spectra products, broken files,
 * size) and a total. Exit status 0 on success, 2 on bad arguments, 1 on I/O failure.
 */
public final class GenerateMain {

    private GenerateMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        int perSurvey = SampleArchive.DEFAULT_SPECTRA_PER_SURVEY;
        long seed = SampleArchive.DEFAULT_SEED;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--out" -> dir = Path.of(required(args[i], value));
                    case "--per-survey" -> perSurvey = Integer.parseInt(required(args[i], value));
                    case "--seed" -> seed = Long.parseLong(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
                i++;
            }
            if (dir == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            if (perSurvey < 1) {
                throw new IllegalArgumentException("--per-survey must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: GenerateMain --out DIR [--per-survey N] [--seed S]");
            return 2;
        }
        try {
            long t0 = System.nanoTime();
            SampleManifest manifest = SampleArchive.generate(dir, perSurvey, seed);
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (String survey : SampleArchive.SURVEYS) {
                out.println(summary(survey, manifest.forSurvey(survey)));
            }
            out.println(summary(SampleArchive.UNKNOWN, manifest.forSurvey(SampleArchive.UNKNOWN)));
            out.println(String.format(Locale.ROOT, "total    %4d files, %5d products, %2d broken, %7.1f MB in %.1f s -> %s",
                manifest.files().size(), manifest.files().stream().mapToInt(SampleFile::expectedProducts).sum(),
                manifest.brokenFiles().size(), megabytes(manifest.files()), seconds,
                manifest.root().resolve(SampleManifest.FILE_NAME)));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static String summary(String survey, List<SampleFile> files) {
        return String.format(Locale.ROOT, "%-8s %4d files, %5d products, %2d broken, %7.1f MB", survey, files.size(),
            files.stream().mapToInt(SampleFile::expectedProducts).sum(), files.stream().filter(SampleFile::broken).count(),
            megabytes(files));
    }

    private static double megabytes(List<SampleFile> files) {
        long bytes = 0;
        for (SampleFile f : files) {
            try {
                bytes += Files.size(f.path());
            } catch (IOException e) {
                // A file removed since generation counts as empty; the summary is informational.
            }
        }
        return bytes / 1e6;
    }
}
