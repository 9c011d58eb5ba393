package org.ozvo.loaders.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.schema.obscore.ObsCoreColumn.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import org.junit.jupiter.api.Test;
import org.ozvo.loaders.model.FluxUnit;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.model.TabulatedAxis;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.schema.obscore.ObsCoreColumn;

/** The writer's output read back with nom-tam-fits (astropy checks are in ProductValidationTest). */
class SimplifiedFitsWriterTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void writesTheConventionAndResamplesANonLinearAxis() throws Exception {
        int n = 100;
        double[] w = new double[n];
        double[] f = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.pow(10, 3.6 + 1e-4 * i);
            f[i] = i;
            v[i] = 4;
        }
        f[50] = Double.NaN;
        RawSpectrum s = RawSpectrum.of(new TabulatedAxis(w, Medium.VACUUM), f, v, FluxUnit.parse("1E-17 erg/cm/s/Ang"));
        Map<ObsCoreColumn, Object> m = new EnumMap<>(ObsCoreColumn.class);
        m.put(OBS_COLLECTION, "test");
        m.put(OBS_ID, "x1");
        m.put(TARGET_NAME, "NGC 1");
        m.put(S_RA, 10.5);
        m.put(S_DEC, -20.25);
        m.put(REDSHIFT, 0.5);
        m.put(T_MIN, 51544.5);
        m.put(T_MAX, 51544.6);
        m.put(S_FOV, 3.0 / 3600);
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SimplifiedFitsWriter(clock).write(s, new ObsCoreValues(m), new Provenance("SDSS (via GAMA)", "sp.fit",
            "HDU 0 rows 1,3", List.of("a note")), out);

        java.nio.file.Path file = dir.resolve("x1.fits");
        java.nio.file.Files.write(file, out.toByteArray());
        try (Fits check = new Fits(file.toFile())) {
            check.verifyIntegrity(); // throws on a wrong CHECKSUM or DATASUM
        }
        byte[] flipped = out.toByteArray();
        flipped[2880 * 3 + 17] ^= 0x10; // a byte of the primary data
        java.nio.file.Path bad = java.nio.file.Files.write(dir.resolve("flipped.fits"), flipped);
        try (Fits check = new Fits(bad.toFile())) {
            org.junit.jupiter.api.Assertions.assertThrows(nom.tam.fits.FitsIntegrityException.class,
                check::verifyIntegrity, "the checksums are real");
        }
        try (Fits fits = new Fits(new ByteArrayInputStream(out.toByteArray()))) {
            BasicHDU<?>[] hdus = fits.read();
            assertEquals(2, hdus.length);
            Header h = hdus[0].getHeader();
            assertEquals(1, h.getIntValue("NAXIS"));
            assertEquals(n, h.getIntValue("NAXIS1"));
            assertEquals("WAVE", h.getStringValue("CTYPE1"), "SDSS is vacuum");
            assertEquals("Angstrom", h.getStringValue("CUNIT1"));
            assertEquals("10**(-17) erg/(s cm2 Angstrom)", h.getStringValue("BUNIT"));
            assertEquals(w[0], h.getDoubleValue("CRVAL1"), 1e-9);
            assertEquals(w[0], h.getDoubleValue("WMIN"), 1e-9);
            assertEquals(w[n - 1], h.getDoubleValue("WMAX"), 1e-6);
            assertEquals(w[0] / 1.5, h.getDoubleValue("WMINREST"), 1e-9);
            assertEquals(3.0, h.getDoubleValue("FOV"), 1e-12);
            assertEquals(10.5, h.getDoubleValue("RA"));
            assertEquals("NGC 1", h.getStringValue("OBJECT"));
            assertEquals("test", h.getStringValue("SURVEY"));
            assertEquals("2000-01-01T12:00:00.000", h.getStringValue("DATE-OBS"));
            assertEquals("2026-01-02T03:04:05", h.getStringValue("DATE"));
            assertFalse(h.containsKey("CTYPE2"));
            assertFalse(h.containsKey("CD1_1"));
            String history = String.join(" ", cards(h, "HISTORY"));
            assertTrue(history.contains("Resampled by linear interpolation"), history);
            assertTrue(history.contains("a note"), history);
            assertTrue(String.join(" ", cards(h, "COMMENT")).contains("sp.fit"));
            float[] flux = (float[]) hdus[0].getKernel();
            assertTrue(Float.isNaN(flux[50]) || Float.isNaN(flux[49]), "the masked pixel stays masked");
            Header var = hdus[1].getHeader();
            assertEquals("VARIANCE", var.getStringValue("EXTNAME"));
            assertEquals("10**(-34) erg2/(s2 cm4 Angstrom2)", var.getStringValue("BUNIT"));
        }
    }

    private static List<String> cards(Header h, String key) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < h.getNumberOfCards(); i++) {
            String card = h.getCard(i);
            if (card.startsWith(key)) {
                out.add(card.substring(8).trim());
            }
        }
        return out;
    }
}
