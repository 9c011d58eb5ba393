package org.ozvo.loaders.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The genuine survey files in {@code ../shared/real-spectra} next to the repository. They are
 * never copied into the repository; tests that need them are skipped when they are absent.
 */
public final class RealSpectra {

    public static final String TWODFGRS = "000001.fits";
    public static final String SIXDFGS = "all-g2359555-392832.fits";
    public static final String GAMA = "G12_Y2_009_044.fit";
    public static final String OZDES = "OzDES-DR2_04720.fits";
    public static final String WIGGLEZ_GAMA = "Spectrum-195254.fit";

    private RealSpectra() {
    }

    /** The directory, or null: walks up from the working directory to one with a sibling {@code shared/real-spectra}. */
    public static Path dir() {
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            Path parent = d.getParent();
            if (parent != null) {
                Path candidate = parent.resolve("shared").resolve("real-spectra");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
            d = parent;
        }
        return null;
    }

    /** A genuine file; skips the test when the directory or the file is missing. */
    public static Path file(String name) {
        Path dir = dir();
        assumeTrue(dir != null, "genuine spectra not found: no ../shared/real-spectra above " + System.getProperty("user.dir"));
        Path f = dir.resolve(name);
        assumeTrue(Files.isRegularFile(f), "genuine spectrum missing: " + f);
        return f;
    }
}
