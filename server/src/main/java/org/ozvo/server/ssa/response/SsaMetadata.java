package org.ozvo.server.ssa.response;

import java.util.ArrayList;
import java.util.List;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.TableParam;
import org.ozvo.server.ssa.request.SsaLimits;
import org.ozvo.server.ssa.request.SsaParam;

/**
 * The PARAMs of a FORMAT=METADATA response (SSA 1.1 sections 6.1, 6.2): one
 * {@code INPUT:<NAME>} per supported parameter, custom ones included, with its default value,
 * datatype, unit, UCD and description. SPLAT reads only PARAMs that are direct children of the
 * first RESOURCE whose name starts with {@code INPUT:}, which is where the VOTable writer puts
 * them. Choices (FORMAT keywords, the collections of the archive) are listed in the
 * descriptions. Stateless.
 */
public final class SsaMetadata {

    private SsaMetadata() {
    }

    /**
     * The input PARAMs.
     *
     * @param collections the collections the archive holds, listed for COLLECTION
     */
    public static List<TableParam> inputParams(List<String> collections) {
        List<TableParam> out = new ArrayList<>();
        for (SsaParam p : SsaParam.values()) {
            String description = p.description();
            if (!p.options().isEmpty()) {
                description += ". Values: " + String.join(", ", p.options());
            }
            if (p == SsaParam.COLLECTION && !collections.isEmpty()) {
                description += ". Collections: " + String.join(", ", collections);
            }
            if (p == SsaParam.MAXREC) {
                description += " (maximum " + SsaLimits.HARD_MAXREC + ")";
            }
            ColumnSpec spec = new ColumnSpec("INPUT:" + p.name(), p.datatype(),
                p.datatype().equals("char") ? "*" : null, null, p.unit(), p.ucd(), null, description, null);
            out.add(new TableParam(spec, p.defaultValue()));
        }
        return out;
    }
}
