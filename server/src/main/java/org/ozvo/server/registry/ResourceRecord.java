package org.ozvo.server.registry;

import java.util.List;
import org.ozvo.schema.tap.SchemaDesc;
import org.ozvo.server.vosi.Capability;

/**
 * The content of one VOResource record, without its dates and status (those come from
 * {@link RecordDatestamps}, so a record's content alone decides when it last changed).
 *
 * @param ivoid         the record's identifier, also its OAI-PMH identifier
 * @param kind          the record's type
 * @param title         title
 * @param shortName     at most 16 characters
 * @param description   what the resource is
 * @param subjects      subject keywords
 * @param contentTypes  VOResource content types ({@code Archive}, {@code Survey}, {@code Registry}, ...)
 * @param capabilities  capabilities (services and the registry only)
 * @param tableset      tables described in the record (catalog services and resources)
 * @param wavebands     coverage wavebands (data resources only)
 * @param relationships related resources
 */
public record ResourceRecord(String ivoid, Kind kind, String title, String shortName, String description,
                             List<String> subjects, List<String> contentTypes, List<Capability> capabilities,
                             List<SchemaDesc> tableset, List<String> wavebands, List<Relationship> relationships) {

    /** The record types this registry publishes, with what their schema types allow. */
    public enum Kind {
        /** {@code vs:CatalogService}: capabilities, coverage and a tableset. */
        CATALOG_SERVICE("vs:CatalogService", true, true, true),
        /** {@code vs:DataService}: capabilities and coverage. */
        DATA_SERVICE("vs:DataService", true, true, false),
        /** {@code vs:CatalogResource}: a data collection with coverage and a tableset, no capabilities. */
        CATALOG_RESOURCE("vs:CatalogResource", false, true, true),
        /** {@code vg:Registry}: a publishing registry. */
        REGISTRY("vg:Registry", true, false, false),
        /** {@code vg:Authority}: the naming authority. */
        AUTHORITY("vg:Authority", false, false, false);

        private final String xsiType;
        private final boolean service;
        private final boolean data;
        private final boolean tables;

        Kind(String xsiType, boolean service, boolean data, boolean tables) {
            this.xsiType = xsiType;
            this.service = service;
            this.data = data;
            this.tables = tables;
        }

        /** The {@code xsi:type} of the {@code ri:Resource}. */
        public String xsiType() {
            return xsiType;
        }

        /** True if the type derives from {@code vr:Service} (rights, capabilities). */
        public boolean isService() {
            return service;
        }

        /** True if the type derives from {@code vs:DataResource} (facility, instrument, coverage). */
        public boolean isData() {
            return data;
        }

        /** True if the type may carry a tableset. */
        public boolean hasTableset() {
            return tables;
        }
    }

    /**
     * A VOResource 1.1 relationship.
     *
     * @param type          e.g. {@code IsServedBy}, {@code IsServiceFor}
     * @param relatedIvoid  the related record
     * @param relatedTitle  its title, the element's text
     */
    public record Relationship(String type, String relatedIvoid, String relatedTitle) {
    }

    public ResourceRecord {
        if (shortName != null && shortName.length() > 16) {
            throw new IllegalArgumentException("shortName longer than 16 characters: " + shortName);
        }
        subjects = List.copyOf(subjects);
        contentTypes = List.copyOf(contentTypes);
        capabilities = List.copyOf(capabilities);
        tableset = List.copyOf(tableset);
        wavebands = List.copyOf(wavebands);
        relationships = List.copyOf(relationships);
        if (!kind.isService() && !capabilities.isEmpty()) {
            throw new IllegalArgumentException(kind.xsiType() + " records have no capabilities");
        }
        if (!kind.hasTableset() && !tableset.isEmpty()) {
            throw new IllegalArgumentException(kind.xsiType() + " records have no tableset");
        }
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one subject");
        }
    }
}
