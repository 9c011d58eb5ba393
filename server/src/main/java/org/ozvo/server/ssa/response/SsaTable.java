package org.ozvo.server.ssa.response;

import java.util.List;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableInfo;
import org.ozvo.dali.table.TableParam;
import org.ozvo.dali.table.TableResult;

/**
 * Assembles the {@link TableResult} of an SSA response (SSA 1.1 section 4.2): the fields, the
 * rows, the INFOs every SSA response carries ({@code SERVICE_PROTOCOL} 1.1 "SSAP", the
 * standardID, echoed RUNID) and the DataLink descriptor that makes the rows DataLink-enabled.
 * The writer puts {@code QUERY_STATUS} first in the results RESOURCE. Stateless.
 */
public final class SsaTable {

    /** SSA's standardID. */
    public static final String STANDARD_ID = "ivo://ivoa.net/std/SSA";

    private SsaTable() {
    }

    /**
     * The result table.
     *
     * @param fields      the SSA fields
     * @param rows        the rows (an {@link SsaRowCursor}, or empty)
     * @param maxrec      rows to write at most; one more in the cursor means overflow; 0 for
     *                    metadata only
     * @param params      PARAMs before the TABLE (the FORMAT=METADATA description), possibly empty
     * @param descriptors XML fragments of service descriptors
     * @param runId       RUNID to echo, or null
     */
    public static TableResult of(SsaFields fields, RowCursor rows, long maxrec, List<TableParam> params,
                                 List<String> descriptors, String runId) {
        TableResult.Builder b = TableResult.builder(fields.specs(), rows)
            .maxrec(maxrec)
            .tableName("results")
            .info(new TableInfo("SERVICE_PROTOCOL", "1.1", "SSAP"))
            .info(TableInfo.of("standardID", STANDARD_ID));
        if (runId != null) {
            b.info(TableInfo.of("RUNID", runId));
        }
        params.forEach(b::param);
        descriptors.forEach(b::extraResource);
        return b.build();
    }
}
