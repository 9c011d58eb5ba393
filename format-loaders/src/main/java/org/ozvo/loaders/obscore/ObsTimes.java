package org.ozvo.loaders.obscore;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the surveys' date and time spellings into MJD (UTC). Dates come as
 * {@code YYYY:MM:DD} (2dFGRS, OzDES), {@code YYYY/MM/DD} (6dFGS), {@code YYYY-MM-DD} (GAMA),
 * optionally followed by {@code T hh:mm:ss[.s]}; also the two-digit-year {@code YYMMDD} of
 * 2MASS and 2dFGRS. Times are {@code hh:mm:ss[.ss]}.
 */
public final class ObsTimes {

    /** MJD of 1970-01-01, the epoch of {@link LocalDate#toEpochDay()}. */
    private static final double MJD_UNIX_EPOCH = 40587.0;
    private static final Pattern DATE = Pattern.compile(
        "^\\s*(\\d{4})[-:/](\\d{1,2})[-:/](\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d*)?)?))?\\s*$");
    private static final Pattern SHORT_DATE = Pattern.compile("^\\s*(\\d{2})(\\d{2})(\\d{2})[a-z]?\\s*$");
    private static final Pattern TIME = Pattern.compile("^\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}(?:\\.\\d*)?))?\\s*$");

    private ObsTimes() {
    }

    /**
     * A calendar date.
     *
     * @throws IllegalArgumentException if the text is none of the known spellings
     */
    public static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            Matcher s = SHORT_DATE.matcher(text);
            if (s.matches()) {
                int yy = Integer.parseInt(s.group(1));
                // two-digit years in these surveys run from the 1970s plates to the 2010s
                return LocalDate.of(yy >= 50 ? 1900 + yy : 2000 + yy, Integer.parseInt(s.group(2)),
                    Integer.parseInt(s.group(3)));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid date: '" + text + "'", e);
        }
        throw new IllegalArgumentException("not a date: '" + text + "'");
    }

    /**
     * A time of day, seconds since midnight.
     *
     * @throws IllegalArgumentException if it is not {@code hh:mm[:ss[.s]]} within a day
     */
    public static double secondsOfDay(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time of day: '" + text + "'");
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        double s = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        if (h > 23 || min > 59 || s >= 61) {
            throw new IllegalArgumentException("not a time of day: '" + text + "'");
        }
        return h * 3600 + min * 60 + s;
    }

    /** MJD at the start of a date. */
    public static double mjd(LocalDate date) {
        return date.toEpochDay() + MJD_UNIX_EPOCH;
    }

    /** MJD of a date and a time of day given separately. */
    public static double mjd(String date, String time) {
        return mjd(date(date)) + secondsOfDay(time) / 86400.0;
    }

    /**
     * MJD of a date that may carry a time ({@code 2000-07-25T06:18:22.50}); a bare date gives
     * midnight.
     */
    public static double mjd(String dateTime) {
        Matcher m = DATE.matcher(dateTime);
        double day = mjd(date(dateTime));
        if (m.matches() && m.group(4) != null) {
            day += secondsOfDay(m.group(4)) / 86400.0;
        }
        return day;
    }

    /** True if the text carries a time of day as well as a date. */
    public static boolean hasTime(String dateTime) {
        Matcher m = DATE.matcher(dateTime);
        return m.matches() && m.group(4) != null;
    }

    /** The UTC date-time of an MJD, to the millisecond. */
    public static LocalDateTime toDateTime(double mjd) {
        double days = Math.floor(mjd);
        long millis = Math.round((mjd - days) * 86400000.0);
        return LocalDate.ofEpochDay((long) (days - MJD_UNIX_EPOCH)).atStartOfDay().plusNanos(millis * 1_000_000L);
    }

    /** ISO-8601 timestamp of a date-time text, e.g. for {@code obs_creation_date}. */
    public static LocalDateTime dateTime(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date-time: '" + text + "'");
        }
        LocalDate d = date(text);
        if (m.group(4) == null) {
            return d.atStartOfDay();
        }
        return LocalDateTime.of(d, LocalTime.MIDNIGHT).plusNanos(Math.round(secondsOfDay(m.group(4)) * 1e9));
    }
}
