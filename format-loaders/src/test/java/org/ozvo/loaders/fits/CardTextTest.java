package org.ozvo.loaders.fits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import org.junit.jupiter.api.Test;

/**
 * The hand-written cards against nom-tam-fits' own (the writers used it before): the same
 * records for numbers, strings and commentary, and every number reads back (with nom-tam) as
 * the very same double.
 */
class CardTextTest {

    private static final String[] COMMENTS = {null, "", "c", "[deg] target right ascension, ICRS",
        "redshift (heliocentric where the survey gives it)", "flux unit (A in unit strings is Angstrom)",
        "a-first-word-so-long-that-it-can-never-fit-after-any-value-on-a-card-at-all-xxxxxxxxx",
        "observation id within the collection"};

    @Test
    void edgeNumbersAreWrittenAsNomTamDoes() throws Exception {
        double[] values = {0.0, -0.0, 1.0, -1.0, 2400.0, 3000.0, 100.0, 1e5, 1e6, 999999.99, 0.001, 0.00099999,
            123456.789, 1e-300, 1e300, -3.5e-5, 1.5e-10, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            56520.425462962965, 0.10605, 1.0000000000000002, 3740.1121001508495, 2.0 / 3, 1.0 / 3, 0.5, 7e22};
        for (double v : values) {
            for (String comment : COMMENTS) {
                assertSameAsNomTam("X", v, comment);
            }
        }
    }

    @Test
    void randomNumbersAreWrittenAsNomTamDoesAndReadBackExactly() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16) - 5);
                case 2 -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(8));
                default -> random.nextInt(100000) * 0.25;
            };
            if (Double.isFinite(v)) {
                assertSameAsNomTam("WMINREST", v, COMMENTS[random.nextInt(COMMENTS.length)]);
            }
        }
    }

    @Test
    void integersAndLogicalsAreWrittenAsNomTamDoes() throws Exception {
        long[] values = {0, 1, -1, 4981, -32, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long v : values) {
            for (String comment : COMMENTS) {
                assertEquals(new HeaderCard("NAXIS1", v, comment).toString(),
                    CardText.literal("NAXIS1", CardNumbers.format((Number) v), comment));
                assertEquals(new HeaderCard("NAXIS1", (int) v, comment).toString(),
                    CardText.literal("NAXIS1", CardNumbers.format((Number) (int) v), comment));
            }
            assertEquals(new HeaderCard("EXTEND", true, "allow extensions").toString(),
                CardText.literal("EXTEND", "T", "allow extensions"));
        }
    }

    @Test
    void stringsAreWrittenAsNomTamDoes() throws Exception {
        List<String> values = new ArrayList<>(List.of("AAT", "it's", "'", "''", "trailing   ", "  lead", "x".repeat(68),
            "x".repeat(67), "'".repeat(34), "'".repeat(40), "a'".repeat(34), "10**(-17) erg/(s cm2 Angstrom)",
            "all-g1320445-210307vr_spectrum0", "2013-08-16T10:12:40.000"));
        Random random = new Random(7);
        String alphabet = "abc XYZ'0-_/()*";
        for (int i = 0; i < 5000; i++) {
            int n = 1 + random.nextInt(68);
            StringBuilder s = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!s.toString().isBlank()) {
                values.add(s.toString());
            }
        }
        for (String v : values) {
            for (String comment : COMMENTS) {
                String expected = new HeaderCard("OBS_ID", v, comment).toString();
                String actual = CardText.string("OBS_ID", v, comment);
                assertEquals(expected, actual, "value [" + v + "] comment [" + comment + "]");
                assertEquals(0, actual.length() % CardText.CARD);
            }
        }
    }

    @Test
    void commentaryIsWrittenAsNomTamDoes() throws Exception {
        for (String text : List.of("Simplified 1D spectrum", "x".repeat(70), "x".repeat(71), "(DataLink).")) {
            Header h = new Header();
            h.insertHistory(text);
            assertEquals(h.findCard("HISTORY").toString(), CardText.commentary("HISTORY", text));
        }
    }

    @Test
    void refusesWhatACardCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> CardNumbers.format((Number) Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CardNumbers.format((Number) Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> CardNumbers.format((Number) 1.5f));
        assertThrows(IllegalArgumentException.class, () -> CardText.literal("TOOLONGKEY", "1", null));
    }

    /**
     * Identical to nom-tam's record, except where nom-tam rounds a value below 1 to 16
     * decimals and so loses it: then ours must be the one that reads back exactly.
     */
    private static void assertSameAsNomTam(String key, double v, String comment) throws Exception {
        String ours = CardText.literal(key, CardNumbers.format((Number) v), comment);
        String theirs = new HeaderCard(key, v, comment).toString();
        // nom-tam reads -0.E0 as 0, so the sign is checked on the text itself
        assertEquals(v, HeaderCard.create(ours).getValue(Double.class, Double.NaN), 0.0, "nom-tam reads back: " + ours);
        String text = ours.substring(10, ours.contains(" /") ? ours.indexOf(" /") : ours.length()).trim();
        assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Double.parseDouble(text)), "exact: " + ours);
        if (!ours.equals(theirs)) {
            double theirsBack = HeaderCard.create(theirs).getValue(Double.class, Double.NaN);
            assertTrue(theirsBack != v, "differs from nom-tam only where nom-tam loses the value:\n" + ours + "\n" + theirs);
        }
    }
}
