package org.ozvo.server.vosi;

import javax.xml.stream.XMLStreamException;

/**
 * The content a registry extension adds to a capability (SimpleDALRegExt, TAPRegExt,
 * VORegistry), written after the interfaces as the schemas' sequences require.
 */
public sealed interface CapabilityExtension
        permits SiaCapability, SsaCapability, TapCapability, HarvestCapability {

    /** The capability's {@code xsi:type}, e.g. {@code tr:TableAccess}. */
    String xsiType();

    /** Writes the extension's child elements (unqualified) inside the open capability element. */
    void writeContent(XmlOut out) throws XMLStreamException;
}
