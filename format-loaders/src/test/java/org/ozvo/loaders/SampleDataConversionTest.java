package org.ozvo.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;
import org.ozvo.sampledata.SampleArchive;
import org.ozvo.sampledata.SampleFile;
import org.ozvo.sampledata.SampleManifest;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Every file of a small generated sample archive converts with the loader of its survey into
 * the expected number of products (each with a buildable record and a writable FITS file),
 * and every deliberately broken file gives a {@link LoaderException}.
 */
class SampleDataConversionTest {

    @TempDir
    Path dir;

    @Test
    void everyGoodFileConvertsAndEveryBrokenFileIsRefused() throws Exception {
        SampleManifest manifest = SampleArchive.generate(dir, 3, 20240901L);
        for (String survey : List.of("2dfgrs", "6dfgs", "gama", "ozdes", "wigglez")) {
            assertFalse(manifest.forSurvey(survey).isEmpty(), "the sample has " + survey + " files");
        }
        LoaderRegistry registry = LoaderRegistry.load();
        List<String> problems = new ArrayList<>();
        int products = 0;
        for (SampleFile f : manifest.goodFiles()) {
            SourceFile source = SourceFile.of(f.path());
            try {
                SurveyLoader loader = registry.detect(source);
                if (!loader.id().equals(f.surveyId())) {
                    problems.add(f.path().getFileName() + ": detected as " + loader.id() + ", expected " + f.surveyId());
                    continue;
                }
                List<Product> p = loader.load(source);
                if (p.size() != f.expectedProducts()) {
                    problems.add(f.path().getFileName() + ": " + p.size() + " products, expected " + f.expectedProducts()
                        + " (" + f.description() + ")");
                }
                for (Product product : p) {
                    product.metadata().set(ObsCoreColumn.OBS_PUBLISHER_DID, "ivo://test/x?" + product.obsId()).build();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    product.writeFits(out);
                    assertTrue(out.size() % 2880 == 0 && out.size() > 0, "FITS blocks for " + product);
                }
                products += p.size();
            } catch (LoaderException | RuntimeException e) {
                problems.add(f.path().getFileName() + ": " + e + " (" + f.description() + ")");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(manifest.goodFiles().stream().mapToInt(SampleFile::expectedProducts).sum(), products);

        assertFalse(manifest.brokenFiles().isEmpty());
        for (SampleFile f : manifest.brokenFiles()) {
            SourceFile source = SourceFile.of(f.path());
            LoaderException e = assertThrows(LoaderException.class, () -> registry.detect(source).load(source),
                f.description());
            assertFalse(e.getMessage().isBlank());
        }
    }
}
