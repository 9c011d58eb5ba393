package org.ozvo.server.app;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The two connection pools (WEB-INF/glassfish-resources.xml): the owner for migrations and
 * bookkeeping, the read-only role for everything a network request runs.
 */
@ApplicationScoped
public class Databases {

    @Resource(lookup = "java:app/jdbc/owner")
    private DataSource owner;

    @Resource(lookup = "java:app/jdbc/reader")
    private DataSource reader;

    /** Pool of the database owner; use only for writes the server itself makes. */
    public DataSource owner() {
        return owner;
    }

    /** Pool of the read-only role; use for every query derived from a request. */
    public DataSource reader() {
        return reader;
    }
}
