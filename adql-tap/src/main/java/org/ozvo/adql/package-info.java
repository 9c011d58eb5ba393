/**
 * ADQL to PostgreSQL/pgSphere: gmantele's ADQL library (2.0-beta, ADQL 2.0 and 2.1) parses
 * and checks a query against the published tables (TAP_SCHEMA plus the request's TAP_UPLOAD
 * tables, nothing else), translates it with a {@code PgSphereTranslator}, and says which
 * FIELD metadata each result column has. No JDBC and no HTTP here.
 */
package org.ozvo.adql;
