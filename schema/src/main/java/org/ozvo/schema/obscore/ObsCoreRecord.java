package org.ozvo.schema.obscore;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code ivoa.obscore}: an immutable map from column to value, where each value has
 * the Java type of its column's {@link ColumnType} and absent means SQL NULL. Built with
 * {@link #builder()}; {@link Builder#build()} checks the not-null columns and the ObsCore value
 * rules that do not depend on the database.
 */
public final class ObsCoreRecord {

    private final Map<ObsCoreColumn, Object> values;

    private ObsCoreRecord(Map<ObsCoreColumn, Object> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        return b;
    }

    /** The value of a column, or null when NULL. */
    public Object get(ObsCoreColumn column) {
        return values.get(column);
    }

    /** The value of a column, typed; null when NULL. */
    public <T> T get(ObsCoreColumn column, Class<T> type) {
        return type.cast(values.get(column));
    }

    public String getString(ObsCoreColumn column) {
        return get(column, String.class);
    }

    public Double getDouble(ObsCoreColumn column) {
        return get(column, Double.class);
    }

    /** All non-null values, in column order. */
    public Map<ObsCoreColumn, Object> values() {
        return values;
    }

    /** The record's stable identifier, {@code obs_publisher_did}. */
    public String publisherDid() {
        return getString(ObsCoreColumn.OBS_PUBLISHER_DID);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObsCoreRecord other && valuesEqual(other);
    }

    private boolean valuesEqual(ObsCoreRecord other) {
        if (!values.keySet().equals(other.values.keySet())) {
            return false;
        }
        for (Map.Entry<ObsCoreColumn, Object> e : values.entrySet()) {
            if (!java.util.Objects.deepEquals(e.getValue(), other.values.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(publisherDid(), values.size());
    }

    @Override
    public String toString() {
        return "ObsCoreRecord[" + publisherDid() + "]";
    }

    /** Collects values; not thread-safe. */
    public static final class Builder {
        private final EnumMap<ObsCoreColumn, Object> values = new EnumMap<>(ObsCoreColumn.class);

        private Builder() {
        }

        /**
         * Sets a column; null clears it. NaN and infinite doubles are stored as NULL, since no
         * ObsCore column has a meaning for them.
         *
         * @throws IllegalArgumentException if the value's type does not match the column
         */
        public Builder set(ObsCoreColumn column, Object value) {
            if (column.generated()) {
                throw new IllegalArgumentException(column.columnName() + " is computed by the database");
            }
            Object v = normalise(column, value);
            if (v == null) {
                values.remove(column);
            } else {
                values.put(column, v);
            }
            return this;
        }

        private static Object normalise(ObsCoreColumn column, Object value) {
            if (value == null) {
                return null;
            }
            Class<?> expected = column.type().javaType();
            if (expected == Double.class && value instanceof Number n) {
                double d = n.doubleValue();
                return Double.isFinite(d) ? d : null;
            }
            if (expected == Long.class && (value instanceof Integer || value instanceof Long)) {
                return ((Number) value).longValue();
            }
            if (expected == Integer.class && value instanceof Integer) {
                return value;
            }
            if (!expected.isInstance(value)) {
                throw new IllegalArgumentException(column.columnName() + " takes " + expected.getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
            }
            if (value instanceof double[] a) {
                return a.clone();
            }
            return value;
        }

        /** The current value of a column, or null. */
        public Object get(ObsCoreColumn column) {
            return values.get(column);
        }

        /**
         * Checks the record and builds it.
         *
         * @throws IllegalArgumentException naming the first rule broken
         */
        public ObsCoreRecord build() {
            for (ObsCoreColumn c : ObsCoreColumn.writableColumns()) {
                if (!c.nullable() && c != ObsCoreColumn.RECORD_MODIFIED && !values.containsKey(c)) {
                    throw new IllegalArgumentException("missing required column " + c.columnName());
                }
            }
            int calib = (Integer) values.get(ObsCoreColumn.CALIB_LEVEL);
            if (calib < 0 || calib > 4) {
                throw new IllegalArgumentException("calib_level must be 0..4, not " + calib);
            }
            Object type = values.get(ObsCoreColumn.DATAPRODUCT_TYPE);
            if (type != null && !ObsCoreRules.DATAPRODUCT_TYPES.contains(type)) {
                throw new IllegalArgumentException("dataproduct_type '" + type + "' is not an ObsCore type");
            }
            ObsCoreRules.checkPosition(values.get(ObsCoreColumn.S_RA), values.get(ObsCoreColumn.S_DEC));
            ObsCoreRules.checkRange("em", values.get(ObsCoreColumn.EM_MIN), values.get(ObsCoreColumn.EM_MAX));
            ObsCoreRules.checkRange("t", values.get(ObsCoreColumn.T_MIN), values.get(ObsCoreColumn.T_MAX));
            return new ObsCoreRecord(values);
        }
    }
}
