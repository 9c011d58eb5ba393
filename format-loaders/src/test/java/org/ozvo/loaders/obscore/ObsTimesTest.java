package org.ozvo.loaders.obscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObsTimesTest {

    @Test
    void mjdOfKnownDates() {
        assertEquals(0.0, ObsTimes.mjd(LocalDate.of(1858, 11, 17)));   // MJD zero point
        assertEquals(51544.0, ObsTimes.mjd(LocalDate.of(2000, 1, 1))); // JD 2451544.5
    }

    @Test
    void theSurveysDateSpellingsAgree() {
        double expected = 51544.0 + (11 * 3600 + 35 * 60 + 40.16) / 86400;
        for (String date : List.of("2000:01:01", "2000/01/01", "2000-01-01")) {
            assertEquals(expected, ObsTimes.mjd(date, "11:35:40.16"), 1e-9, date);
        }
        assertEquals(expected, ObsTimes.mjd("2000-01-01T11:35:40.16"), 1e-9);
        assertEquals(LocalDate.of(2000, 7, 25), ObsTimes.date("000725"));   // 2MASS UTDATE
        assertEquals(LocalDate.of(1977, 9, 15), ObsTimes.date("770915"));
    }

    @Test
    void sixdfgsStartMatchesItsOwnMjdKeyword() {
        // 6dFGS genuine header: UTDATE_V 2002/08/13, UTSTRT_V 16:41:02.0, MJDOBS_V 52499.69516204
        assertEquals(52499.69516204, ObsTimes.mjd("2002/08/13", "16:41:02.0"), 1e-8);
    }

    @Test
    void roundTripsToDateTime() {
        assertEquals("2016-12-25T15:47:48", ObsTimes.toDateTime(ObsTimes.mjd("2016:12:25", "15:47:48")).toString());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> ObsTimes.date("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> ObsTimes.secondsOfDay("25:00:00"));
        assertThrows(IllegalArgumentException.class, () -> ObsTimes.date("2001-02-30"));
    }

    @Test
    void spanAcrossMidnightRollsOver() {
        TimeSpan s = TimeSpan.ofDay("2009-03-02", "23:50:00", "00:20:00", null, 1);
        assertEquals(30.0 / 1440, s.end() - s.start(), 1e-9);
    }

    @Test
    void combiningSpansTakesTheUnion() {
        TimeSpan a = new TimeSpan(100.0, 100.1, 1200.0, 3);
        TimeSpan b = new TimeSpan(99.9, 100.05, 600.0, 3);
        assertEquals(new TimeSpan(99.9, 100.1, 1800.0, 6), TimeSpan.combine(List.of(a, b)));
        // one part without times: the union's start and end are unknown too
        assertEquals(new TimeSpan(null, null, null, null),
            TimeSpan.combine(List.of(a, new TimeSpan(null, null, null, null))));
    }
}
