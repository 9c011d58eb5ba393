package org.ozvo.server.vosi;

import javax.xml.stream.XMLStreamException;

/**
 * Writes {@link Capability capabilities} as unqualified {@code <capability>} elements, the
 * form both a VOSI capabilities document and a VOResource record use. The caller declares the
 * {@link #NAMESPACES} on an enclosing element.
 *
 * <p>Two levels of detail, from the same model: registry records carry everything; VOSI
 * documents leave out the {@code queryType} and {@code param} elements of ParamHTTP
 * interfaces, because pyvo 1.2.1 reads the capabilities each time a service object is made and
 * warns about every {@code param} (it does not model them) and about a second
 * {@code queryType} (its W17, although VODataService allows two). Both are optional.
 */
public final class CapabilityXml {

    /** How much of a ParamHTTP interface to write. */
    public enum Detail {
        /** Access URL, role, version and resultType: what clients of a running service need. */
        VOSI,
        /** Everything, query types and input parameters included: for registry records. */
        REGISTRY
    }

    /** Namespaces any capability may refer to in {@code xsi:type} values. */
    public static final VoNamespace[] NAMESPACES = {
        VoNamespace.VR, VoNamespace.VS, VoNamespace.TR, VoNamespace.SSA, VoNamespace.SIA, VoNamespace.VG,
        VoNamespace.XSI};

    private CapabilityXml() {
    }

    /** Writes one capability element: validationLevel, description, interfaces, extension. */
    public static void write(XmlOut out, Capability c, Detail detail) throws XMLStreamException {
        out.start("capability");
        if (c.extension() != null) {
            out.xsiType(c.extension().xsiType());
        }
        out.attr("standardID", c.standardId());
        out.element("description", c.description());
        for (CapabilityInterface i : c.interfaces()) {
            writeInterface(out, i, detail);
        }
        if (c.extension() != null) {
            c.extension().writeContent(out);
        }
        out.end();
    }

    private static void writeInterface(XmlOut out, CapabilityInterface i, Detail detail) throws XMLStreamException {
        out.start("interface").xsiType(i.type().xsiType()).attr("role", i.role()).attr("version", i.version());
        for (AccessUrl url : i.accessUrls()) {
            out.start("accessURL").attr("use", url.use().xml()).text(url.url()).end();
        }
        if (i.type() == CapabilityInterface.Type.PARAM_HTTP) {
            boolean full = detail == Detail.REGISTRY;
            for (String method : full ? i.queryTypes() : java.util.List.<String>of()) {
                out.element("queryType", method);
            }
            out.element("resultType", i.resultType());
            for (InputParam p : full ? i.params() : java.util.List.<InputParam>of()) {
                writeParam(out, p);
            }
            out.element("testQuery", i.testQuery());
        }
        out.end();
    }

    private static void writeParam(XmlOut out, InputParam p) throws XMLStreamException {
        out.start("param").attr("use", p.required() ? "required" : "optional").attr("std", p.std());
        out.element("name", p.name())
            .element("description", p.description())
            .element("unit", p.unit())
            .element("ucd", p.ucd());
        out.start("dataType").attr("arraysize", p.arraysize()).attr("extendedType", p.xtype())
            .text(p.datatype()).end();
        out.end();
    }
}
