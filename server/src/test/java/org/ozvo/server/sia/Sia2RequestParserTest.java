package org.ozvo.server.sia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.value.Circle;
import org.ozvo.dali.value.Interval;
import org.ozvo.dali.value.PolState;
import org.ozvo.dali.value.Range;

class Sia2RequestParserTest {

    @Test
    void readsWhatPyvoSends() {
        // The exact strings pyvo 1.2.1 builds: Python float repr, 'inf' for open ends.
        Sia2Request r = Sia2RequestParser.parse(ParamMap.of(
            "POS", "CIRCLE 12.0 34.0 0.5", "POS", "RANGE 0.0 360.0 -2.0 2.0",
            "BAND", "5e-07 inf", "TIME", "51544.0 51545.0", "POL", "I", "FOV", "-inf 1.0",
            "SPATRES", "0.5 2.0", "EXPTIME", "100.0 inf", "TIMERES", "0.0 10.0", "SPECRP", "1000.0 2000.0",
            "ID", "ivo://x/y", "COLLECTION", "6dFGS", "FACILITY", "UKST", "INSTRUMENT", "SuperCOSMOS",
            "DPTYPE", "image", "CALIB", "2", "CALIB", "3", "TARGET", "g0001", "FORMAT", "application/fits",
            "MAXREC", "10"));
        assertEquals(List.of(new Circle(12, 34, 0.5), new Range(0, 360, -2, 2)), r.pos());
        assertEquals(List.of(new Interval(5e-7, Double.POSITIVE_INFINITY)), r.band());
        assertEquals(51544.0, r.time().get(0).lo());
        assertEquals(List.of(PolState.I), r.pol());
        assertEquals(List.of(new Interval(Double.NEGATIVE_INFINITY, 1)), r.fov());
        assertEquals(List.of(2, 3), r.calib());
        assertEquals(List.of("6dFGS"), r.collection());
        assertEquals(10, r.maxrec());
        assertNull(r.responseFormat());
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownParametersIgnored() {
        Sia2Request r = Sia2RequestParser.parse(ParamMap.of("pos", "CIRCLE 1 2 3", "Band", "1e-7", "REQUEST",
            "queryData", "whatever", "x", "responseformat", "votable"));
        assertEquals(1, r.pos().size());
        assertEquals(List.of(Interval.of(1e-7)), r.band());
        assertEquals("votable", r.responseFormat());
    }

    @Test
    void blankValuesAreNoConstraint() {
        Sia2Request r = Sia2RequestParser.parse(ParamMap.of("POS", "", "COLLECTION", " ", "MAXREC", ""));
        assertTrue(r.pos().isEmpty());
        assertTrue(r.collection().isEmpty());
        assertNull(r.maxrec());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POS     | BOX 1 2 3 4     | POS: unknown shape 'BOX'; expected CIRCLE, RANGE or POLYGON",
        "BAND    | 700nm           | BAND: '700nm' is not a number",
        "BAND    | 1 2 3           | BAND: expected a number or an interval 'lo hi', got '1 2 3'",
        "BAND    | 2e-7 1e-7       | BAND: lower bound 2e-7 is greater than upper bound 1e-7",
        "TIME    | 2020-01-01      | TIME: times are Modified Julian Dates (e.g. 51544.5 55000), not ISO dates: '2020-01-01'",
        "POL     | i               | POL: unknown polarisation state 'i'; expected one of I Q U V RR LL RL LR XX YY XY YX POLI POLA",
        "CALIB   | 5               | CALIB: calibration level must be an integer from 0 to 4, not '5'",
        "CALIB   | two             | CALIB: calibration level must be an integer from 0 to 4, not 'two'",
        "MAXREC  | -1              | MAXREC must be between 0 and 2147483647, not -1",
        "MAXREC  | ten             | MAXREC must be an integer, not 'ten'",
    })
    void badValuesAreUsageFaults(String name, String value, String message) {
        UsageFault f = assertThrows(UsageFault.class, () -> Sia2RequestParser.parse(ParamMap.of(name, value)));
        assertEquals(message, f.getMessage());
    }

    @Test
    void maxrecIsSingleValued() {
        assertThrows(UsageFault.class, () -> Sia2RequestParser.parse(ParamMap.of("MAXREC", "1", "MAXREC", "2")));
    }

    @Test
    void limitsClampMaxrec() {
        Sia2Limits limits = new Sia2Limits(100, 1000);
        assertEquals(100, limits.effective(null));
        assertEquals(0, limits.effective(0));
        assertEquals(1000, limits.effective(5000));
        assertEquals(new Sia2Limits(1000, 100000), Sia2Limits.from(k -> null));
        assertEquals(new Sia2Limits(5, 50), Sia2Limits.from(k -> k.equals("VO_SIA2_MAXREC") ? "5" : "50"));
        assertThrows(IllegalStateException.class, () -> Sia2Limits.from(k -> k.equals("VO_SIA2_MAXREC") ? "x" : null));
    }
}
