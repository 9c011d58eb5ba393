package org.ozvo.dali.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;

class PolStateAndTimeTest {

    @Test
    void polStatesAreCaseSensitive() {
        assertEquals(PolState.POLI, PolState.parse("POL", "POLI"));
        UsageFault f = assertThrows(UsageFault.class, () -> PolState.parse("POL", "q"));
        assertEquals("POL: unknown polarisation state 'q'; expected one of I Q U V RR LL RL LR XX YY XY YX POLI POLA",
            f.getMessage());
        assertEquals("/I/", PolState.I.obsCoreToken());
    }

    @Test
    void mjdConvertsToInstantsAndBack() {
        assertEquals(51544.5, MjdInterval.toMjd(Instant.parse("2000-01-01T12:00:00Z")), 1e-9);
        assertEquals(Instant.parse("2000-01-01T12:00:00Z"), MjdInterval.toInstant(51544.5));
        MjdInterval t = MjdInterval.parse("TIME", "51544.5 +Inf");
        assertEquals(Instant.parse("2000-01-01T12:00:00Z"), t.start().orElseThrow());
        assertTrue(t.end().isEmpty());
        assertEquals(t, MjdInterval.between(Instant.parse("2000-01-01T12:00:00Z"), null));
    }

    @Test
    void isoDatesGetAHint() {
        UsageFault f = assertThrows(UsageFault.class, () -> MjdInterval.parse("TIME", "2000-01-01 2001-01-01"));
        assertTrue(f.getMessage().startsWith("TIME: times are Modified Julian Dates"), f.getMessage());
    }

    @Test
    void repeatedParametersAreAllReadAndBlanksSkipped() {
        ParamMap p = ParamMap.of("band", "1e-7 2e-7", "BAND", "", "Band", "5e-7 inf", "pos", "CIRCLE 1 2 3",
            "POS", "RANGE 0 1 2 3", "POL", "I", "pol", "V", "TIME", "55000");
        List<Interval> bands = ValueParsers.intervals(p, "BAND");
        assertEquals(List.of(new Interval(1e-7, 2e-7), new Interval(5e-7, Double.POSITIVE_INFINITY)), bands);
        assertEquals(2, ValueParsers.shapes(p, "POS").size());
        assertEquals(List.of(PolState.I, PolState.V), ValueParsers.polStates(p, "POL"));
        assertEquals(List.of(new MjdInterval(Interval.of(55000))), ValueParsers.mjdIntervals(p, "TIME"));
        assertEquals(List.of(), ValueParsers.intervals(p, "FOV"));
    }

    @Test
    void aBadRepeatFailsTheWholeParameter() {
        ParamMap p = ParamMap.of("CALIB", "2", "FOV", "1 2", "FOV", "2 1");
        assertThrows(UsageFault.class, () -> ValueParsers.intervals(p, "FOV"));
    }
}
