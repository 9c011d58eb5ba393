package org.ozvo.loaders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.testing.Python;
import org.ozvo.loaders.testing.RealSpectra;
import org.ozvo.loaders.testing.SpecutilsComparison;

/**
 * Our simplified spectra of each genuine file against what specutils' own reader of that
 * survey returns for the original: same wavelengths, fluxes, variances and flux unit, NaN
 * exactly where the survey marks a pixel bad (sentinel, NaN, BADPIX, zero padding), and
 * nothing good dropped by the trimming of masked ends.
 */
class SpecutilsComparisonTest {

    @TempDir
    Path out;

    @Test
    void everyGenuineSpectrumMatchesSpecutils() throws Exception {
        String[][] files = {
            {RealSpectra.TWODFGRS, "2dFGRS", ""},
            {RealSpectra.SIXDFGS, "6dFGS-combined", ""},
            {RealSpectra.GAMA, "GAMA", ""},
            {RealSpectra.OZDES, "OzDES", ""},
            {RealSpectra.WIGGLEZ_GAMA, "GAMA-WiggleZ", "zero-padding"}};
        SpecutilsComparison comparison = new SpecutilsComparison(out);
        LoaderRegistry registry = LoaderRegistry.load();
        for (String[] f : files) {
            Path original = RealSpectra.file(f[0]);
            SourceFile source = SourceFile.of(original);
            comparison.add(original, f[1], f[2].isEmpty() ? List.of() : List.of(f[2]),
                registry.detect(source).load(source));
        }
        assertEquals(2 + 6 + 1 + 5 + 1, comparison.pairs());
        Python.assumeAvailable();
        List<String> verdicts = comparison.run();
        assertEquals(comparison.pairs(), verdicts.size(), String.join("\n", verdicts));
        assertEquals(List.of(), verdicts.stream().filter(v -> !v.startsWith("PASS")).toList());
    }
}
