package org.ozvo.sampledata.astro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SexagesimalTest {

    @Test
    void formatsHoursAndDegrees() {
        assertEquals("10 00 00.00", Sexagesimal.ra(150.0, 2, " "));
        assertEquals("-00 30 00.0", Sexagesimal.dec(-0.5, 1, " "));
        assertEquals("+12 34 56", Sexagesimal.dec(12 + 34 / 60.0 + 56.5 / 3600, 0, " "));
    }

    @Test
    void namesUseDigitsWithoutSeparatorsAndTruncate() {
        // 6dFGS style g<hhmmsss><±ddmmss>: 23h 59m 59.99s must not round up to 24h.
        double ra = (23 + 59 / 60.0 + 59.99 / 3600) * 15;
        assertEquals("2359599", Sexagesimal.raDigits(ra, 1));
        assertEquals("-392832", Sexagesimal.decDigits(-(39 + 28 / 60.0 + 32.9 / 3600), 0));
    }

    @Test
    void wrapsNegativeRightAscension() {
        assertEquals("23 00 00.0", Sexagesimal.ra(-15.0, 1, " "));
    }
}
