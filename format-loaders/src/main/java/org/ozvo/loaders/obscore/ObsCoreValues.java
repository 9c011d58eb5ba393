package org.ozvo.loaders.obscore;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * The ObsCore values a loader derived for one product: an immutable snapshot that hands out a
 * fresh {@link ObsCoreRecord.Builder} on every call, so the ingest can add its identifiers and
 * URLs without affecting the product.
 */
public final class ObsCoreValues {

    private final Map<ObsCoreColumn, Object> values;

    /**
     * @param values checked by setting them on an {@link ObsCoreRecord.Builder}; copied
     * @throws IllegalArgumentException if a value has the wrong type for its column
     */
    public ObsCoreValues(Map<ObsCoreColumn, Object> values) {
        EnumMap<ObsCoreColumn, Object> copy = new EnumMap<>(ObsCoreColumn.class);
        ObsCoreRecord.Builder check = ObsCoreRecord.builder();
        values.forEach((c, v) -> {
            check.set(c, v);
            Object normalised = check.get(c);
            if (normalised != null) {
                copy.put(c, normalised instanceof double[] a ? a.clone() : normalised);
            }
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    /** A new builder holding these values. */
    public ObsCoreRecord.Builder builder() {
        ObsCoreRecord.Builder b = ObsCoreRecord.builder();
        values.forEach(b::set);
        return b;
    }

    /** The value of a column, or null. Arrays are the stored instance: do not modify. */
    public Object get(ObsCoreColumn column) {
        return values.get(column);
    }

    public Double getDouble(ObsCoreColumn column) {
        Object v = values.get(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    public String getString(ObsCoreColumn column) {
        return (String) values.get(column);
    }

    /** All non-null values in column order; unmodifiable. */
    public Map<ObsCoreColumn, Object> asMap() {
        return values;
    }
}
