package org.ozvo.loaders.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.utilities.FitsCheckSum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.loaders.testing.Python;

/** Headers written by CardWriter read back, value for value, by nom-tam-fits and by astropy. */
class HeaderRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void edgeValuesReadBackWithNomTamAndAstropy() throws Exception {
        HeaderBlock h = HeaderBlock.primary("Java FITS: test", 3);
        new CardWriter(h)
            .number("NEGZERO", -0.0, "negative zero")
            .number("NAN", Double.NaN, "skipped")
            .number("INF", Double.POSITIVE_INFINITY, "skipped")
            .number("TINY", 1e-300, "tiny")
            .number("HUGE", 1.7976931348623157E308, "huge")
            .number("THIRD", 1.0 / 3, "a value below 1 with 17 significant digits")
            .number("MJD", 56520.425462962965, "[d] a date")
            .number("COUNT", 12L, "a long")
            .string("QUOTES", "it's 'quoted'", "quotes inside")
            .string("LONG", "x".repeat(80), "cut to 68 characters, the last one continued")
            .string("UNITS", "10**(-17) erg/(s cm2 Angstrom)", "flux unit (A in unit strings is Angstrom)")
            .string("ACCENT", "\u00e9t\u00e9", "non-ASCII becomes ?")
            .history("x".repeat(150));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Checksums.write(out, new Checksums.Hdu(h, ImageBytes.of(new float[] {1, Float.NaN, -2})));
        Path file = Files.write(dir.resolve("edge.fits"), out.toByteArray());

        try (Fits fits = new Fits(file.toFile())) {
            fits.verifyIntegrity();
            Header r = fits.getHDU(0).getHeader();
            assertEquals(0.0, r.getDoubleValue("NEGZERO"));
            assertEquals(false, r.containsKey("NAN"));
            assertEquals(false, r.containsKey("INF"));
            assertEquals(1e-300, r.getDoubleValue("TINY"));
            assertEquals(1.7976931348623157E308, r.getDoubleValue("HUGE"));
            assertEquals(1.0 / 3, r.getDoubleValue("THIRD"));
            assertEquals(56520.425462962965, r.getDoubleValue("MJD"));
            assertEquals(12L, r.getLongValue("COUNT"));
            assertEquals("it's 'quoted'", r.getStringValue("QUOTES"));
            assertEquals("x".repeat(68), r.getStringValue("LONG"));
            assertEquals("10**(-17) erg/(s cm2 Angstrom)", r.getStringValue("UNITS"));
            assertEquals("?t?", r.getStringValue("ACCENT"));
        }

        Map<String, String> astropy = new HashMap<>();
        for (String line : Python.run("read_header.py", List.of(file.toString()))) {
            String[] kv = line.split("\t", 2);
            astropy.put(kv[0], kv[1]);
        }
        assertEquals("-0.0", astropy.get("NEGZERO"));
        assertEquals(null, astropy.get("NAN"));
        assertEquals("1e-300", astropy.get("TINY"));
        assertEquals("1.7976931348623157e+308", astropy.get("HUGE"));
        assertEquals(Double.toString(1.0 / 3), astropy.get("THIRD"));
        assertEquals("56520.425462962965", astropy.get("MJD"));
        assertEquals("12", astropy.get("COUNT"));
        assertEquals("\"it's 'quoted'\"", astropy.get("QUOTES"));
        assertEquals("'" + "x".repeat(68) + "'", astropy.get("LONG"));
        assertEquals("'10**(-17) erg/(s cm2 Angstrom)'", astropy.get("UNITS"));
    }

    @Test
    void checksumIsTheFitsOnesComplementSum() {
        Random random = new Random(3);
        for (int n : new int[] {0, 4, 2880, 5760, 2880 * 7}) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            assertEquals(FitsCheckSum.checksum(bytes), Checksums.sum(bytes), n + " bytes");
        }
        byte[] ones = new byte[2880 * 50];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertEquals(FitsCheckSum.checksum(ones), Checksums.sum(ones), "carries");
    }
}
