package org.ozvo.server.vosi;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer over StAX for the VO resource documents: escaping and
 * namespace declarations are StAX's job, so no document is assembled from strings. Elements
 * written with {@link #start(String)} carry no namespace, which is what the VOResource family
 * of schemas wants below a prefixed root (VOSI-6). Not thread-safe; one instance per document.
 */
public final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();

    private XmlOut(Writer out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no StAX writer", e);
        }
    }

    /** Renders a document into a string: {@code body} writes the root element and its content. */
    public static String render(Body body) {
        StringWriter sw = new StringWriter(4096);
        XmlOut out = new XmlOut(sw);
        try {
            out.xml.writeStartDocument("UTF-8", "1.0");
            body.write(out);
            out.xml.writeCharacters("\n");
            out.xml.writeEndDocument();
            out.xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        return sw.toString();
    }

    /** Writes document content. */
    @FunctionalInterface
    public interface Body {
        /** Writes the root element. */
        void write(XmlOut out) throws XMLStreamException;
    }

    /** Starts an element without namespace. */
    public XmlOut start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        hasChildren.push(false);
        return this;
    }

    /** Starts an element in a namespace, written with its conventional prefix. */
    public XmlOut start(VoNamespace ns, String local) throws XMLStreamException {
        return start(ns.prefix(), ns.uri(), local);
    }

    /** Starts an element in a namespace with the given prefix ("" for the default namespace). */
    public XmlOut start(String prefix, String uri, String local) throws XMLStreamException {
        indent();
        xml.writeStartElement(prefix, local, uri);
        hasChildren.push(false);
        return this;
    }

    /** Declares namespaces on the element just started. */
    public XmlOut declare(VoNamespace... namespaces) throws XMLStreamException {
        for (VoNamespace ns : namespaces) {
            xml.writeNamespace(ns.prefix(), ns.uri());
        }
        return this;
    }

    /** Declares one namespace on the element just started. */
    public XmlOut declare(String prefix, String uri) throws XMLStreamException {
        if (prefix.isEmpty()) {
            xml.writeDefaultNamespace(uri);
        } else {
            xml.writeNamespace(prefix, uri);
        }
        return this;
    }

    /** Adds an attribute; a null value is skipped. */
    public XmlOut attr(String name, Object value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value.toString());
        }
        return this;
    }

    /** Adds a namespaced attribute such as {@code xsi:schemaLocation}; a null value is skipped. */
    public XmlOut attr(VoNamespace ns, String local, Object value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(ns.prefix(), ns.uri(), local, value.toString());
        }
        return this;
    }

    /** Adds {@code xsi:type}; a null type is skipped. */
    public XmlOut xsiType(String type) throws XMLStreamException {
        return attr(VoNamespace.XSI, "type", type);
    }

    /** Writes text content of the current element. */
    public XmlOut text(Object value) throws XMLStreamException {
        xml.writeCharacters(value.toString());
        return this;
    }

    /** Ends the current element. */
    public XmlOut end() throws XMLStreamException {
        boolean children = hasChildren.pop();
        if (children) {
            newline(hasChildren.size());
        }
        xml.writeEndElement();
        return this;
    }

    /** An empty element without namespace with one attribute, e.g. {@code <uploadMethod ivo-id="..."/>}. */
    public XmlOut empty(String name, String attribute, Object value) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
        if (value != null) {
            xml.writeAttribute(attribute, value.toString());
        }
        return this;
    }

    /** {@code <name>value</name>} without namespace; nothing when the value is null. */
    public XmlOut element(String name, Object value) throws XMLStreamException {
        if (value != null) {
            start(name).text(value).end();
        }
        return this;
    }

    /** {@code <prefix:name>value</prefix:name>}; nothing when the value is null. */
    public XmlOut element(VoNamespace ns, String name, Object value) throws XMLStreamException {
        if (value != null) {
            start(ns, name).text(value).end();
        }
        return this;
    }

    private void indent() throws XMLStreamException {
        if (!hasChildren.isEmpty()) {
            hasChildren.pop();
            hasChildren.push(true);
        }
        newline(hasChildren.size());
    }

    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
