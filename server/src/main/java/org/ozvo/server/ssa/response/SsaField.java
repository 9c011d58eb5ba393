package org.ozvo.server.ssa.response;

import java.util.Objects;
import java.util.function.Function;
import org.ozvo.dali.table.ColumnSpec;

/**
 * One column of the SSA result table: its FIELD metadata and how its cell is computed from an
 * ObsCore row. The value function returns an instance of {@link ColumnSpec#valueClass()} or null.
 *
 * @param spec  FIELD metadata (name, datatype, unit, UCD, utype ...)
 * @param value cell of a row
 */
public record SsaField(ColumnSpec spec, Function<SsaRow, Object> value) {

    public SsaField {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(value, "value");
    }
}
