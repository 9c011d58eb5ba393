package org.ozvo.dali.table;

import java.util.Objects;

/**
 * A VOTable PARAM of the results RESOURCE, written before the TABLE: a {@link ColumnSpec} for
 * its metadata and a value already in VOTable text form (e.g. SSA {@code INPUT:POS} metadata
 * parameters, or constant values of a service).
 *
 * @param spec  name, datatype, arraysize, unit, ucd, utype, description
 * @param value value attribute, VOTable text form; required (may be empty)
 */
public record TableParam(ColumnSpec spec, String value) {

    public TableParam {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(value, "value");
    }
}
