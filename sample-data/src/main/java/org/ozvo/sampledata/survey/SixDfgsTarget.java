package org.ozvo.sampledata.survey;

import org.ozvo.sampledata.astro.Sexagesimal;
import org.ozvo.sampledata.synth.Target;

/**
 * A 6dFGS target and its name, a prefix letter plus J2000 {@code hhmmsss±ddmmss}, e.g.
 * {@code g2359555-392832}; the configuration name ({@code TARGET}) is usually the same.
 */
record SixDfgsTarget(Target target, String name, String configName) {

    static SixDfgsTarget of(Target target, char prefix, boolean inConfig) {
        String name = prefix + Sexagesimal.raDigits(target.ra(), 1) + Sexagesimal.decDigits(target.dec(), 0);
        return new SixDfgsTarget(target, name, inConfig ? name : "not__in__config");
    }
}
