package org.ozvo.server.sia;

import java.util.List;
import java.util.function.Function;
import org.ozvo.dali.value.Interval;
import org.ozvo.query.Constraint;
import org.ozvo.query.Constraints;
import org.ozvo.query.ObsCoreQuery;
import org.ozvo.query.Ordering;
import org.ozvo.query.SelectItem;
import org.ozvo.query.sia.PolStateContained;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Turns a {@link Sia2Request} into an {@link ObsCoreQuery} (SIA 2.0 section 2.1): every
 * published ObsCore column, one constraint per parameter given (its values OR-ed), rows ordered
 * by publisher DID so that MAXREC cuts deterministically. Only images and cubes are searched
 * (SIA-24). Each mapping:
 * <ul>
 * <li>POS: {@code s_region} overlaps the shape; BAND: {@code [em_min, em_max]} overlaps;
 *     TIME: {@code [t_min, t_max]} overlaps; POL: {@code pol_states} contains the state</li>
 * <li>FOV, SPATRES, EXPTIME, TIMERES, SPECRP: the interval contains {@code s_fov},
 *     {@code s_resolution}, {@code t_exptime}, {@code t_resolution}, {@code em_res_power}</li>
 * <li>ID: {@code obs_publisher_did}, ignoring case; COLLECTION, FACILITY, INSTRUMENT, DPTYPE,
 *     CALIB, TARGET, FORMAT: exact values of the corresponding columns</li>
 * </ul>
 * Rows whose column is null never satisfy a constraint on it. Stateless.
 */
public final class Sia2QueryBuilder {

    /** Data product types an image service returns. */
    static final List<String> IMAGE_TYPES = List.of("image", "cube");

    private Sia2QueryBuilder() {
    }

    /**
     * The query.
     *
     * @param r     the parsed request
     * @param limit maximum rows to fetch (MAXREC+1 to detect overflow), or negative for all
     */
    public static ObsCoreQuery build(Sia2Request r, long limit) {
        ObsCoreQuery.Builder q = ObsCoreQuery.builder()
            .select(SelectItem.columns(ObsCoreColumn.publishedColumns()))
            .where(Constraints.in(ObsCoreColumn.DATAPRODUCT_TYPE, IMAGE_TYPES));
        any(q, r.pos(), Constraints::regionOverlaps);
        any(q, r.band(), b -> Constraints.overlaps(ObsCoreColumn.EM_MIN, ObsCoreColumn.EM_MAX, b));
        any(q, r.time(), t -> Constraints.overlaps(ObsCoreColumn.T_MIN, ObsCoreColumn.T_MAX, t.mjd()));
        any(q, r.pol(), PolStateContained::new);
        contains(q, r.fov(), ObsCoreColumn.S_FOV);
        contains(q, r.spatres(), ObsCoreColumn.S_RESOLUTION);
        contains(q, r.exptime(), ObsCoreColumn.T_EXPTIME);
        contains(q, r.timeres(), ObsCoreColumn.T_RESOLUTION);
        contains(q, r.specrp(), ObsCoreColumn.EM_RES_POWER);
        if (!r.id().isEmpty()) {
            // IVOIDs compare case-insensitively (SIA 2.0 section 2.1.10).
            q.where(Constraints.inIgnoreCase(ObsCoreColumn.OBS_PUBLISHER_DID, r.id()));
        }
        equal(q, r.collection(), ObsCoreColumn.OBS_COLLECTION);
        equal(q, r.facility(), ObsCoreColumn.FACILITY_NAME);
        equal(q, r.instrument(), ObsCoreColumn.INSTRUMENT_NAME);
        equal(q, r.dptype(), ObsCoreColumn.DATAPRODUCT_TYPE);
        equal(q, r.calib(), ObsCoreColumn.CALIB_LEVEL);
        equal(q, r.target(), ObsCoreColumn.TARGET_NAME);
        equal(q, r.format(), ObsCoreColumn.ACCESS_FORMAT);
        return q.orderBy(Ordering.ascending(ObsCoreColumn.OBS_PUBLISHER_DID)).limit(limit).build();
    }

    private static <T> void any(ObsCoreQuery.Builder q, List<T> values, Function<T, Constraint> each) {
        if (!values.isEmpty()) {
            q.where(Constraints.anyOf(values.stream().map(each).toList()));
        }
    }

    private static void contains(ObsCoreQuery.Builder q, List<Interval> intervals, ObsCoreColumn column) {
        any(q, intervals, i -> Constraints.within(column, i));
    }

    private static void equal(ObsCoreQuery.Builder q, List<?> values, ObsCoreColumn column) {
        if (!values.isEmpty()) {
            q.where(Constraints.in(column, values));
        }
    }
}
