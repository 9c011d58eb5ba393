package org.ozvo.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.testing.Python;
import org.ozvo.loaders.testing.SpecutilsComparison;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.SampleArchive;
import org.ozvo.sampledata.SampleFile;
import org.ozvo.sampledata.SampleManifest;

/**
 * The layouts no genuine file shows (6dFGS split and tabular, native WiggleZ, OzDES variants,
 * GAMA's copies of 2dFGRS, 6dFGS, MGC, 2QZ, 2SLAQ-QSO, LT and SDSS spectra): our spectra of
 * every readable sample file against the specutils reader the sample generator names for it.
 * SDSS spSpec copies are compared with their raw rows on the log10 grid (specutils' spSpec
 * reader shifts that grid by a pixel), interpolated onto our linear one.
 */
class SampleDataSpecutilsTest {

    @TempDir
    Path dir;

    @Test
    void everySampleSpectrumMatchesItsReferenceReader() throws Exception {
        Python.assumeAvailable();
        SampleManifest manifest = SampleArchive.generate(dir.resolve("archive"), 3, 7L);
        Path work = Files.createDirectories(dir.resolve("out"));
        SpecutilsComparison comparison = new SpecutilsComparison(work);
        LoaderRegistry registry = LoaderRegistry.load();
        List<String> formats = new ArrayList<>();
        for (SampleFile f : manifest.goodFiles()) {
            ReferenceReading r = manifest.readingOf(f);
            if (r.format() == null || r.fails() || r.spectra() == 0) {
                continue; // e.g. OzDES without BUNIT: specutils cannot read it, we must (SampleDataConversionTest)
            }
            SourceFile source = SourceFile.of(f.path());
            boolean sdss = r.format().startsWith("SDSS");
            List<String> options = new ArrayList<>();
            if (r.format().contains("WiggleZ")) {
                options.add("zero-padding");
            }
            if (sdss) {
                options.add("resampled");
                options.add("positive-variance");
            }
            comparison.add(f.path(), sdss ? "raw-sdss" : r.format(), options, registry.detect(source).load(source));
            formats.add(r.format());
        }
        for (String expected : List.of("2dFGRS", "6dFGS-combined", "6dFGS-split", "6dFGS-tabular", "GAMA", "GAMA-2QZ",
            "GAMA-2SLAQ-QSO", "GAMA-LT", "GAMA-MGC", "GAMA-2dFGRS", "GAMA-WiggleZ", "SDSS-I/II spSpec", "OzDES",
            "WiggleZ")) {
            assertTrue(formats.contains(expected), "the sample has a " + expected + " file");
        }
        List<String> verdicts = comparison.run();
        assertEquals(comparison.pairs(), verdicts.size(), String.join("\n", verdicts));
        assertEquals(List.of(), verdicts.stream().filter(v -> !v.startsWith("PASS")).toList());
    }
}
