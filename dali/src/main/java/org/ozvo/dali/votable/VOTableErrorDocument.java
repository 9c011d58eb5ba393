package org.ozvo.dali.votable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The DALI 1.1 error document: a VOTable whose results RESOURCE holds one
 * {@code INFO name="QUERY_STATUS" value="ERROR"} with the message. Used by every service for
 * errors found before any result was written.
 */
public final class VOTableErrorDocument {

    /** MIME type of the document. */
    public static final String CONTENT_TYPE = "application/x-votable+xml";

    private VOTableErrorDocument() {
    }

    /**
     * Writes the document; does not close the stream.
     *
     * @param message     for the client; XML-escaped here
     * @param extraInfos  further INFO name/value pairs placed after QUERY_STATUS (e.g. the SSA
     *                    serviceProtocol); may be empty
     */
    public static void write(OutputStream out, String message, String... extraInfos) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text(message, extraInfos));
        w.flush();
    }

    /** The document as a string. */
    public static String text(String message, String... extraInfos) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
          .append("<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\"")
          .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n")
          .append("  <RESOURCE type=\"results\">\n")
          .append("    <INFO name=\"QUERY_STATUS\" value=\"ERROR\">")
          .append(Xml.escape(message == null ? "unknown error" : message))
          .append("</INFO>\n");
        for (int i = 0; i + 1 < extraInfos.length; i += 2) {
            sb.append("    <INFO name=\"").append(Xml.escape(extraInfos[i])).append("\" value=\"")
              .append(Xml.escape(extraInfos[i + 1])).append("\"/>\n");
        }
        sb.append("  </RESOURCE>\n</VOTABLE>\n");
        return sb.toString();
    }
}
