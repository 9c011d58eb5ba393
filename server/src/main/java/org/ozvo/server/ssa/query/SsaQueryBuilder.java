package org.ozvo.server.ssa.query;

import static org.ozvo.schema.obscore.ObsCoreColumn.DATAPRODUCT_SUBTYPE;
import static org.ozvo.schema.obscore.ObsCoreColumn.DATAPRODUCT_TYPE;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MAX;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MAX_REST;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MIN;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MIN_REST;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_RES_POWER;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_SNR;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_COLLECTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_CREATOR_DID;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_PUBLISHER_DID;
import static org.ozvo.schema.obscore.ObsCoreColumn.RECORD_MODIFIED;
import static org.ozvo.schema.obscore.ObsCoreColumn.REDSHIFT;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_RESOLUTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.TARGET_CLASS;
import static org.ozvo.schema.obscore.ObsCoreColumn.TARGET_NAME;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_MAX;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_MIN;
import static org.ozvo.schema.obscore.ObsCoreColumn.T_RESOLUTION;

import java.util.List;
import org.ozvo.dali.value.Circle;
import org.ozvo.dali.value.Interval;
import org.ozvo.dali.value.MjdInterval;
import org.ozvo.query.Constraints;
import org.ozvo.query.ObsCoreQuery;
import org.ozvo.query.Ordering;
import org.ozvo.query.SelectItem;
import org.ozvo.query.ValueRange;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.server.ssa.request.IsoTimes;
import org.ozvo.server.ssa.request.SsaFormat;
import org.ozvo.server.ssa.request.SsaRequest;

/**
 * Turns an SSA request into the ObsCore query that answers it. Only spectra are searched.
 * With POS the rows come nearest first, otherwise by publisher DID, so results are stable.
 * The limit is MAXREC + 1 (the extra row reveals an overflow), or TOP when that is smaller.
 * Stateless.
 */
public final class SsaQueryBuilder {

    private static final double ARCSEC_PER_DEG = 3600.0;

    private SsaQueryBuilder() {
    }

    /**
     * Builds the query.
     *
     * @param r           the request (not FORMAT=METADATA)
     * @param collections the collections COLLECTION selected ({@link CollectionMatcher}), or
     *                    null when the request has no COLLECTION
     * @param select      the items to select
     */
    public static ObsCoreQuery build(SsaRequest r, List<String> collections, List<SelectItem> select) {
        ObsCoreQuery.Builder q = ObsCoreQuery.builder().select(select)
            .where(Constraints.in(DATAPRODUCT_TYPE, List.of("spectrum")));
        if (r.format() == SsaFormat.Choice.NONE) {
            q.where(Constraints.none());
        }
        r.cone().ifPresent(c -> q.where(Constraints.positionIn(c)));
        if (!r.bands().isEmpty()) {
            q.where(overlapsAny(EM_MIN, EM_MAX, r.bands()));
        }
        if (!r.restBands().isEmpty()) {
            q.where(overlapsAny(EM_MIN_REST, EM_MAX_REST, r.restBands()));
        }
        if (!r.times().isEmpty()) {
            q.where(overlapsAny(T_MIN, T_MAX, r.times().stream().map(SsaQueryBuilder::mjd).toList()));
        }
        r.targetName().ifPresent(n -> q.where(Constraints.inIgnoreCase(TARGET_NAME, List.of(n))));
        if (!r.targetClasses().isEmpty()) {
            q.where(Constraints.inIgnoreCase(TARGET_CLASS, r.targetClasses()));
        }
        if (collections != null) {
            q.where(Constraints.in(OBS_COLLECTION, collections));
        }
        if (!r.subtypes().isEmpty()) {
            q.where(Constraints.inIgnoreCase(DATAPRODUCT_SUBTYPE, r.subtypes()));
        }
        if (!r.redshifts().isEmpty()) {
            q.where(Constraints.anyOf(r.redshifts().stream().map(z -> Constraints.within(REDSHIFT, z)).toList()));
        }
        r.minResolvingPower().ifPresent(v -> q.where(ValueRange.atLeast(EM_RES_POWER, v)));
        // SPATRES comes in degrees, s_resolution is stored in arcsec.
        r.maxSpatialResolutionDeg().ifPresent(v -> q.where(ValueRange.atMost(S_RESOLUTION, v * ARCSEC_PER_DEG)));
        r.maxTimeResolutionSec().ifPresent(v -> q.where(ValueRange.atMost(T_RESOLUTION, v)));
        r.minSnr().ifPresent(v -> q.where(ValueRange.atLeast(EM_SNR, v)));
        r.publisherDid().ifPresent(v -> q.where(Constraints.inIgnoreCase(OBS_PUBLISHER_DID, List.of(v))));
        r.creatorDid().ifPresent(v -> q.where(Constraints.inIgnoreCase(OBS_CREATOR_DID, List.of(v))));
        if (!r.modified().isEmpty()) {
            q.where(Constraints.anyOf(r.modified().stream()
                .map(p -> ValueRange.between(RECORD_MODIFIED, p.start(), p.end())).toList()));
        }
        r.cone().map(Circle::ra).ifPresent(ra -> q.orderBy(Ordering.byDistance(ra, r.cone().get().dec())));
        q.orderBy(Ordering.ascending(OBS_PUBLISHER_DID));
        return q.limit(rowLimit(r)).build();
    }

    /** Rows to fetch: one more than MAXREC to detect overflow, unless TOP asks for fewer. */
    public static long rowLimit(SsaRequest r) {
        long limit = r.maxrec() + 1L;
        if (r.top().isPresent() && r.top().getAsInt() < limit) {
            limit = r.top().getAsInt();
        }
        return limit;
    }

    private static org.ozvo.query.Constraint overlapsAny(ObsCoreColumn lo, ObsCoreColumn hi, List<Interval> ranges) {
        return Constraints.anyOf(ranges.stream().map(i -> Constraints.overlaps(lo, hi, i)).toList());
    }

    private static Interval mjd(IsoTimes.Period p) {
        return new Interval(p.start() == null ? Double.NEGATIVE_INFINITY : MjdInterval.toMjd(p.start()),
            p.end() == null ? Double.POSITIVE_INFINITY : MjdInterval.toMjd(p.end()));
    }
}
