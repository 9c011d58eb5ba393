package org.ozvo.loaders.obscore;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Observation times from the usual keywords of AAO and similar headers, for layouts whose
 * times have no survey-specific rule (GAMA's copies of other surveys, native WiggleZ). Tries,
 * in order: a date ({@code UTDATE} or {@code DATE-OBS}) with {@code UTSTART}/{@code UT} and
 * {@code UTEND}; a start ({@code DATE-OBS} with a time, or {@code MJD-OBS}/{@code MJD}) plus
 * the exposure ({@code EXPOSED}, {@code EXPTIME}); a bare date, which bounds the observation
 * to that UT day (AAT and UKST nights do not cross 0h UT).
 */
public final class HeaderTimes {

    private HeaderTimes() {
    }

    /**
     * @return the span, {@link TimeSpan#UNKNOWN} when the header has no usable keyword
     * @throws LoaderException when a keyword is present but unreadable
     */
    public static TimeSpan from(Keywords k) throws LoaderException {
        try {
            Optional<String> date = k.firstString("UTDATE", "DATE-OBS");
            Optional<String> start = k.firstString("UTSTART", "UT");
            Optional<String> end = k.string("UTEND");
            Double exposure = positive(k.firstNumber("EXPOSED", "EXPTIME"));
            if (date.isPresent() && start.isPresent() && end.isPresent()) {
                TimeSpan s = TimeSpan.ofDay(datePart(date.get()), start.get(), end.get(), null, 1);
                return new TimeSpan(s.start(), s.end(), exposure != null ? exposure : (s.end() - s.start()) * 86400, 1);
            }
            Double t0 = null;
            if (date.isPresent() && start.isPresent()) {
                t0 = ObsTimes.mjd(datePart(date.get()), start.get());
            } else if (k.string("DATE-OBS").filter(ObsTimes::hasTime).isPresent()) {
                t0 = ObsTimes.mjd(k.string("DATE-OBS").get());
            } else if (k.firstNumber("MJD-OBS").isPresent()) {
                t0 = k.firstNumber("MJD-OBS").getAsDouble();
            }
            if (t0 != null) {
                return new TimeSpan(t0, exposure == null ? null : t0 + exposure / 86400, exposure, 1);
            }
            if (date.isPresent()) {
                double day = ObsTimes.mjd(ObsTimes.date(datePart(date.get())));
                return new TimeSpan(day, day + 1, exposure, 1);
            }
            return TimeSpan.UNKNOWN;
        } catch (IllegalArgumentException e) {
            throw new LoaderException(k.where() + ": unreadable observation time: " + e.getMessage(), e);
        }
    }

    private static String datePart(String dateOrDateTime) {
        int t = dateOrDateTime.indexOf('T');
        return t > 0 ? dateOrDateTime.substring(0, t) : dateOrDateTime;
    }

    private static Double positive(OptionalDouble d) {
        return d.isPresent() && d.getAsDouble() > 0 ? d.getAsDouble() : null;
    }
}
