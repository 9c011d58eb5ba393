package org.ozvo.dali.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ozvo.dali.fault.UsageFault;

class IntervalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e-07 2.0E-7       | 1e-7   | 2e-7",
        "-Inf 600           | -Infinity | 600",
        "-inf 600           | -Infinity | 600",
        "5 +Inf             | 5      | Infinity",
        "5 inf              | 5      | Infinity",
        "5 Infinity         | 5      | Infinity",
        "'  3.5   4.5 '     | 3.5    | 4.5",
        "-Inf +Inf          | -Infinity | Infinity",
        "4.2                | 4.2    | 4.2",
        "+.5 .75            | 0.5    | 0.75",
    })
    void parsesDaliAndPyvoSpellings(String text, double lo, double hi) {
        Interval i = Interval.parse("BAND", text);
        assertEquals(lo, i.lo());
        assertEquals(hi, i.hi());
    }

    @Test
    void aSingleValueIsAScalarInterval() {
        Interval i = Interval.parse("FOV", "2");
        assertTrue(i.isScalar());
        assertTrue(i.contains(2));
        assertFalse(i.contains(2.0000001));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1 2 3", "abc", "1 two", "0x10 2", "1d 2", "NaN 2", "3 1", "+Inf +Inf",
        "-Inf -Inf", "+Inf", "1,2", "1/2"})
    void rejectsMalformedValuesNamingTheParameter(String text) {
        UsageFault f = assertThrows(UsageFault.class, () -> Interval.parse("SPATRES", text));
        assertTrue(f.getMessage().startsWith("SPATRES: "), f.getMessage());
    }

    @Test
    void reversedBoundsAreExplained() {
        UsageFault f = assertThrows(UsageFault.class, () -> Interval.parse("EXPTIME", "100 10"));
        assertEquals("EXPTIME: lower bound 100 is greater than upper bound 10", f.getMessage());
    }

    @Test
    void openEndsAreReported() {
        Interval i = Interval.parse("BAND", "-inf 5e-7");
        assertFalse(i.hasLower());
        assertTrue(i.hasUpper());
        assertEquals("-Inf 0.0000005", i.toDali().replace("5.0E-7", "0.0000005"));
    }

    @Test
    void overlapIsInclusive() {
        Interval i = new Interval(1, 2);
        assertTrue(i.overlaps(2, 3));
        assertTrue(i.overlaps(0, 1));
        assertTrue(i.overlaps(0, 5));
        assertFalse(i.overlaps(2.0001, 3));
    }

    @Test
    void formatsRoundTrip() {
        for (String s : new String[] {"1e-07 2.0E-7", "-Inf 3", "0 +Inf", "51544.5 51545.25"}) {
            Interval i = Interval.parse("X", s);
            assertEquals(i, Interval.parse("X", i.toDali()));
        }
    }

    @Test
    void scalingConvertsUnits() {
        assertEquals(new Interval(1e-9, Double.POSITIVE_INFINITY),
            new Interval(1, Double.POSITIVE_INFINITY).scaled(1e-9));
    }
}
