package org.ozvo.server.ssa.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ozvo.dali.fault.UsageFault;

/**
 * ISO 8601 time range lists of SSA 1.1 (TIME, MTIME; section 4.1.1.4): each end is
 * {@code yyyy}, {@code yyyy-mm}, {@code yyyy-mm-dd} or {@code yyyy-mm-ddThh:mm[:ss[.s]]},
 * optionally ending in {@code Z}; UTC. A coarse value stands for its whole period, so
 * {@code 1990/2000} covers 1990-01-01 to the end of 2000 and {@code 2015} all of 2015.
 */
public final class IsoTimes {

    private static final Pattern ISO = Pattern.compile(
        "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?)?)?Z?");

    /**
     * A period of time: start inclusive, end inclusive; null for an open end.
     *
     * @param start first instant, or null
     * @param end   last instant, or null
     */
    public record Period(Instant start, Instant end) {
    }

    private IsoTimes() {
    }

    /**
     * Parses the items of a time range list.
     *
     * @throws UsageFault for malformed or impossible dates and inverted ranges
     */
    public static List<Period> parse(String param, RangeList list) {
        List<Period> out = new ArrayList<>();
        for (RangeList.Item item : list.items()) {
            Period lo = item.lo().isEmpty() ? null : period(param, item.lo());
            Period hi = item.hi().isEmpty() ? null : period(param, item.hi());
            Instant start = lo == null ? null : lo.start();
            Instant end = hi == null ? null : hi.end();
            if (start != null && end != null && start.isAfter(end)) {
                throw new UsageFault(param + ": the range '" + item.lo() + "/" + item.hi() + "' is inverted");
            }
            out.add(new Period(start, end));
        }
        return List.copyOf(out);
    }

    /** The period one ISO value stands for. */
    static Period period(String param, String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            throw new UsageFault(param + ": '" + text + "' is not an ISO 8601 time (yyyy, yyyy-mm, yyyy-mm-dd or"
                + " yyyy-mm-ddThh:mm:ss)");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return between(LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay());
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                YearMonth ym = YearMonth.of(year, month);
                return between(ym.atDay(1).atStartOfDay(), ym.plusMonths(1).atDay(1).atStartOfDay());
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return between(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            LocalDateTime t = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds, nanos);
            Instant i = t.toInstant(ZoneOffset.UTC);
            return new Period(i, i);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new UsageFault(param + ": '" + text + "' is not a valid date or time");
        }
    }

    /** [start, next) as an inclusive period ending one nanosecond before {@code next}. */
    private static Period between(LocalDateTime start, LocalDateTime next) {
        return new Period(start.toInstant(ZoneOffset.UTC), next.toInstant(ZoneOffset.UTC).minusNanos(1));
    }
}
