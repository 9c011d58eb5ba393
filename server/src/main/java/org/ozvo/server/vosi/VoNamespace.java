package org.ozvo.server.vosi;

/**
 * The XML namespaces of the VO resource documents with the prefixes clients expect
 * (VOSI-5): pyvo 1.2.1 matches {@code xsi:type} values such as {@code tr:TableAccess} and
 * {@code vs:ParamHTTP} literally, so these prefixes are part of the contract.
 */
public enum VoNamespace {
    /** VOResource 1.1. */
    VR("vr", "http://www.ivoa.net/xml/VOResource/v1.0"),
    /** VODataService 1.1/1.2. */
    VS("vs", "http://www.ivoa.net/xml/VODataService/v1.1"),
    /** TAPRegExt 1.0. */
    TR("tr", "http://www.ivoa.net/xml/TAPRegExt/v1.0"),
    /** SimpleDALRegExt SSA capability. */
    SSA("ssa", "http://www.ivoa.net/xml/SSA/v1.1"),
    /** SimpleDALRegExt SIA capability. */
    SIA("sia", "http://www.ivoa.net/xml/SIA/v1.1"),
    /** VORegistry 1.1. */
    VG("vg", "http://www.ivoa.net/xml/VORegistry/v1.0"),
    /** Registry Interfaces 1.1. */
    RI("ri", "http://www.ivoa.net/xml/RegistryInterface/v1.0"),
    /** VOSI capabilities. */
    VOSI_CAPABILITIES("vosi", "http://www.ivoa.net/xml/VOSICapabilities/v1.0"),
    /** VOSI tables. */
    VOSI_TABLES("vosi", "http://www.ivoa.net/xml/VOSITables/v1.0"),
    /** OAI-PMH 2.0 protocol elements. */
    OAI("oai", "http://www.openarchives.org/OAI/2.0/"),
    /** XML Schema instance, for {@code xsi:type}. */
    XSI("xsi", "http://www.w3.org/2001/XMLSchema-instance");

    private final String prefix;
    private final String uri;

    VoNamespace(String prefix, String uri) {
        this.prefix = prefix;
        this.uri = uri;
    }

    /** Conventional prefix. */
    public String prefix() {
        return prefix;
    }

    /** Namespace URI. */
    public String uri() {
        return uri;
    }

    /** A qualified name for an {@code xsi:type} value, e.g. {@code vs:ParamHTTP}. */
    public String qname(String local) {
        return prefix + ":" + local;
    }
}
