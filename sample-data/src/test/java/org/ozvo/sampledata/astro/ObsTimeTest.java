package org.ozvo.sampledata.astro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObsTimeTest {

    @Test
    void j2000EpochIsMjd51544Point5() {
        ObsTime t = ObsTime.of(LocalDate.of(2000, 1, 1), 12 * 3600);
        assertEquals(51544.5, t.mjd(), 1e-12);
        assertEquals(2000.0, t.julianYear(), 1e-12);
    }

    @Test
    void formatsTheSurveysDateSpellings() {
        ObsTime t = ObsTime.of(LocalDate.of(2016, 12, 25), 15 * 3600 + 47 * 60 + 48.25);
        assertEquals("2016:12:25", t.date(':'));
        assertEquals("2016/12/25", t.date('/'));
        assertEquals("2016-12-25T15:47:48.2", t.isot(1));
        assertEquals("15:47:48", t.time(0));
        assertEquals("15:47:48.25", t.time(2));
        assertEquals("161225", t.yymmdd());
        assertEquals("20161225", t.yyyymmdd());
    }

    @Test
    void truncatesInsteadOfRoundingToSixtySeconds() {
        ObsTime t = ObsTime.of(LocalDate.of(2010, 5, 1), 23 * 3600 + 59 * 60 + 59.999);
        assertEquals("23:59:59.9", t.time(1));
        assertEquals(LocalDate.of(2010, 5, 1), t.date());
    }

    @Test
    void mjdRoundTripsThroughTheDateAndTime() {
        ObsTime t = ObsTime.ofMjd(57747.6581944);
        ObsTime again = ObsTime.of(t.date(), t.secondsOfDay());
        assertEquals(t, again);
        assertEquals(57748.0, t.plusDays(0.3418056).mjd(), 1e-6);
    }
}
