package org.ozvo.server.sia;

import static org.ozvo.server.sia.Sia2Parameter.BAND;
import static org.ozvo.server.sia.Sia2Parameter.CALIB;
import static org.ozvo.server.sia.Sia2Parameter.COLLECTION;
import static org.ozvo.server.sia.Sia2Parameter.DPTYPE;
import static org.ozvo.server.sia.Sia2Parameter.EXPTIME;
import static org.ozvo.server.sia.Sia2Parameter.FACILITY;
import static org.ozvo.server.sia.Sia2Parameter.FORMAT;
import static org.ozvo.server.sia.Sia2Parameter.FOV;
import static org.ozvo.server.sia.Sia2Parameter.ID;
import static org.ozvo.server.sia.Sia2Parameter.INSTRUMENT;
import static org.ozvo.server.sia.Sia2Parameter.MAXREC;
import static org.ozvo.server.sia.Sia2Parameter.POL;
import static org.ozvo.server.sia.Sia2Parameter.POS;
import static org.ozvo.server.sia.Sia2Parameter.RESPONSEFORMAT;
import static org.ozvo.server.sia.Sia2Parameter.SPATRES;
import static org.ozvo.server.sia.Sia2Parameter.SPECRP;
import static org.ozvo.server.sia.Sia2Parameter.TARGET;
import static org.ozvo.server.sia.Sia2Parameter.TIME;
import static org.ozvo.server.sia.Sia2Parameter.TIMERES;

import java.util.List;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.value.MjdInterval;
import org.ozvo.dali.value.PolState;
import org.ozvo.dali.value.Shape;
import org.ozvo.dali.value.ValueParsers;

/**
 * Parses SIA 2.0 parameters into a {@link Sia2Request}. Names are case-insensitive (DALI-5),
 * unknown parameters are ignored, blank values mean "no constraint"; a malformed value is a
 * {@link UsageFault} naming the parameter. MAXREC and RESPONSEFORMAT are single-valued (DALI-6).
 */
public final class Sia2RequestParser {

    private Sia2RequestParser() {
    }

    /** @throws UsageFault for the first malformed parameter */
    public static Sia2Request parse(ParamMap p) {
        return new Sia2Request(
            ValueParsers.all(p, POS.name(), Shape::parse),
            ValueParsers.intervals(p, BAND.name()),
            ValueParsers.all(p, TIME.name(), MjdInterval::parse),
            ValueParsers.all(p, POL.name(), PolState::parse),
            ValueParsers.intervals(p, FOV.name()),
            ValueParsers.intervals(p, SPATRES.name()),
            ValueParsers.intervals(p, EXPTIME.name()),
            ValueParsers.intervals(p, TIMERES.name()),
            ValueParsers.intervals(p, SPECRP.name()),
            texts(p, ID), texts(p, COLLECTION), texts(p, FACILITY), texts(p, INSTRUMENT), texts(p, DPTYPE),
            ValueParsers.all(p, CALIB.name(), Sia2RequestParser::calib),
            texts(p, TARGET), texts(p, FORMAT),
            p.integer(MAXREC.name(), 0, Integer.MAX_VALUE).orElse(null),
            p.single(RESPONSEFORMAT.name()).orElse(null));
    }

    /** String parameters match exactly; surrounding blanks are never meaningful, so they go. */
    private static List<String> texts(ParamMap p, Sia2Parameter param) {
        return ValueParsers.all(p, param.name(), (name, value) -> value.trim());
    }

    private static Integer calib(String name, String value) {
        try {
            int level = Integer.parseInt(value.trim());
            if (level >= 0 && level <= 4) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageFault(name + ": calibration level must be an integer from 0 to 4, not '" + value + "'");
    }
}
