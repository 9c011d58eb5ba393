package org.ozvo.query.sia;

import java.util.Objects;
import org.ozvo.dali.value.PolState;
import org.ozvo.query.Constraint;
import org.ozvo.query.SqlBuilder;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * The row's {@code pol_states} contains a polarisation state (SIA 2.0 POL, section 2.1.4).
 * ObsCore writes the states between slashes ({@code /I/Q/U/}), so the test looks for
 * {@code /state/}, which keeps {@code I} from matching {@code POLI}; it is case-sensitive like
 * the states themselves. Rows without polarisation ({@code pol_states} null) never match.
 *
 * @param state the wanted state
 */
public record PolStateContained(PolState state) implements Constraint {

    public PolStateContained {
        Objects.requireNonNull(state, "state");
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(strpos(").column(ObsCoreColumn.POL_STATES).sql(", ").bind(state.obsCoreToken()).sql(") > 0)");
    }
}
