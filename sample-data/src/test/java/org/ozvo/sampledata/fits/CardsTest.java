package org.ozvo.sampledata.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nom.tam.fits.ImageHDU;
import org.junit.jupiter.api.Test;

class CardsTest {

    private static String headerText(ImageHDU hdu) throws Exception {
        byte[] bytes = FitsFileWriter.toBytes(List.of(hdu));
        return new String(bytes, 0, 2880, StandardCharsets.US_ASCII);
    }

    @Test
    void keepsFixedDecimalsAndFixedFormat() throws Exception {
        ImageHDU hdu = Hdus.image(new float[3][8]);
        Cards.of(hdu)
            .num("CRVAL1", 5791.18945, 7, "Co-ordinate value of axis 1")
            .num("WMIN", 3726.9, 2, null)
            .num("TAI-BEG", 4551234567.891, 2, null)
            .str("SPECTID", "A", "2dF spectrograph ID")
            .integer("NQ", 4, "Normalised redshift quality (use nQ>2 for science), a long comment")
            .undefined("REDMAG", "unmatched");
        String text = headerText(hdu);
        assertTrue(text.contains("CRVAL1  =         5791.1894500 / Co-ordinate value of axis 1"), text);
        assertTrue(text.contains("WMIN    =              3726.90"), text);
        assertTrue(text.contains("TAI-BEG =        4551234567.89"), text);
        assertTrue(text.contains("SPECTID = 'A       '           / 2dF spectrograph ID"), text);
        assertTrue(text.contains("NQ      =                    4 / Normalised redshift quality (use nQ>2 for sci"), text);
        assertTrue(text.contains("REDMAG  =                      / unmatched"), text);
    }

    @Test
    void replacesAnExistingKeywordInPlace() throws Exception {
        ImageHDU hdu = Hdus.image(new float[4]);
        Cards.of(hdu).num("Z", 0.5, 3, null).str("NAME", "x", null).num("Z", 0.25, 3, null);
        String text = headerText(hdu);
        assertTrue(text.indexOf("Z       =                0.250") < text.indexOf("NAME"), text);
        assertFalse(text.contains("0.500"), text);
    }

    @Test
    void rejectsNonFiniteNumbersAndLongKeywords() throws Exception {
        ImageHDU hdu = Hdus.image(new float[4]);
        assertThrows(IllegalArgumentException.class, () -> Cards.of(hdu).num("X", Double.NaN, 2, null));
        assertThrows(IllegalArgumentException.class, () -> Cards.of(hdu).integer("TOOLONGKEY", 1, null));
    }

    @Test
    void writerIsDeterministicAndStampsNoDate() throws Exception {
        ImageHDU a = Hdus.image(new float[] {1, 2, 3});
        byte[] first = FitsFileWriter.toBytes(List.of(a));
        byte[] second = FitsFileWriter.toBytes(List.of(Hdus.image(new float[] {1, 2, 3})));
        assertEquals(0, first.length % 2880);
        assertEquals(new String(first, StandardCharsets.US_ASCII), new String(second, StandardCharsets.US_ASCII));
        String header = new String(first, 0, 80, StandardCharsets.US_ASCII);
        assertEquals("SIMPLE  =                    T / file does conform to FITS standard", header.strip());
    }
}
