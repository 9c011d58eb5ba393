package org.ozvo.server.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLStreamException;
import org.ozvo.server.vosi.Capability;
import org.ozvo.server.vosi.CapabilityXml;
import org.ozvo.server.vosi.TablesetXml;
import org.ozvo.server.vosi.VoNamespace;
import org.ozvo.server.vosi.XmlOut;

/**
 * Writes a {@link ResourceRecord} as an {@code ri:Resource} (Registry Interfaces 1.1,
 * VOResource 1.1, REG-1): children in the order the type hierarchy's sequences demand, all
 * unqualified below the prefixed root, every namespace an {@code xsi:type} may use declared on
 * the root so the element can stand alone inside an OAI-PMH {@code metadata} element.
 */
public final class VoResourceWriter {

    private static final String CONTENT_LEVEL = "Research";

    private VoResourceWriter() {
    }

    /** The record as a standalone XML document. */
    public static String document(ResourceRecord record, RecordState state, RegistryIdentity identity) {
        return XmlOut.render(out -> write(out, record, state, identity));
    }

    /** Writes the {@code ri:Resource} element. */
    public static void write(XmlOut out, ResourceRecord r, RecordState state, RegistryIdentity id)
            throws XMLStreamException {
        out.start(VoNamespace.RI, "Resource").declare(VoNamespace.RI).declare(CapabilityXml.NAMESPACES)
            .xsiType(r.kind().xsiType())
            .attr("created", timestamp(state.created())).attr("updated", timestamp(state.updated()))
            .attr("status", state.status());
        out.element("title", r.title()).element("shortName", r.shortName()).element("identifier", r.ivoid());
        writeCuration(out, id);
        writeContent(out, r, id);
        if (r.kind().isService()) {
            for (Capability c : r.capabilities()) {
                CapabilityXml.write(out, c, CapabilityXml.Detail.REGISTRY);
            }
        }
        if (r.kind().isData() && !r.wavebands().isEmpty()) {
            out.start("coverage");
            for (String band : r.wavebands()) {
                out.element("waveband", band);
            }
            out.end();
        }
        if (r.kind().hasTableset() && !r.tableset().isEmpty()) {
            out.start("tableset");
            TablesetXml.writeSchemas(out, r.tableset(), TablesetXml.Detail.MAX);
            out.end();
        }
        if (r.kind() == ResourceRecord.Kind.REGISTRY) {
            // A publishing registry: not a full registry, managing our authority (REG-10).
            out.element("full", "false").element("managedAuthority", id.authorityId());
        }
        if (r.kind() == ResourceRecord.Kind.AUTHORITY) {
            out.element("managingOrg", id.publisher());
        }
        out.end();
    }

    private static void writeCuration(XmlOut out, RegistryIdentity id) throws XMLStreamException {
        out.start("curation").element("publisher", id.publisher())
            .start("contact").element("name", id.contactName()).element("email", id.contactEmail()).end()
            .end();
    }

    private static void writeContent(XmlOut out, ResourceRecord r, RegistryIdentity id) throws XMLStreamException {
        out.start("content");
        for (String subject : r.subjects()) {
            out.element("subject", subject);
        }
        out.element("description", r.description()).element("referenceURL", id.referenceUrl());
        for (String type : r.contentTypes()) {
            out.element("type", type);
        }
        out.element("contentLevel", CONTENT_LEVEL);
        for (ResourceRecord.Relationship rel : r.relationships()) {
            out.start("relationship").element("relationshipType", rel.type())
                .start("relatedResource").attr("ivo-id", rel.relatedIvoid()).text(rel.relatedTitle()).end()
                .end();
        }
        out.end();
    }

    /** VOResource UTCTimestamp: seconds precision with {@code Z}. */
    static String timestamp(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
