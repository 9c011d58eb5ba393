package org.ozvo.dali.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableParam;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.VOTableTableWriter.Serialization;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.util.ByteArrayDataSource;

class TableWritersTest {

    private static final List<ColumnSpec> COLUMNS = List.of(
        ColumnSpec.text("obs_id").withUcd("meta.id").withDescription("id"),
        ColumnSpec.of("n", "int", null),
        ColumnSpec.of("s_region", "double", "*").withXtype("polygon").withUnit("deg"),
        ColumnSpec.of("t", "char", "*").withXtype("timestamp"));

    /** Rows 0..count-1 generated on the fly; fails with an IOException at failAt if >= 0. */
    private static RowCursor rows(int count, int failAt) {
        return new RowCursor() {
            int i = -1;

            @Override
            public boolean next() throws IOException {
                i++;
                if (i == failAt) {
                    throw new IOException("canceling statement due to statement timeout");
                }
                return i < count;
            }

            @Override
            public Object get(int column) {
                return switch (column) {
                    case 0 -> i == 1 ? "a,\"b\"" : "row" + i;
                    case 1 -> i % 2 == 0 ? null : i;
                    case 2 -> new double[] {i, 1, i + 1, 1, i, 2};
                    default -> "2020-01-0" + (i % 9 + 1) + "T00:00:00";
                };
            }

            @Override
            public void close() {
            }
        };
    }

