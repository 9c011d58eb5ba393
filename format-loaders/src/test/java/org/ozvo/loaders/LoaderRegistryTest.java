package org.ozvo.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;
import org.ozvo.loaders.testing.RealSpectra;
import org.ozvo.loaders.testing.TestFits;

class LoaderRegistryTest {

    @TempDir
    Path dir;

    @Test
    void serviceLoaderFindsOneLoaderPerSurvey() {
        LoaderRegistry registry = LoaderRegistry.load();
        assertEquals(List.of("2dfgrs", "6dfgs", "gama", "ozdes", "wigglez"), registry.ids());
        assertEquals("ozdes", registry.find("ozdes").orElseThrow().id());
        assertTrue(registry.find("sdss").isEmpty());
    }

    @Test
    void duplicateIdsAreRejected() {
        SurveyLoader a = new Fake("same");
        SurveyLoader b = new Fake("same");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LoaderRegistry.of(List.of(a, b)));
        assertTrue(e.getMessage().contains("same"), e.getMessage());
    }

    @Test
    void detectsEachGenuineFileWithItsSurveysLoader() throws Exception {
        LoaderRegistry registry = LoaderRegistry.load();
        String[][] expected = {{RealSpectra.TWODFGRS, "2dfgrs"}, {RealSpectra.SIXDFGS, "6dfgs"},
            {RealSpectra.GAMA, "gama"}, {RealSpectra.OZDES, "ozdes"}, {RealSpectra.WIGGLEZ_GAMA, "gama"}};
        for (String[] e : expected) {
            assertEquals(e[1], registry.detect(SourceFile.of(RealSpectra.file(e[0]))).id(), e[0]);
        }
    }

    @Test
    void aTextFileIsNotFits() throws Exception {
        Path html = Files.writeString(dir.resolve("download.fits"), "<html><body>502 Bad Gateway</body></html>\n");
        LoaderException e = assertThrows(LoaderException.class, () -> LoaderRegistry.load().detect(SourceFile.of(html)));
        assertTrue(e.getMessage().startsWith("no loader recognises this file: "), e.getMessage());
        assertTrue(e.getMessage().contains("not a FITS file"), e.getMessage());
    }

    @Test
    void aFitsFileOfAnotherLayoutIsExplained() throws Exception {
        Path bias = TestFits.write(dir.resolve("bias.fits"),
            TestFits.image(new short[8][8], "OBSTYPE", "BIAS", "INSTRUME", "WFI"));
        LoaderException e = assertThrows(LoaderException.class, () -> LoaderRegistry.load().detect(SourceFile.of(bias)));
        String m = e.getMessage();
        assertTrue(m.startsWith("no loader recognises this file: bias.fits is FITS, 1 HDU(s): [0] 8x8"), m);
        for (String id : List.of("[2dfgrs]", "[6dfgs]", "[gama]", "[ozdes]", "[wigglez]")) {
            assertTrue(m.contains(id), id + " missing from: " + m);
        }
    }

    @Test
    void missingAndEmptyFilesAreLoaderErrors() throws Exception {
        LoaderRegistry registry = LoaderRegistry.load();
        LoaderException missing = assertThrows(LoaderException.class,
            () -> registry.detect(SourceFile.of(dir.resolve("nope.fits"))));
        assertTrue(missing.getMessage().contains("nope.fits"), missing.getMessage());
        Path empty = Files.createFile(dir.resolve("empty.fits"));
        LoaderException e = assertThrows(LoaderException.class, () -> registry.detect(SourceFile.of(empty)));
        assertTrue(e.getMessage().contains("no loader recognises this file"), e.getMessage());
    }

    @Test
    void loadingAFileWithTheWrongLoaderIsRefused() throws Exception {
        Path oz = RealSpectra.file(RealSpectra.OZDES);
        LoaderException e = assertThrows(LoaderException.class,
            () -> LoaderRegistry.load().find("2dfgrs").orElseThrow().load(SourceFile.of(oz)));
        assertTrue(e.getMessage().contains("not a 2dFGRS file"), e.getMessage());
    }

    /** A loader that recognises nothing. */
    private record Fake(String id) implements SurveyLoader {
        @Override
        public boolean accepts(SourceFile source) throws IOException {
            return false;
        }

        @Override
        public List<Product> load(SourceFile source) {
            return List.of();
        }
    }
}
