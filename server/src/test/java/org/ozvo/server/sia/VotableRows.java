package org.ozvo.server.sia;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads a small TABLEDATA VOTable response into rows of column name to cell text, for assertions. */
final class VotableRows {

    static final String VOT = "http://www.ivoa.net/xml/VOTable/v1.3";

    final Document doc;
    final List<String> fields = new ArrayList<>();
    final List<Map<String, String>> rows = new ArrayList<>();

    VotableRows(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList fieldNodes = doc.getElementsByTagNameNS(VOT, "FIELD");
        for (int i = 0; i < fieldNodes.getLength(); i++) {
            fields.add(((Element) fieldNodes.item(i)).getAttribute("name"));
        }
        NodeList trs = doc.getElementsByTagNameNS(VOT, "TR");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList tds = ((Element) trs.item(i)).getElementsByTagNameNS(VOT, "TD");
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < tds.getLength(); j++) {
                row.put(fields.get(j), tds.item(j).getTextContent());
            }
            rows.add(row);
        }
    }

    /** The values of one column, in row order. */
    List<String> column(String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    /** The value of the first INFO with this name, or null. */
    String info(String name) {
        NodeList infos = doc.getElementsByTagNameNS(VOT, "INFO");
        for (int i = 0; i < infos.getLength(); i++) {
            Element e = (Element) infos.item(i);
            if (name.equals(e.getAttribute("name"))) {
                return e.getAttribute("value");
            }
        }
        return null;
    }

    /** Values of every INFO with this name, in document order. */
    List<String> infos(String name) {
        NodeList infos = doc.getElementsByTagNameNS(VOT, "INFO");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < infos.getLength(); i++) {
            Element e = (Element) infos.item(i);
            if (name.equals(e.getAttribute("name"))) {
                out.add(e.getAttribute("value"));
            }
        }
        return out;
    }
}
