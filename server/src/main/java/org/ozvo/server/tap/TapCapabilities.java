package org.ozvo.server.tap;

import adql.parser.feature.LanguageFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ozvo.adql.AdqlFeatures;
import org.ozvo.adql.AdqlVersion;
import org.ozvo.dali.votable.Xml;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.tap.TapLimits;

/**
 * The VOSI capabilities document of the TAP service with the TAPRegExt 1.0 capability, written
 * from the same sources the service runs on: the ADQL feature list the parser enforces, the
 * writer registry, the limits. Prefixes {@code tr:}, {@code vs:}, {@code vr:} as pyvo 1.2.1
 * matches them literally; children of the root are unqualified (VOSI-6). Stateless.
 */
public final class TapCapabilities {

    public static final String CONTENT_TYPE = "text/xml";

    private TapCapabilities() {
    }

    /** The document for a service whose base URL is {@code tapUrl} (no trailing slash). */
    public static String render(String tapUrl, TapLimits limits, TableWriterRegistry formats) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<vosi:capabilities xmlns:vosi=\"http://www.ivoa.net/xml/VOSICapabilities/v1.0\"\n")
          .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
          .append("    xmlns:vr=\"http://www.ivoa.net/xml/VOResource/v1.0\"\n")
          .append("    xmlns:vs=\"http://www.ivoa.net/xml/VODataService/v1.1\"\n")
          .append("    xmlns:tr=\"http://www.ivoa.net/xml/TAPRegExt/v1.0\">\n");
        tap(sb, tapUrl, limits, formats);
        vosi(sb, "ivo://ivoa.net/std/VOSI#capabilities", tapUrl + "/capabilities");
        vosi(sb, "ivo://ivoa.net/std/VOSI#availability", tapUrl + "/availability");
        vosi(sb, "ivo://ivoa.net/std/VOSI#tables-1.1", tapUrl + "/tables");
        sb.append("  <capability standardID=\"ivo://ivoa.net/std/DALI#examples\">\n")
          .append("    <interface xsi:type=\"vr:WebBrowser\">\n")
          .append("      <accessURL use=\"full\">").append(Xml.escape(tapUrl + "/examples")).append("</accessURL>\n")
          .append("    </interface>\n  </capability>\n");
        return sb.append("</vosi:capabilities>\n").toString();
    }

    private static void tap(StringBuilder sb, String tapUrl, TapLimits limits, TableWriterRegistry formats) {
        sb.append("  <capability standardID=\"ivo://ivoa.net/std/TAP\" xsi:type=\"tr:TableAccess\">\n")
          .append("    <interface xsi:type=\"vs:ParamHTTP\" role=\"std\" version=\"1.1\">\n")
          .append("      <accessURL use=\"base\">").append(Xml.escape(tapUrl)).append("</accessURL>\n")
          .append("    </interface>\n")
          .append("    <dataModel ivo-id=\"ivo://ivoa.net/std/ObsCore#core-1.1\">ObsCore-1.1</dataModel>\n")
          .append("    <language>\n      <name>ADQL</name>\n");
        for (AdqlVersion v : AdqlVersion.values()) {
            sb.append("      <version ivo-id=\"").append(v.ivoId()).append("\">").append(v.number()).append("</version>\n");
        }
        sb.append("      <description>ADQL 2.0 and 2.1 (LANG=ADQL means 2.1), translated to PostgreSQL with pgSphere;"
            + " geometry on ivoa.obscore uses spatial indexes. No user-defined functions.</description>\n");
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (LanguageFeature f : AdqlFeatures.supported()) {
            StringBuilder g = groups.computeIfAbsent(f.type, t -> new StringBuilder());
            g.append("        <feature>\n          <form>").append(Xml.escape(f.form)).append("</form>\n");
            if (f.description != null) {
                g.append("          <description>").append(Xml.escape(f.description)).append("</description>\n");
            }
            g.append("        </feature>\n");
        }
        groups.forEach((type, features) -> sb.append("      <languageFeatures type=\"").append(Xml.escape(type))
            .append("\">\n").append(features).append("      </languageFeatures>\n"));
        sb.append("    </language>\n");
        for (TableWriterRegistry.Format f : formats.formats()) {
            sb.append("    <outputFormat");
            if (f.ivoId() != null) {
                sb.append(" ivo-id=\"").append(Xml.escape(f.ivoId())).append('"');
            }
            sb.append(">\n      <mime>").append(Xml.escape(f.mime())).append("</mime>\n");
            for (String alias : List.of(f.aliases().get(0))) {
                sb.append("      <alias>").append(Xml.escape(alias)).append("</alias>\n");
            }
            sb.append("    </outputFormat>\n");
        }
        for (String method : List.of("inline", "http", "https")) {
            sb.append("    <uploadMethod ivo-id=\"ivo://ivoa.net/std/TAPRegExt#upload-").append(method).append("\"/>\n");
        }
        limit(sb, "retentionPeriod", limits.defaultRetentionSecs(), limits.hardRetentionSecs(), null);
        limit(sb, "executionDuration", limits.defaultExecutionSecs(), limits.hardExecutionSecs(), null);
        limit(sb, "outputLimit", limits.defaultMaxrec(), limits.hardMaxrec(), "row");
        limit(sb, "uploadLimit", limits.maxUploadBytes(), limits.maxUploadBytes(), "byte");
        sb.append("  </capability>\n");
    }

    private static void limit(StringBuilder sb, String name, long def, long hard, String unit) {
        String u = unit == null ? "" : " unit=\"" + unit + "\"";
        sb.append("    <").append(name).append(">\n")
          .append("      <default").append(u).append('>').append(def).append("</default>\n")
          .append("      <hard").append(u).append('>').append(hard).append("</hard>\n")
          .append("    </").append(name).append(">\n");
    }

    private static void vosi(StringBuilder sb, String standardId, String url) {
        sb.append("  <capability standardID=\"").append(standardId).append("\">\n")
          .append("    <interface xsi:type=\"vs:ParamHTTP\">\n")
          .append("      <accessURL use=\"full\">").append(Xml.escape(url)).append("</accessURL>\n")
          .append("    </interface>\n  </capability>\n");
    }
}
