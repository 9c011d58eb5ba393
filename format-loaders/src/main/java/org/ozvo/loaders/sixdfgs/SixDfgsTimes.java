package org.ozvo.loaders.sixdfgs;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.obscore.ObsTimes;
import org.ozvo.loaders.obscore.TimeSpan;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Observation times of 6dFGS spectra (also used for GAMA's copies of them). A V or R
 * spectrum starts at MJDOBS_x (else UTDATE_x + UTSTRT_x) and combines NCOMB_x frames of EXP_x
 * seconds taken back to back, only the first start being recorded; a VR spectrum spans its V
 * and R. The VR HDU has no time keywords of its own.
 */
public final class SixDfgsTimes {

    private SixDfgsTimes() {
    }

    /**
     * @param band {@code V} or {@code R}
     * @throws LoaderException when the date keywords are present but unreadable
     */
    public static TimeSpan arm(Keywords k, String band) throws LoaderException {
        String x = "_" + band;
        OptionalDouble mjd = k.number("MJDOBS" + x);
        Double start = null;
        try {
            if (mjd.isPresent()) {
                start = mjd.getAsDouble();
            } else if (k.has("UTDATE" + x) && k.has("UTSTRT" + x)) {
                start = ObsTimes.mjd(k.requireString("UTDATE" + x), k.requireString("UTSTRT" + x));
            }
        } catch (IllegalArgumentException e) {
            throw new LoaderException(k.where() + ": bad UTDATE" + x + "/UTSTRT" + x + ": " + e.getMessage(), e);
        }
        OptionalDouble exp = k.number("EXP" + x);
        OptionalInt ncomb = k.integer("NCOMB" + x);
        Integer count = ncomb.isPresent() && ncomb.getAsInt() > 0 ? ncomb.getAsInt() : null;
        Double total = exp.isPresent() && exp.getAsDouble() > 0 ? exp.getAsDouble() * (count == null ? 1 : count) : null;
        Double end = start != null && total != null ? start + total / 86400.0 : null;
        return new TimeSpan(start, end, total, count);
    }

    /** A VR spectrum: the union of the V and R observations whose headers are given. */
    public static TimeSpan spliced(Keywords v, Keywords r) throws LoaderException {
        return TimeSpan.combine(List.of(arm(v, "V"), arm(r, "R")));
    }
}
