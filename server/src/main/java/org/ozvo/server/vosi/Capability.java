package org.ozvo.server.vosi;

import java.util.List;

/**
 * One capability of a service (VOResource 1.1 Capability): what standard it implements, where
 * and how to call it, and, for standards with a registry extension, the extension's content
 * (service limits and the like). Written the same way into VOSI capabilities documents and
 * registry records, so the two can never disagree.
 *
 * @param standardId  IVOID of the standard, e.g. {@code ivo://ivoa.net/std/SIA#query-2.0};
 *                    always set, since pyvo 1.2.1 calls {@code standardid.lower()} on every one
 * @param description short text, or null
 * @param interfaces  how to call it
 * @param extension   registry-extension content and {@code xsi:type}, or null for a plain
 *                    {@code vr:Capability}
 */
public record Capability(String standardId, String description, List<CapabilityInterface> interfaces,
                         CapabilityExtension extension) {

    public Capability {
        if (standardId == null || standardId.isBlank()) {
            throw new IllegalArgumentException("every capability needs a standardID");
        }
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
    }

    /** A plain capability with one interface. */
    public static Capability of(String standardId, String description, CapabilityInterface anInterface) {
        return new Capability(standardId, description, List.of(anInterface), null);
    }

    /** This capability typed with a registry extension. */
    public Capability with(CapabilityExtension ext) {
        return new Capability(standardId, description, interfaces, ext);
    }

    /** The first access URL of the first interface. */
    public String accessUrl() {
        return interfaces.isEmpty() ? null : interfaces.get(0).accessUrls().get(0).url();
    }
}
