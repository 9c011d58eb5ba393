package org.ozvo.sampledata.survey;

import java.time.LocalDate;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.synth.Rng;

/**
 * Observing times at Siding Spring: nights run roughly 08–20 h UT, so an exposure starting
 * between {@link #EARLIEST} and {@link #LATEST} h UT never crosses UT midnight.
 */
final class Nights {

    static final double EARLIEST = 9.0;
    static final double LATEST = 17.5;

    private Nights() {
    }

    /** A start time on a random night between the two dates, to the whole second. */
    static ObsTime start(Rng rng, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        LocalDate date = from.plusDays((long) (rng.uniform() * (days + 1)));
        return sameNight(rng, date);
    }

    /** A start time on the given night, to the whole second. */
    static ObsTime sameNight(Rng rng, LocalDate date) {
        int seconds = (int) (rng.uniform(EARLIEST, LATEST) * 3600);
        return ObsTime.of(date, seconds);
    }
}
