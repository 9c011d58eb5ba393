package org.ozvo.server.vosi;

import java.util.List;

/**
 * The VOSI 1.1 capabilities document (VOSI-1): {@code <vosi:capabilities>} holding one
 * unqualified {@code <capability>} per capability, with the {@code vr}, {@code vs},
 * {@code tr}, {@code ssa}, {@code sia}, {@code vg} and {@code xsi} prefixes declared on the
 * root so every {@code xsi:type} resolves. Interfaces are written with
 * {@link CapabilityXml.Detail#VOSI} detail.
 */
public final class CapabilitiesDocument {

    /** MIME type of the document. */
    public static final String CONTENT_TYPE = "text/xml";

    private CapabilitiesDocument() {
    }

    /** Renders the document. */
    public static String render(List<Capability> capabilities) {
        return XmlOut.render(out -> {
            out.start(VoNamespace.VOSI_CAPABILITIES, "capabilities")
                .declare(VoNamespace.VOSI_CAPABILITIES).declare(CapabilityXml.NAMESPACES);
            for (Capability c : capabilities) {
                CapabilityXml.write(out, c, CapabilityXml.Detail.VOSI);
            }
            out.end();
        });
    }
}