    private static String write(TableWriter writer, TableResult result, WriteReport[] report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report[0] = writer.write(result, new NoCloseStream(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static StarTable parse(String votable) throws IOException {
        return new StarTableFactory().makeStarTable(
            new ByteArrayDataSource("t", votable.getBytes(StandardCharsets.UTF_8)), "votable");
    }

    @Test
    void everyVOTableSerializationRoundTripsWithStatusBeforeTheTable() throws IOException {
        for (Serialization s : Serialization.values()) {
            WriteReport[] report = new WriteReport[1];
            String doc = write(new VOTableTableWriter(s), TableResult.builder(COLUMNS, rows(5, -1))
                .tableName("result").info("QUERY", "SELECT 1")
                .param(new TableParam(ColumnSpec.text("standardID"), "ivo://x")).build(), report);
            assertEquals(5, report[0].rows());
            assertFalse(report[0].overflow());
            assertTrue(doc.indexOf("value=\"OK\"") < doc.indexOf("<TABLE"), doc);
            assertFalse(doc.contains("OVERFLOW"), doc);
            assertTrue(doc.contains("<RESOURCE type=\"results\">"));
            assertTrue(doc.contains("xtype=\"polygon\""), doc);
            assertTrue(doc.contains("xtype=\"timestamp\""), doc);
            StarTable t = parse(doc);
            assertEquals(4, t.getColumnCount());
            try (RowSequence seq = t.getRowSequence()) {
                int i = 0;
                while (seq.next()) {
                    assertEquals(i == 1 ? "a,\"b\"" : "row" + i, seq.getCell(0), s.name());
                    if (i % 2 == 0) {
                        assertNull(seq.getCell(1), s.name() + " null int row " + i);
                    } else {
                        assertEquals(i, ((Number) seq.getCell(1)).intValue());
                    }
                    assertArrayEquals(new double[] {i, 1, i + 1, 1, i, 2}, (double[]) seq.getCell(2), 0);
                    i++;
                }
                assertEquals(5, i);
            }
        }
    }

    @Test
    void overflowWritesExactlyMaxrecRowsAndATrailingOverflowInfo() throws IOException {
        WriteReport[] report = new WriteReport[1];
        String doc = write(new VOTableTableWriter(Serialization.TABLEDATA),
            TableResult.builder(COLUMNS, rows(10, -1)).maxrec(3).build(), report);
        assertEquals(3, report[0].rows());
        assertTrue(report[0].overflow());
        assertEquals(3, doc.split("<TR>", -1).length - 1);
        int tableEnd = doc.indexOf("</TABLE>");
        assertTrue(doc.indexOf("<INFO name=\"QUERY_STATUS\" value=\"OVERFLOW\"") > tableEnd, doc);
        assertTrue(doc.indexOf("<INFO name=\"QUERY_STATUS\" value=\"OK\"") < doc.indexOf("<TABLE"), doc);
    }

    @Test
    void exactlyMaxrecRowsIsNotAnOverflow() throws IOException {
        WriteReport[] report = new WriteReport[1];
        String doc = write(new VOTableTableWriter(Serialization.BINARY2),
            TableResult.builder(COLUMNS, rows(3, -1)).maxrec(3).build(), report);
        assertFalse(report[0].overflow());
        assertFalse(doc.contains("OVERFLOW"));
    }

    @Test
    void maxrecZeroIsMetadataOnlyWithLeadingOverflow() throws IOException {
        WriteReport[] report = new WriteReport[1];
        String doc = write(new VOTableTableWriter(Serialization.TABLEDATA),
            TableResult.builder(COLUMNS, rows(10, 0)).maxrec(0).build(), report);
        assertEquals(0, report[0].rows());
        assertTrue(doc.indexOf("value=\"OVERFLOW\"") < doc.indexOf("<TABLE"));
        assertTrue(doc.contains("<FIELD"));
        assertEquals(0, parse(doc).getRowCount() < 0 ? 0 : parse(doc).getRowCount());
    }

    @Test
    void aFailureWhileStreamingEndsTheTableWithATrailingErrorInOneDocument() throws IOException {
        for (Serialization s : Serialization.values()) {
            WriteReport[] report = new WriteReport[1];
            String doc = write(new VOTableTableWriter(s), TableResult.builder(COLUMNS, rows(10, 4)).build(), report);
            assertEquals(4, report[0].rows());
            assertNotNull(report[0].failure());
            assertEquals(1, doc.split("<VOTABLE", -1).length - 1, "a single document");
            assertTrue(doc.indexOf("value=\"ERROR\"") > doc.indexOf("</TABLE>"), doc);
            assertTrue(doc.contains("statement timeout"));
            StarTable t = parse(doc); // still well-formed
            try (RowSequence seq = t.getRowSequence()) {
                int n = 0;
                while (seq.next()) {
                    n++;
                }
                assertEquals(4, n, s.name());
            }
        }
    }

    @Test
    void csvQuotesAndTsvReplacesTabsAndArraysAreSpaceSeparated() throws IOException {
        WriteReport[] report = new WriteReport[1];
        String csv = write(new DelimitedTableWriter(DelimitedTableWriter.Dialect.CSV),
            TableResult.builder(COLUMNS, rows(2, -1)).build(), report);
        assertEquals("obs_id,n,s_region,t\r\nrow0,,0.0 1.0 1.0 1.0 0.0 2.0,2020-01-01T00:00:00\r\n"
            + "\"a,\"\"b\"\"\",1,1.0 1.0 2.0 1.0 1.0 2.0,2020-01-02T00:00:00\r\n", csv);
        String tsv = write(new DelimitedTableWriter(DelimitedTableWriter.Dialect.TSV),
            TableResult.builder(COLUMNS, rows(1, -1)).build(), report);
        assertEquals("obs_id\tn\ts_region\tt\nrow0\t\t0.0 1.0 1.0 1.0 0.0 2.0\t2020-01-01T00:00:00\n", tsv);
    }

    @Test
    void nonAsciiTextIsUtf8AndStillQuoted() throws IOException {
        RowCursor one = RowCursor.of(java.util.List.<Object[]>of(new Object[] {"Café, naïve", 1}).iterator());
        WriteReport[] report = new WriteReport[1];
        String csv = write(new DelimitedTableWriter(DelimitedTableWriter.Dialect.CSV),
            TableResult.builder(List.of(ColumnSpec.text("name"), ColumnSpec.of("n", "int", null)), one).build(), report);
        assertEquals("name,n\r\n\"Café, naïve\",1\r\n", csv);
    }

    @Test
    void formatsWithoutInBandErrorsThrow() {
        for (TableWriter w : List.of(new DelimitedTableWriter(DelimitedTableWriter.Dialect.CSV), new JsonTableWriter(),
                new FitsTableWriter())) {
            assertThrows(IOException.class, () -> w.write(TableResult.builder(COLUMNS, rows(10, 2)).build(),
                OutputStream.nullOutputStream()), w.getClass().getSimpleName());
        }
    }

    @Test
    void fitsAndJsonCarryTheRows() throws IOException {
        WriteReport[] report = new WriteReport[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report[0] = new FitsTableWriter().write(TableResult.builder(COLUMNS, rows(7, -1)).maxrec(5).build(),
            new NoCloseStream(out));
        assertTrue(report[0].overflow());
        StarTableFactory factory = new StarTableFactory(true);
        StarTable t = factory.makeStarTable(new ByteArrayDataSource("t.fits", out.toByteArray()), "fits");
        assertEquals(5, t.getRowCount());
        assertEquals("row4", t.getCell(4, 0));
        String json = write(new JsonTableWriter(), TableResult.builder(COLUMNS, rows(2, -1)).build(), report);
        assertTrue(json.startsWith("{\"metadata\":[{\"name\":\"obs_id\",\"datatype\":\"char\",\"arraysize\":\"*\""), json);
        assertTrue(json.contains("[\"row0\",null,[0.0,1.0,1.0,1.0,0.0,2.0],\"2020-01-01T00:00:00\"]"), json);
        assertTrue(json.endsWith("\"status\":\"OK\"}\n"));
    }

    @Test
    void registryAcceptsMimeTypesAndAliasesCaseInsensitivelyAndEchoesTheMime() {
        TableWriterRegistry r = TableWriterRegistry.standard();
        assertEquals("text/csv", r.select("text/csv").contentType());
        assertTrue(r.select("CSV").writer() instanceof DelimitedTableWriter);
        assertEquals("text/csv;header=present", r.select("csv").contentType());
        assertEquals(Serialization.BINARY2, ((VOTableTableWriter) r.select("votable/b2").writer()).serialization());
        assertEquals(Serialization.BINARY2, ((VOTableTableWriter) r.select(
            "application/x-votable+xml; serialization=binary2").writer()).serialization());
        assertEquals(Serialization.TABLEDATA, ((VOTableTableWriter) r.select("VOTable").writer()).serialization());
        assertEquals(Serialization.TABLEDATA, ((VOTableTableWriter) r.select((String) null).writer()).serialization());
        assertEquals("application/x-votable+xml", r.select("").contentType());
        assertTrue(r.select("text/tab-separated-values").writer() instanceof DelimitedTableWriter);
        assertTrue(r.select("fits").writer() instanceof FitsTableWriter);
        assertThrows(org.ozvo.dali.fault.UsageFault.class, () -> r.select("text/html"));
    }

    /** Fails the test if a writer closes the stream it was given. */
    private static final class NoCloseStream extends java.io.FilterOutputStream {
        NoCloseStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            throw new AssertionError("a writer closed the stream it was given");
        }
    }

    @SuppressWarnings("unused")
    private static <T> Iterator<T> none() {
        return new Iterator<>() {
            public boolean hasNext() {
                return false;
            }

            public T next() {
                throw new NoSuchElementException();
            }
        };
    }
}
