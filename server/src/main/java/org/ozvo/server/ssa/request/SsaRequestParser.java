package org.ozvo.server.ssa.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.value.Circle;
import org.ozvo.dali.value.DaliNumbers;
import org.ozvo.dali.value.Interval;

/**
 * Reads an SSA 1.1 queryData request (SSA 1.1 sections 4.1, 8.7). Names are case-insensitive,
 * unknown parameters are ignored, a parameter given twice with different values is an error,
 * and a parameter present with an empty value constrains nothing. With FORMAT=METADATA every
 * other parameter except REQUEST and VERSION is ignored. Stateless.
 */
public final class SsaRequestParser {

    private SsaRequestParser() {
    }

    /**
     * Parses and validates.
     *
     * @throws UsageFault naming the first parameter that is missing or wrong
     */
    public static SsaRequest parse(ParamMap p) {
        checkRequest(p);
        checkVersion(p);
        for (SsaParam list : List.of(SsaParam.BAND, SsaParam.BANDREST, SsaParam.TIME, SsaParam.REDSHIFT, SsaParam.MTIME)) {
            checkSingleRangeList(p, list);
        }
        SsaFormat.Choice format = SsaFormat.parse(p.single(SsaParam.FORMAT.name()).orElse(null));
        if (format == SsaFormat.Choice.METADATA) {
            return new SsaRequest(format, Optional.empty(), List.of(), List.of(), List.of(), 0, false,
                OptionalInt.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                Optional.empty(), List.of(), p.single(SsaParam.RUNID.name()));
        }
        List<Interval> bands = new ArrayList<>();
        List<Interval> restBands = new ArrayList<>();
        p.single(SsaParam.BAND.name()).ifPresent(v -> {
            RangeList list = RangeList.parse("BAND", v);
            List<Interval> parsed = NumericRanges.parse("BAND", list, true, "band name");
            String frame = list.qualifier().orElse("observer");
            switch (frame) {
                case "source" -> restBands.addAll(parsed);
                case "observer" -> bands.addAll(parsed);
                default -> throw new UsageFault("BAND: unknown frame qualifier ';" + frame + "' (use ;observer or ;source)");
            }
        });
        p.single(SsaParam.BANDREST.name()).ifPresent(v ->
            restBands.addAll(NumericRanges.parse("BANDREST", RangeList.parse("BANDREST", v), true, "band name")));
        int[] maxrec = maxrec(p);
        return new SsaRequest(format, cone(p), List.copyOf(bands), List.copyOf(restBands),
            times(p, SsaParam.TIME), maxrec[0], maxrec[1] == 1, top(p), p.single(SsaParam.TARGETNAME.name()),
            list(p, SsaParam.TARGETCLASS), list(p, SsaParam.COLLECTION), list(p, SsaParam.DPSUBTYPE),
            p.single(SsaParam.REDSHIFT.name()).map(v ->
                NumericRanges.parse("REDSHIFT", RangeList.parse("REDSHIFT", v), false, null)).orElse(List.of()),
            positive(p, SsaParam.SPECRP, true), positive(p, SsaParam.SPATRES, false),
            positive(p, SsaParam.TIMERES, false), positive(p, SsaParam.SNR, true),
            p.single(SsaParam.PUBDID.name()), p.single(SsaParam.CREATORDID.name()),
            times(p, SsaParam.MTIME), p.single(SsaParam.RUNID.name()));
    }

    private static void checkRequest(ParamMap p) {
        String request = p.single(SsaParam.REQUEST.name()).orElseThrow(() ->
            new UsageFault("REQUEST is required; use REQUEST=queryData"));
        if (!request.equalsIgnoreCase("queryData")) {
            throw new UsageFault("REQUEST=" + request + " is not supported; use REQUEST=queryData"
                + " (capabilities are at the sibling resource 'capabilities')");
        }
    }

    private static void checkVersion(ParamMap p) {
        p.single(SsaParam.VERSION.name()).ifPresent(v -> {
            if (!v.equals("1") && !v.startsWith("1.")) {
                throw new UsageFault("VERSION " + v + " is not supported; this service implements SSA 1.1");
            }
        });
    }

