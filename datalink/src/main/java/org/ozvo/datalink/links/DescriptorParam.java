package org.ozvo.datalink.links;

import java.util.List;
import java.util.Objects;

/**
 * An input parameter of a service descriptor (DataLink 1.1 section 4.3): a fixed value the
 * client always sends, a value taken from a column of the row ({@code ref}), or a value the
 * user supplies, described by its type, unit and UCD, with a usable range (MIN/MAX) or choices.
 *
 * @param name        parameter name
 * @param datatype    VOTable datatype
 * @param arraysize   VOTable arraysize or null
 * @param xtype       xtype or null (e.g. {@code interval})
 * @param unit        unit or null
 * @param ucd         UCD or null
 * @param value       fixed value, or empty for user input and column references
 * @param ref         XML ID of the FIELD supplying the value, or null
 * @param min         VALUES MIN or null
 * @param max         VALUES MAX or null
 * @param options     VALUES OPTIONs, possibly empty
 * @param description text or null
 */
public record DescriptorParam(String name, String datatype, String arraysize, String xtype, String unit, String ucd,
                              String value, String ref, String min, String max, List<String> options,
                              String description) {

    public DescriptorParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
        Objects.requireNonNull(value, "value");
        options = List.copyOf(options);
    }

    /** A fixed text value. */
    public static DescriptorParam fixed(String name, String ucd, String value, String description) {
        return new DescriptorParam(name, "char", "*", null, null, ucd, value, null, null, null, List.of(), description);
    }

    /** A text value read from the FIELD with XML ID {@code ref}. */
    public static DescriptorParam fromColumn(String name, String ucd, String ref, String description) {
        return new DescriptorParam(name, "char", "*", null, null, ucd, "", ref, null, null, List.of(), description);
    }
}
