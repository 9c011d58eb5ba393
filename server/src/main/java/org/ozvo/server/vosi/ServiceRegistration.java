package org.ozvo.server.vosi;

import java.util.List;
import org.ozvo.schema.tap.SchemaDesc;

/**
 * The descriptive part of a service's VOResource record (VOResource 1.1, VODataService).
 *
 * @param resourceKey the path of the record's IVOID below the authority, e.g. {@code sia2}
 *                    for {@code ivo://demo.ozvo.org/sia2}
 * @param title       full title
 * @param shortName   at most 16 characters
 * @param description what the service offers, for people searching the registry
 * @param subjects    subject keywords (UAT terms)
 * @param type        the record's {@code xsi:type}
 * @param tableset    schemas to describe in the record's tableset; empty for none
 * @param waveband    VODataService wavebands of the data (e.g. {@code Optical}), possibly empty
 */
public record ServiceRegistration(String resourceKey, String title, String shortName, String description,
                                  List<String> subjects, ResourceType type, List<SchemaDesc> tableset,
                                  List<String> waveband) {

    /** Resource types of service records. */
    public enum ResourceType {
        /** {@code vs:CatalogService}: a service with a tableset (or a table-like output). */
        CATALOG_SERVICE("vs:CatalogService"),
        /** {@code vs:DataService}: a service giving access to data without a tableset. */
        DATA_SERVICE("vs:DataService");

        private final String xsiType;

        ResourceType(String xsiType) {
            this.xsiType = xsiType;
        }

        /** The {@code xsi:type} of the record. */
        public String xsiType() {
            return xsiType;
        }
    }

    public ServiceRegistration {
        if (resourceKey == null || !resourceKey.matches("[\\w\\-.~*'()+=]+(/[\\w\\-.~*'()+=]+)*")) {
            throw new IllegalArgumentException("not a valid IVOID resource key: " + resourceKey);
        }
        if (shortName == null || shortName.length() > 16) {
            throw new IllegalArgumentException("shortName must have 1 to 16 characters: " + shortName);
        }
        if (subjects == null || subjects.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one subject");
        }
        subjects = List.copyOf(subjects);
        tableset = tableset == null ? List.of() : List.copyOf(tableset);
        waveband = waveband == null ? List.of() : List.copyOf(waveband);
    }
}
