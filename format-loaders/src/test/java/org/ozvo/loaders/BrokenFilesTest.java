package org.ozvo.loaders;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;
import org.ozvo.loaders.testing.RealSpectra;
import org.ozvo.loaders.testing.TestFits;

/**
 * Truncated, mangled and incomplete copies of the genuine files: every one must end in a
 * {@link LoaderException} whose message says what is wrong - never a crash, never products.
 */
class BrokenFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} cut at {1} bytes")
    @CsvSource({
        "000001.fits, 100",            // inside the first header card
        "000001.fits, 2880",           // inside the primary header (three blocks long)
        "000001.fits, 11520",          // inside the stamp's data
        "000001.fits, 40000",          // inside the last spectrum's data
        "all-g2359555-392832.fits, 200000", // inside an observation's spectra
        "OzDES-DR2_04720.fits, 300000",     // inside an exposure triplet
        "G12_Y2_009_044.fit, 60000",
        "Spectrum-195254.fit, 30000"})
    void truncatedFilesAreRefused(String file, int length) throws Exception {
        Path original = RealSpectra.file(file);
        Path cut = dir.resolve(file);
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(original), length));
        LoaderException e = refused(cut);
        assertTrue(e.getMessage().matches("(?s).*(truncated|not a FITS|no loader recognises|corrupt|unreadable).*"),
            e.getMessage());
    }

    @Test
    void sixdfgsTruncatedAtAnHduBoundaryIsIncomplete() throws Exception {
        Path original = RealSpectra.file(RealSpectra.SIXDFGS);
        Path cut = dir.resolve("all-cut.fits");
        try (Fits in = new Fits(original.toFile())) {
            BasicHDU<?>[] hdus = in.read();
            TestFits.write(cut, Arrays.copyOf(hdus, 9)); // 5 thumbnails + V, R, VR + a lone V
        }
        LoaderException e = refused(cut);
        assertTrue(e.getMessage().contains("truncated or incomplete"), e.getMessage());
    }

    @Test
    void ozdesWithAMissingVarianceIsIncomplete() throws Exception {
        Path original = RealSpectra.file(RealSpectra.OZDES);
        Path cut = dir.resolve("OzDES-cut.fits");
        try (Fits in = new Fits(original.toFile())) {
            BasicHDU<?>[] hdus = in.read();
            BasicHDU<?>[] without = new BasicHDU<?>[hdus.length - 1];
            System.arraycopy(hdus, 0, without, 0, 4);
            System.arraycopy(hdus, 5, without, 4, hdus.length - 5);
            TestFits.write(cut, without);
        }
        LoaderException e = refused(cut);
        assertTrue(e.getMessage().matches("(?s).*(incomplete|expected VARIANCE).*"), e.getMessage());
    }

    @Test
    void aMangledHeaderIsNotFits() throws Exception {
        byte[] bytes = Files.readAllBytes(RealSpectra.file(RealSpectra.GAMA));
        byte[] mangled = bytes.clone();
        System.arraycopy("SIMPLE  = GARBAGE".getBytes(StandardCharsets.US_ASCII), 0, mangled, 0, 17);
        Path f = Files.write(dir.resolve("mangled.fit"), mangled);
        refused(f);
    }

    @Test
    void missingWavelengthKeywordsAreNamed() throws Exception {
        Path original = RealSpectra.file(RealSpectra.TWODFGRS);
        Path f = dir.resolve("no-crval.fits");
        try (Fits in = new Fits(original.toFile())) {
            BasicHDU<?>[] hdus = in.read();
            hdus[2].getHeader().deleteKey("CRVAL1");
            TestFits.write(f, hdus);
        }
        LoaderException e = refused(f);
        assertTrue(e.getMessage().contains("CRVAL1"), e.getMessage());
        assertTrue(e.getMessage().contains("HDU 2"), e.getMessage());
    }

    @Test
    void missingPositionIsNamed() throws Exception {
        Path original = RealSpectra.file(RealSpectra.SIXDFGS);
        Path f = dir.resolve("no-obsra.fits");
        try (Fits in = new Fits(original.toFile())) {
            BasicHDU<?>[] hdus = in.read();
            hdus[6].getHeader().deleteKey("OBSRA"); // the R spectrum of the first observation
            TestFits.write(f, hdus);
        }
        LoaderException e = refused(f);
        assertTrue(e.getMessage().contains("OBSRA"), e.getMessage());
    }

    @Test
    void aSpectrumWithNoValidPixelIsRefused() throws Exception {
        Path original = RealSpectra.file(RealSpectra.GAMA);
        Path f = dir.resolve("all-nan.fit");
        try (Fits in = new Fits(original.toFile())) {
            BasicHDU<?>[] hdus = in.read();
            float[][] data = (float[][]) hdus[0].getKernel();
            Arrays.fill(data[0], Float.NaN);
            TestFits.write(f, hdus);
        }
        LoaderException e = refused(f);
        assertTrue(e.getMessage().contains("masked"), e.getMessage());
    }

    @Test
    void aGamaCopyOfAnUnknownSurveyIsNamed() throws Exception {
        Path f = TestFits.write(dir.resolve("uzc.fit"), TestFits.image(new float[100], "SURVEY", "UZC",
            "GAMANAME", "GAMAJ000000.00+000000.0", "RA", 1.0, "DEC", 1.0));
        LoaderException e = refused(f);
        assertTrue(e.getMessage().contains("UZC"), e.getMessage());
    }

    @Test
    void inconsistentContentIsAnErrorNotACrash() throws Exception {
        float[][] rows = new float[5][200];
        for (float[] r : rows) {
            Arrays.fill(r, 1f);
        }
        // an SDSS copy whose exposure ends before it begins
        Path f = TestFits.write(dir.resolve("spSpec-bad.fit"), TestFits.image(rows, "SURVEY", "SDSS",
            "GAMANAME", "GAMAJ000000.00+000000.0", "RA", 10.0, "DEC", 1.0, "CRVAL1", 3.58, "CD1_1", 1e-4,
            "CRPIX1", 1.0, "TAI-BEG", 4.6e9, "TAI-END", 4.5e9));
        LoaderException e = refused(f);
        assertTrue(e.getMessage().contains("spSpec-bad.fit"), e.getMessage());
    }

    /** Either detection or loading must fail with a message; nothing else may happen. */
    private static LoaderException refused(Path f) {
        LoaderRegistry registry = LoaderRegistry.load();
        SourceFile source = SourceFile.of(f);
        LoaderException e = assertThrows(LoaderException.class, () -> {
            SurveyLoader loader = registry.detect(source);
            List<?> products = loader.load(source);
            throw new AssertionError(loader.id() + " returned " + products.size() + " products for a broken file");
        });
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        return e;
    }
}
