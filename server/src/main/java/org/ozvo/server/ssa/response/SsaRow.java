package org.ozvo.server.ssa.response;

import org.ozvo.schema.obscore.ObsCoreColumn;

/** The current row of a query, as the SSA fields read it. */
public interface SsaRow {

    /** A selected ObsCore column's value (typed as {@link ObsCoreColumn#type()}), or null. */
    Object get(ObsCoreColumn column);

    /** Distance from the search position in arcsec, or null without POS. */
    Double score();

    /** A double column, or null. */
    default Double dbl(ObsCoreColumn column) {
        Object v = get(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** A text column, or null. */
    default String text(ObsCoreColumn column) {
        return (String) get(column);
    }
}
