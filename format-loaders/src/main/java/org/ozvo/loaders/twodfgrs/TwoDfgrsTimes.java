package org.ozvo.loaders.twodfgrs;

import java.util.OptionalDouble;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.obscore.ObsTimes;
import org.ozvo.loaders.obscore.TimeSpan;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Observation times of a 2dFGRS spectrum header (also kept in GAMA's copies). UTSTART/UTEND
 * cover only the reference frame; the spectrum combines NCOMB frames of about REFEXP each,
 * taken back to back, so the span is NCOMB x REFEXP from the reference start (the rule
 * survey-formats.md gives for 6dFGS; Data Central used REFEXP alone).
 */
public final class TwoDfgrsTimes {

    private TwoDfgrsTimes() {
    }

    /**
     * @return {@link TimeSpan#UNKNOWN} without UTDATE/UTSTART
     * @throws LoaderException when they are present but unreadable
     */
    public static TimeSpan of(Keywords h) throws LoaderException {
        if (!h.has("UTDATE") || !h.has("UTSTART")) {
            return TimeSpan.UNKNOWN;
        }
        try {
            double start = ObsTimes.mjd(h.requireString("UTDATE"), h.requireString("UTSTART"));
            int ncomb = Math.max(1, h.integer("NCOMB").orElse(1));
            OptionalDouble refexp = h.number("REFEXP");
            if (refexp.isPresent() && refexp.getAsDouble() > 0) {
                double total = ncomb * refexp.getAsDouble();
                return new TimeSpan(start, start + total / 86400.0, total, ncomb);
            }
            if (h.has("UTEND")) {
                TimeSpan ref = TimeSpan.ofDay(h.requireString("UTDATE"), h.requireString("UTSTART"),
                    h.requireString("UTEND"), null, ncomb);
                return new TimeSpan(ref.start(), ref.end(), (ref.end() - ref.start()) * 86400.0 * ncomb, ncomb);
            }
            return new TimeSpan(start, null, null, ncomb);
        } catch (IllegalArgumentException e) {
            throw new LoaderException(h.where() + ": bad observation date or time: " + e.getMessage(), e);
        }
    }
}
