package org.ozvo.server.vosi;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ozvo.dali.votable.Xml;

/** Writes the VOSI 1.1 availability document (VOSI 1.1 section 3.3, VOSIAvailability-v1.0.xsd). */
public final class AvailabilityDocument {

    public static final String CONTENT_TYPE = "text/xml";

    private AvailabilityDocument() {
    }

    public static String render(AvailabilityProbe.Availability a, Instant now) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<vosi:availability xmlns:vosi=\"http://www.ivoa.net/xml/VOSIAvailability/v1.0\">\n")
          .append("  <vosi:available>").append(a.available()).append("</vosi:available>\n");
        if (a.available()) {
            sb.append("  <vosi:upSince>").append(a.upSince().truncatedTo(ChronoUnit.SECONDS)).append("</vosi:upSince>\n");
        }
        for (String note : a.notes()) {
            sb.append("  <vosi:note>").append(Xml.escape(note)).append("</vosi:note>\n");
        }
        Duration uptime = Duration.between(a.upSince(), now);
        sb.append("  <vosi:note>server up for ").append(uptime.toSeconds()).append(" s</vosi:note>\n")
          .append("</vosi:availability>\n");
        return sb.toString();
    }
}