    /**
     * Range-list parameters come once; pyvo turns a Python tuple into two values, so say how to
     * write a range instead of the generic "given twice".
     */
    private static void checkSingleRangeList(ParamMap p, SsaParam param) {
        if (p.all(param.name()).stream().map(String::trim).distinct().count() > 1) {
            throw new UsageFault(param.name() + " must be given once, as a range list such as lo/hi (items separated"
                + " by commas), not as " + p.all(param.name()).size() + " separate values");
        }
    }

    /** POS + SIZE as a circle of radius SIZE/2. SIZE without POS is checked, then ignored. */
    private static Optional<Circle> cone(ParamMap p) {
        Optional<Double> size = p.single(SsaParam.SIZE.name()).map(v -> {
            double d = DaliNumbers.parseFinite("SIZE", v);
            if (!(d > 0 && d <= 360)) {
                throw new UsageFault("SIZE is the search diameter in degrees and must be in (0, 360], not " + v);
            }
            return d;
        });
        Optional<String> pos = p.single(SsaParam.POS.name());
        if (pos.isEmpty()) {
            return Optional.empty();
        }
        double[] radec = position(pos.get());
        return Optional.of(new Circle(radec[0], radec[1], size.orElse(SsaLimits.DEFAULT_SIZE_DEG) / 2));
    }

    /** {@code ra,dec[;frame]} in degrees, ICRS. */
    static double[] position(String value) {
        String body = value;
        int semi = value.indexOf(';');
        if (semi >= 0) {
            String frame = value.substring(semi + 1).trim();
            if (!frame.isEmpty() && !frame.equalsIgnoreCase("ICRS")) {
                throw new UsageFault("POS: reference frame '" + frame + "' is not supported; give ICRS coordinates");
            }
            body = value.substring(0, semi);
        }
        String[] parts = body.trim().split("\\s*,\\s*");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new UsageFault("POS must be ra,dec in decimal degrees (e.g. POS=187.25,2.05), not '" + value + "'");
        }
        double ra = DaliNumbers.parseFinite("POS", parts[0]);
        double dec = DaliNumbers.parseFinite("POS", parts[1]);
        if (!(ra >= 0 && ra <= 360)) {
            throw new UsageFault("POS: right ascension must be in [0, 360] degrees, not " + parts[0]);
        }
        if (!(dec >= -90 && dec <= 90)) {
            throw new UsageFault("POS: declination must be in [-90, 90] degrees, not " + parts[1]);
        }
        return new double[] {ra == 360 ? 0 : ra, dec};
    }

    /** [effective MAXREC, 1 if lowered to the hard limit]. */
    private static int[] maxrec(ParamMap p) {
        Optional<String> raw = p.single(SsaParam.MAXREC.name());
        if (raw.isEmpty()) {
            return new int[] {SsaLimits.DEFAULT_MAXREC, 0};
        }
        long v;
        try {
            v = Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            throw new UsageFault("MAXREC must be a non-negative integer, not '" + raw.get() + "'");
        }
        if (v < 0) {
            throw new UsageFault("MAXREC must be a non-negative integer, not " + v);
        }
        return v > SsaLimits.HARD_MAXREC ? new int[] {SsaLimits.HARD_MAXREC, 1} : new int[] {(int) v, 0};
    }

    private static OptionalInt top(ParamMap p) {
        Optional<Integer> v = p.integer(SsaParam.TOP.name(), 1, Integer.MAX_VALUE);
        return v.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static List<IsoTimes.Period> times(ParamMap p, SsaParam param) {
        return p.single(param.name()).map(v -> IsoTimes.parse(param.name(), RangeList.parse(param.name(), v)))
            .orElse(List.of());
    }

    private static List<String> list(ParamMap p, SsaParam param) {
        return p.single(param.name()).map(v -> Arrays.stream(v.split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    /** A number that must be positive (or non-negative when {@code zeroAllowed}). */
    private static OptionalDouble positive(ParamMap p, SsaParam param, boolean zeroAllowed) {
        Optional<String> raw = p.single(param.name());
        if (raw.isEmpty()) {
            return OptionalDouble.empty();
        }
        double v = DaliNumbers.parseFinite(param.name(), raw.get());
        if (v < 0 || (!zeroAllowed && v == 0)) {
            throw new UsageFault(param.name() + " must be " + (zeroAllowed ? "non-negative" : "positive") + ", not "
                + raw.get());
        }
        return OptionalDouble.of(v);
    }
}
