package org.ozvo.datalink.links;

import org.ozvo.dali.votable.Xml;

/**
 * Writes a {@link ServiceDescriptor} as the VOTable fragment DataLink 1.1 section 4.1 defines and
 * pyvo 1.2.1 reads: {@code RESOURCE type="meta" utype="adhoc:service"} with PARAMs
 * {@code standardID}, {@code accessURL}, {@code contentType} and a
 * {@code GROUP name="inputParams"}. Stateless.
 */
public final class DescriptorXml {

    private DescriptorXml() {
    }

    /** The RESOURCE element, in the VOTable 1.3 namespace of the enclosing document. */
    public static String render(ServiceDescriptor d) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<RESOURCE type=\"meta\" utype=\"adhoc:service\"");
        attr(sb, "ID", d.xmlId());
        attr(sb, "name", d.name());
        sb.append(">\n");
        if (d.description() != null) {
            sb.append("  <DESCRIPTION>").append(Xml.escape(d.description())).append("</DESCRIPTION>\n");
        }
        if (d.standardId() != null) {
            fixedParam(sb, "standardID", d.standardId());
        }
        fixedParam(sb, "accessURL", d.accessUrl());
        if (d.contentType() != null) {
            fixedParam(sb, "contentType", d.contentType());
        }
        sb.append("  <GROUP name=\"inputParams\">\n");
        for (DescriptorParam p : d.inputs()) {
            param(sb, p);
        }
        sb.append("  </GROUP>\n</RESOURCE>");
        return sb.toString();
    }

    private static void fixedParam(StringBuilder sb, String name, String value) {
        sb.append("  <PARAM name=\"").append(name).append("\" datatype=\"char\" arraysize=\"*\" value=\"")
          .append(Xml.escape(value)).append("\"/>\n");
    }

    private static void param(StringBuilder sb, DescriptorParam p) {
        sb.append("    <PARAM");
        attr(sb, "name", p.name());
        attr(sb, "datatype", p.datatype());
        attr(sb, "arraysize", p.arraysize());
        attr(sb, "xtype", p.xtype());
        attr(sb, "unit", p.unit());
        attr(sb, "ucd", p.ucd());
        attr(sb, "value", p.value());
        attr(sb, "ref", p.ref());
        boolean values = p.min() != null || p.max() != null || !p.options().isEmpty();
        if (p.description() == null && !values) {
            sb.append("/>\n");
            return;
        }
        sb.append(">\n");
        if (p.description() != null) {
            sb.append("      <DESCRIPTION>").append(Xml.escape(p.description())).append("</DESCRIPTION>\n");
        }
        if (values) {
            sb.append("      <VALUES>\n");
            if (p.min() != null) {
                sb.append("        <MIN value=\"").append(Xml.escape(p.min())).append("\"/>\n");
            }
            if (p.max() != null) {
                sb.append("        <MAX value=\"").append(Xml.escape(p.max())).append("\"/>\n");
            }
            for (String o : p.options()) {
                sb.append("        <OPTION value=\"").append(Xml.escape(o)).append("\"/>\n");
            }
            sb.append("      </VALUES>\n");
        }
        sb.append("    </PARAM>\n");
    }

    private static void attr(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(' ').append(name).append("=\"").append(Xml.escape(value)).append('"');
        }
    }
}
