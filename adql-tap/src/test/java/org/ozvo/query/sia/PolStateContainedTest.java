package org.ozvo.query.sia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.value.PolState;
import org.ozvo.query.ObsCoreQuery;
import org.ozvo.query.PgSqlRenderer;
import org.ozvo.query.SelectItem;
import org.ozvo.query.SqlStatement;
import org.ozvo.schema.obscore.ObsCoreColumn;

class PolStateContainedTest {

    @Test
    void rendersABoundDelimitedToken() {
        SqlStatement s = PgSqlRenderer.render(ObsCoreQuery.builder()
            .select(SelectItem.column(ObsCoreColumn.OBS_ID))
            .where(new PolStateContained(PolState.I))
            .build());
        assertEquals("SELECT obs_id FROM ivoa.obscore WHERE (strpos(pol_states, ?) > 0)", s.sql());
        assertEquals(List.of("/I/"), s.binds());
    }
}
