package org.ozvo.server.vosi;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * SimpleDALRegExt 1.2 {@code ssa:SimpleSpectralAccess} content (SSA-v1.2.xsd), children in
 * schema order (REG-2).
 *
 * @param complianceLevel   {@code query}, {@code minimal} or {@code full}
 * @param dataSources       e.g. {@code survey}
 * @param creationTypes     e.g. {@code archival}
 * @param supportedFrames   e.g. {@code ICRS}
 * @param maxSearchRadius   degrees, or null
 * @param maxRecords        hard MAXREC limit
 * @param defaultMaxRecords MAXREC when the client gives none
 * @param maxAperture       degrees, or null
 * @param maxFileSize       bytes, or null
 * @param testQueryDataCmd  a query string returning rows (without the base URL), or null
 */
public record SsaCapability(String complianceLevel, List<String> dataSources, List<String> creationTypes,
                            List<String> supportedFrames, Double maxSearchRadius, long maxRecords,
                            long defaultMaxRecords, Double maxAperture, Long maxFileSize,
                            String testQueryDataCmd) implements CapabilityExtension {

    public SsaCapability {
        dataSources = List.copyOf(dataSources);
        creationTypes = List.copyOf(creationTypes);
        supportedFrames = List.copyOf(supportedFrames);
        if (dataSources.isEmpty() || creationTypes.isEmpty() || supportedFrames.isEmpty()) {
            throw new IllegalArgumentException("dataSource, creationType and supportedFrame are required");
        }
        if (maxRecords <= 0 || defaultMaxRecords <= 0 || defaultMaxRecords > maxRecords) {
            throw new IllegalArgumentException("need 0 < defaultMaxRecords <= maxRecords");
        }
    }

    @Override
    public String xsiType() {
        return VoNamespace.SSA.qname("SimpleSpectralAccess");
    }

    @Override
    public void writeContent(XmlOut out) throws XMLStreamException {
        out.element("complianceLevel", complianceLevel);
        for (String s : dataSources) {
            out.element("dataSource", s);
        }
        for (String s : creationTypes) {
            out.element("creationType", s);
        }
        for (String s : supportedFrames) {
            out.element("supportedFrame", s);
        }
        out.element("maxSearchRadius", maxSearchRadius);
        out.element("maxRecords", maxRecords);
        out.element("defaultMaxRecords", defaultMaxRecords);
        out.element("maxAperture", maxAperture);
        out.element("maxFileSize", maxFileSize);
        if (testQueryDataCmd != null) {
            out.start("testQuery").element("queryDataCmd", testQueryDataCmd).end();
        }
    }
}
