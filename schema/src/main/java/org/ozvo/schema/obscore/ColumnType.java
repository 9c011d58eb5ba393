package org.ozvo.schema.obscore;

import java.time.Instant;

/**
 * The value types an archive column can have, with their VOTable/TAP and PostgreSQL spellings.
 * Everything that describes a column to a client (TAP_SCHEMA, VOSI tables, VOTable FIELDs) and
 * everything that stores it (DDL, COPY) derives its type from here.
 */
public enum ColumnType {
    /** Variable-length text: VOTable char(*), PostgreSQL text. */
    TEXT("char", "*", null, "text", String.class),
    /** 32-bit integer. */
    INT("int", null, null, "integer", Integer.class),
    /** 64-bit integer. */
    LONG("long", null, null, "bigint", Long.class),
    /** IEEE double. */
    DOUBLE("double", null, null, "double precision", Double.class),
    /** UTC instant, serialised as a DALI ISO-8601 timestamp string. */
    TIMESTAMP("char", "*", "timestamp", "timestamp without time zone", Instant.class),
    /** A sky polygon: DALI polygon (double array of lon/lat pairs, degrees), pgSphere spoly. */
    POLYGON("double", "*", "polygon", "spoly", double[].class),
    /** A sky point; internal only (pgSphere spoint), never published. */
    POINT("double", "2", "point", "spoint", double[].class);

    private final String votableDatatype;
    private final String arraysize;
    private final String xtype;
    private final String sqlType;
    private final Class<?> javaType;

    ColumnType(String votableDatatype, String arraysize, String xtype, String sqlType, Class<?> javaType) {
        this.votableDatatype = votableDatatype;
        this.arraysize = arraysize;
        this.xtype = xtype;
        this.sqlType = sqlType;
        this.javaType = javaType;
    }

    /** VOTable datatype attribute, also TAP_SCHEMA.columns.datatype (TAP 1.1). */
    public String votableDatatype() { return votableDatatype; }

    /** VOTable arraysize, or null for scalars. */
    public String arraysize() { return arraysize; }

    /** DALI xtype, or null. */
    public String xtype() { return xtype; }

    /** Type as PostgreSQL's {@code format_type()} reports it. */
    public String sqlType() { return sqlType; }

    /** The Java class of a non-null value of this type in an {@link ObsCoreRecord}. */
    public Class<?> javaType() { return javaType; }
}
