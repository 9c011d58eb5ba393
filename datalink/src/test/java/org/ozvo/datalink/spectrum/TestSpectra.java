package org.ozvo.datalink.spectrum;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.model.FluxUnit;
import org.ozvo.loaders.model.LinearAxis;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.schema.obscore.ObsCoreColumn;

/** Writes small simplified FITS files with the archive's real writer. */
final class TestSpectra {

    private TestSpectra() {
    }

    /**
     * 1000 pixels from 4000 Angstrom in steps of 1 Angstrom (in the given medium), flux
     * 10 + pixel/100 with pixels 0 and 500 masked, variance 0.25 (so error 0.5).
     */
    static Path write(Path dir, Medium medium, boolean withVariance) throws IOException {
        int n = 1000;
        double[] flux = new double[n];
        double[] var = new double[n];
        for (int i = 0; i < n; i++) {
            flux[i] = 10 + i / 100.0;
            var[i] = 0.25;
        }
        flux[0] = Double.NaN;
        flux[500] = Double.NaN;
        RawSpectrum s = RawSpectrum.of(new LinearAxis(4000, 1, n, medium), flux, withVariance ? var : null,
            FluxUnit.parse("1e-17 erg/s/cm^2/A"));
        Map<ObsCoreColumn, Object> m = new EnumMap<>(ObsCoreColumn.class);
        m.put(ObsCoreColumn.OBS_COLLECTION, "test_coll");
        m.put(ObsCoreColumn.OBS_ID, "spec1");
        m.put(ObsCoreColumn.TARGET_NAME, "TEST 1");
        m.put(ObsCoreColumn.S_RA, 10.5);
        m.put(ObsCoreColumn.S_DEC, -20.25);
        m.put(ObsCoreColumn.REDSHIFT, 0.1);
        m.put(ObsCoreColumn.T_MIDPOINT, 56000.5);
        Path file = dir.resolve("spec1-" + medium + (withVariance ? "-var" : "") + ".fits");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SimplifiedFitsWriter().write(s, new ObsCoreValues(m), new Provenance("test", "orig.fits", "HDU 0"), out);
        }
        return file;
    }
}
