package org.ozvo.adql;

import adql.db.DBColumn;
import adql.db.DBTable;
import adql.db.DBType;
import adql.db.DefaultDBColumn;
import org.ozvo.dali.table.ColumnSpec;

/**
 * A column known to the ADQL checker that carries its published FIELD metadata, so a result
 * column that is a plain column reference (also through aliases, subqueries and WITH) keeps
 * the unit, UCD, utype, xtype and datatype TAP_SCHEMA declares. Copies made by the library
 * (aliases, derived tables) keep the metadata under their new name.
 */
final class MetadataColumn extends DefaultDBColumn {

    private final ColumnSpec spec;

    /** Note the library's argument order: ADQL name first. */
    MetadataColumn(String adqlName, String dbName, DBType type, DBTable table, ColumnSpec spec) {
        super(adqlName, dbName, type, table);
        this.spec = spec;
    }

    /** FIELD metadata under the column's published name. */
    ColumnSpec spec() {
        return spec;
    }

    @Override
    public DBColumn copy(String dbName, String adqlName, DBTable dbTable) {
        MetadataColumn c = new MetadataColumn(adqlName, dbName, getDatatype(), dbTable, spec);
        c.setCaseSensitive(isCaseSensitive());
        return c;
    }
}
