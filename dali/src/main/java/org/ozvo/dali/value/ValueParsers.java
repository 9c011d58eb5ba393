package org.ozvo.dali.value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ozvo.dali.param.ParamMap;

/**
 * Reads every value of a repeatable parameter into typed values. Blank values are skipped
 * (clients send {@code BAND=} for "no constraint"); everything else must parse.
 */
public final class ValueParsers {

    private ValueParsers() {
    }

    /** All values of {@code name} as intervals. */
    public static List<Interval> intervals(ParamMap params, String name) {
        return all(params, name, Interval::parse);
    }

    /** All values of {@code name} as MJD intervals. */
    public static List<MjdInterval> mjdIntervals(ParamMap params, String name) {
        return all(params, name, MjdInterval::parse);
    }

    /** All values of {@code name} as sky shapes (SIA 2.0 POS syntax). */
    public static List<Shape> shapes(ParamMap params, String name) {
        return all(params, name, Shape::parse);
    }

    /** All values of {@code name} as polarisation states. */
    public static List<PolState> polStates(ParamMap params, String name) {
        return all(params, name, PolState::parse);
    }

    /**
     * All non-blank values of {@code name}, each parsed with {@code parser(name, value)}.
     *
     * @param parser throws a {@link org.ozvo.dali.fault.UsageFault} for a bad value
     */
    public static <T> List<T> all(ParamMap params, String name, BiFunction<String, String, T> parser) {
        List<T> out = new ArrayList<>();
        for (String v : params.all(name)) {
            if (!v.isBlank()) {
                out.add(parser.apply(name, v));
            }
        }
        return List.copyOf(out);
    }
}
