package org.ozvo.server.registry;

import javax.xml.stream.XMLStreamException;
import org.ozvo.server.vosi.VoNamespace;
import org.ozvo.server.vosi.XmlOut;

/**
 * Writes a record in OAI-PMH's mandatory {@code oai_dc} format (Dublin Core, REG-7), the way
 * DaCHS maps VOResource: title, identifier, publisher, subjects, description, date, type.
 */
public final class DublinCoreWriter {

    /** Namespace of the {@code oai_dc:dc} container. */
    public static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    /** Dublin Core elements. */
    public static final String DC = "http://purl.org/dc/elements/1.1/";

    private DublinCoreWriter() {
    }

    /** Writes the {@code oai_dc:dc} element. */
    public static void write(XmlOut out, ResourceRecord r, RecordState state, RegistryIdentity id)
            throws XMLStreamException {
        out.start("oai_dc", OAI_DC, "dc").declare("oai_dc", OAI_DC).declare("dc", DC).declare(VoNamespace.XSI)
            .attr(VoNamespace.XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        dc(out, "title", r.title());
        dc(out, "identifier", r.ivoid());
        dc(out, "publisher", id.publisher());
        for (String s : r.subjects()) {
            dc(out, "subject", s);
        }
        dc(out, "description", r.description());
        dc(out, "date", VoResourceWriter.timestamp(state.updated()));
        dc(out, "type", r.kind().xsiType().substring(r.kind().xsiType().indexOf(':') + 1));
        dc(out, "relation", id.referenceUrl());
        out.end();
    }

    private static void dc(XmlOut out, String name, String value) throws XMLStreamException {
        out.start("dc", DC, name).text(value).end();
    }
}
