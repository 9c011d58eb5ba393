package org.ozvo.sampledata.astro;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An instant in UTC held as whole milliseconds since MJD 0, so that the MJD written into a
 * header and the date/time strings written next to it always agree to the last digit.
 * Immutable.
 */
public final class ObsTime implements Comparable<ObsTime> {

    /** MJD of 1970-01-01, the epoch of {@link LocalDate#toEpochDay()}. */
    private static final long MJD_OF_EPOCH_DAY_0 = 40587;
    private static final long MS_PER_DAY = 86_400_000L;

    private final long millis;

    private ObsTime(long millis) {
        this.millis = millis;
    }

    /** The instant at {@code secondsOfDay} (may carry a fraction, rounded to ms) on {@code date}. */
    public static ObsTime of(LocalDate date, double secondsOfDay) {
        long day = date.toEpochDay() + MJD_OF_EPOCH_DAY_0;
        return new ObsTime(day * MS_PER_DAY + StrictMath.round(secondsOfDay * 1000.0));
    }

    /** The instant nearest to an MJD, rounded to the millisecond. */
    public static ObsTime ofMjd(double mjd) {
        return new ObsTime(StrictMath.round(mjd * MS_PER_DAY));
    }

    public double mjd() {
        return millis / (double) MS_PER_DAY;
    }

    public LocalDate date() {
        return LocalDate.ofEpochDay(Math.floorDiv(millis, MS_PER_DAY) - MJD_OF_EPOCH_DAY_0);
    }

    public double secondsOfDay() {
        return Math.floorMod(millis, MS_PER_DAY) / 1000.0;
    }

    public ObsTime plusSeconds(double seconds) {
        return new ObsTime(millis + StrictMath.round(seconds * 1000.0));
    }

    public ObsTime plusDays(double days) {
        return plusSeconds(days * 86_400.0);
    }

    /** Seconds from this instant to {@code later}. */
    public double secondsUntil(ObsTime later) {
        return (later.millis - millis) / 1000.0;
    }

    /** Calendar date with the given separator: {@code 2002:08:13}, {@code 2002/08/13}, {@code 2002-08-13}. */
    public String date(char separator) {
        LocalDate d = date();
        return String.format(Locale.ROOT, "%04d%c%02d%c%02d", d.getYear(), separator, d.getMonthValue(), separator,
            d.getDayOfMonth());
    }

    /** {@code YYMMDD}, as in 2dFGRS {@code GRS_DATE} and WiggleZ observation ids. */
    public String yymmdd() {
        LocalDate d = date();
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@code YYYYMMDD}. */
    public String yyyymmdd() {
        return date().toString().replace("-", "");
    }

    /**
     * Time of day {@code hh:mm:ss[.s…]} with the given number of decimals. The value is truncated,
     * not rounded, so it never reads {@code 60} seconds and never moves to the next day.
     */
    public String time(int decimals) {
        long ms = Math.floorMod(millis, MS_PER_DAY);
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        long s = ms / 1000 % 60;
        String base = String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
        if (decimals <= 0) {
            return base;
        }
        String frac = String.format(Locale.ROOT, "%03d", ms % 1000);
        return base + "." + (decimals >= 3 ? frac + "0".repeat(decimals - 3) : frac.substring(0, decimals));
    }

    /** ISO-8601 {@code YYYY-MM-DDThh:mm:ss[.s…]}. */
    public String isot(int decimals) {
        return date('-') + "T" + time(decimals);
    }

    /** Julian epoch, e.g. {@code 2016.983}. */
    public double julianYear() {
        return 2000.0 + (mjd() - 51544.5) / 365.25;
    }

    /**
     * Seconds since MJD 0 on the TAI scale, as SDSS writes {@code TAI-BEG}. TAI−UTC is 32 s
     * before 2006, 33 s in 2006–2008 and 34 s from 2009, which covers the SDSS-I/II years.
     */
    public double taiSeconds() {
        int year = date().getYear();
        int leap = year < 2006 ? 32 : year < 2009 ? 33 : 34;
        return millis / 1000.0 + leap;
    }

    @Override
    public int compareTo(ObsTime o) {
        return Long.compare(millis, o.millis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObsTime t && t.millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    @Override
    public String toString() {
        return isot(3);
    }
}
