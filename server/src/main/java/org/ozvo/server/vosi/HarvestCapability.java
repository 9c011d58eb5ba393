package org.ozvo.server.vosi;

import javax.xml.stream.XMLStreamException;

/**
 * VORegistry {@code vg:Harvest}: a publishing registry's OAI-PMH capability.
 *
 * @param maxRecords the most records one OAI-PMH response returns before a resumptionToken
 */
public record HarvestCapability(int maxRecords) implements CapabilityExtension {

    public HarvestCapability {
        if (maxRecords <= 0) {
            throw new IllegalArgumentException("maxRecords must be positive");
        }
    }

    @Override
    public String xsiType() {
        return VoNamespace.VG.qname("Harvest");
    }

    @Override
    public void writeContent(XmlOut out) throws XMLStreamException {
        out.element("maxRecords", maxRecords);
    }
}
