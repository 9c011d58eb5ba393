package org.ozvo.server.sia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.fault.NotFoundFault;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.server.testing.IvoaSchemas;

class Sia2ResultsTest {

    static final ArchiveLayout LAYOUT = new ArchiveLayout("ivo://test.ozvo.org", "http://h:1/vo", Path.of("/tmp"));

    @Test
    void metadataOnlyResponseIsAValidVoTableWithDescriptors() throws Exception {
        Sia2Options options = new Sia2Options(List.of("6dfgs_thumbnails"), List.of("UKST"), List.of("SuperCOSMOS"),
            List.of("image"), List.of("2"), List.of("application/x-votable+xml;content=datalink"));
        String xml;
        try (TableResult r = Sia2Results.result(RowCursor.empty(), 0, LAYOUT, options)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TableWriterRegistry.standard().defaultFormat().writer().write(r, out);
            xml = out.toString(StandardCharsets.UTF_8);
        }
        IvoaSchemas.assertValid(xml, "SIA2 MAXREC=0 response");
        assertTrue(xml.contains("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\""), xml);
        assertTrue(xml.contains("name=\"standardID\" value=\"ivo://ivoa.net/std/SIA#query-2.0\""), xml);
        assertTrue(xml.matches("(?s).*<FIELD ID=\"pubdid\"[^>]* name=\"obs_publisher_did\".*"), xml);
        assertTrue(xml.contains("ref=\"pubdid\""), xml);
        assertTrue(xml.contains("value=\"ivo://ivoa.net/std/DataLink#links-1.1\""), xml);
        assertTrue(xml.contains("<OPTION value=\"6dfgs_thumbnails\"/>"), xml);
        assertTrue(xml.contains("name=\"BAND\" datatype=\"double\" arraysize=\"2\" xtype=\"interval\" unit=\"m\""), xml);
        assertTrue(xml.contains("value=\"http://h:1/vo/sia2/query\""), xml);
    }

    @Test
    void errorsCarryTheSiaFaultNameInTheRequestedFormat() {
        TableWriterRegistry reg = TableWriterRegistry.standard();
        Sia2Errors.ErrorDocument vot = Sia2Errors.document(new UsageFault("POS: bad"), reg.select("votable"));
        assertEquals(400, vot.status());
        assertTrue(vot.body().contains("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">UsageFault: POS: bad</INFO>"),
            vot.body());
        assertEquals("application/x-votable+xml", vot.contentType());
        IvoaSchemas.assertValid(vot.body(), "SIA2 error document");
        Sia2Errors.ErrorDocument csv = Sia2Errors.document(new TransientFault("later"), reg.select("csv"));
        assertEquals(503, csv.status());
        assertEquals("TransientFault: later\n", csv.body());
        assertTrue(csv.contentType().startsWith("text/plain"));
        assertEquals(400, Sia2Errors.document(new UsageFault("x"), null).status());
        assertEquals("DefaultFault", Sia2Errors.name(new NotFoundFault("x")));
    }
}
