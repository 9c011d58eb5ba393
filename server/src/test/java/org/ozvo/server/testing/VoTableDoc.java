package org.ozvo.server.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A VOTable (TABLEDATA) read into a DOM for assertions on its structure: the results
 * RESOURCE's INFOs in document order, its PARAMs, the FIELDs with their attributes, the rows as
 * text, and the other RESOURCEs (service descriptors). Namespace-aware; test use only.
 */
public final class VoTableDoc {

    private static final String NS = "http://www.ivoa.net/xml/VOTable/v1.3";

    private final Document doc;
    private final Element results;
    private final List<Map<String, String>> fields = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    private VoTableDoc(Document doc) {
        this.doc = doc;
        Element res = null;
        for (Element r : children(doc.getDocumentElement(), "RESOURCE")) {
            if ("results".equals(r.getAttribute("type"))) {
                res = r;
                break;
            }
        }
        this.results = res;
        if (res != null) {
            for (Element table : children(res, "TABLE")) {
                for (Element f : children(table, "FIELD")) {
                    fields.add(attributes(f));
                }
                NodeList trs = table.getElementsByTagNameNS(NS, "TR");
                for (int i = 0; i < trs.getLength(); i++) {
                    List<String> cells = new ArrayList<>();
                    for (Element td : children((Element) trs.item(i), "TD")) {
                        cells.add(td.getTextContent());
                    }
                    rows.add(cells);
                }
            }
        }
    }

    /** Parses a document. */
    public static VoTableDoc parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new VoTableDoc(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("not an XML document: " + e.getMessage() + "\n" + new String(xml), e);
        }
    }

    /** The VOTABLE version attribute. */
    public String version() {
        return doc.getDocumentElement().getAttribute("version");
    }

    /** True if there is a {@code RESOURCE type="results"}. */
    public boolean hasResults() {
        return results != null;
    }

    /** The value of the first QUERY_STATUS INFO of the results RESOURCE (what pyvo reads). */
    public String status() {
        return infos().stream().filter(i -> i.get("name").equals("QUERY_STATUS")).findFirst()
            .map(i -> i.get("value")).orElse(null);
    }

    /** The element names of the results RESOURCE's children, in order (to check INFO placement). */
    public List<String> resultsChildren() {
        List<String> out = new ArrayList<>();
        for (Node n = results.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e.getLocalName() + (e.hasAttribute("name") ? ":" + e.getAttribute("name") : ""));
            }
        }
        return out;
    }

    /** INFOs directly in the results RESOURCE, before and after the TABLE: name, value, text. */
    public List<Map<String, String>> infos() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Element i : children(results, "INFO")) {
            Map<String, String> m = attributes(i);
            m.put("text", i.getTextContent());
            out.add(m);
        }
        return out;
    }

    /** PARAMs directly in the results RESOURCE. */
    public List<Map<String, String>> params() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Element p : children(results, "PARAM")) {
            Map<String, String> m = attributes(p);
            children(p, "DESCRIPTION").forEach(d -> m.put("description", d.getTextContent()));
            out.add(m);
        }
        return out;
    }

    /** FIELD attributes in order. */
    public List<Map<String, String>> fields() {
        return fields;
    }

    /** Index of the FIELD with this name, or -1. */
    public int column(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (name.equals(fields.get(i).get("name"))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the FIELD with this utype, or -1. */
    public int columnByUtype(String utype) {
        for (int i = 0; i < fields.size(); i++) {
            if (utype.equals(fields.get(i).get("utype"))) {
                return i;
            }
        }
        return -1;
    }

    /** The cells of a column, by FIELD name. */
    public List<String> values(String name) {
        int c = column(name);
        if (c < 0) {
            throw new AssertionError("no FIELD " + name + " in " + fields);
        }
        return rows.stream().map(r -> r.get(c)).toList();
    }

    /** The rows, cells as text. */
    public List<List<String>> rows() {
        return rows;
    }

    /** The {@code RESOURCE type="meta"} elements, each as its attributes plus its PARAM values by name. */
    public List<Map<String, String>> metaResources() {
        List<Map<String, String>> out = new ArrayList<>();
        for (Element r : children(doc.getDocumentElement(), "RESOURCE")) {
            if ("meta".equals(r.getAttribute("type"))) {
                Map<String, String> m = attributes(r);
                NodeList params = r.getElementsByTagNameNS(NS, "PARAM");
                for (int i = 0; i < params.getLength(); i++) {
                    Element p = (Element) params.item(i);
                    m.put("PARAM:" + p.getAttribute("name"), p.getAttribute("value"));
                    if (p.hasAttribute("ref")) {
                        m.put("REF:" + p.getAttribute("name"), p.getAttribute("ref"));
                    }
                }
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            m.put(a.getNodeName(), a.getNodeValue());
        }
        return m;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
