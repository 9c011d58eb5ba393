package org.ozvo.dali.table;

import java.util.Objects;

/**
 * A VOTable INFO element of the results RESOURCE, e.g. {@code standardID}, {@code QUERY} or
 * {@code request} echoes (DALI 1.1 section 4.4.3). QUERY_STATUS is written by the writers
 * themselves and must not be given here.
 *
 * @param name  INFO name; required
 * @param value INFO value attribute; required (may be empty)
 * @param text  element content or null
 */
public record TableInfo(String name, String value, String text) {

    public TableInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.equalsIgnoreCase("QUERY_STATUS")) {
            throw new IllegalArgumentException("QUERY_STATUS is written by the table writer");
        }
    }

    public static TableInfo of(String name, String value) {
        return new TableInfo(name, value, null);
    }
}
