package org.ozvo.dali.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.DatabaseText;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableResult;

/** CSV and TSV cells: database text bytes, Java strings and Java numbers, byte for byte. */
class DelimitedTableWriterTest {

    private static final DelimitedTableWriter CSV = new DelimitedTableWriter(DelimitedTableWriter.Dialect.CSV);
    private static final DelimitedTableWriter TSV = new DelimitedTableWriter(DelimitedTableWriter.Dialect.TSV);

    private static String write(DelimitedTableWriter writer, List<ColumnSpec> columns, List<Object[]> rows)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(TableResult.builder(columns, RowCursor.of(rows.iterator())).build(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static DatabaseText db(String s) {
        return new DatabaseText(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object[]> oneColumn(Object... cells) {
        List<Object[]> rows = new ArrayList<>();
        for (Object c : cells) {
            rows.add(new Object[] {c});
        }
        return rows;
    }

    @Test
    void databaseTextIsQuotedOrReplacedLikeStrings() throws IOException {
        List<ColumnSpec> text = List.of(ColumnSpec.text("s"));
        List<Object[]> rows = oneColumn(db("plain"), db("a,b"), db("say \"hi\""), db("\"\""), db("line\nbreak"),
            db("cr\rlf"), db("tab\there"), db("Café ☃, naïve"), db("ünïcödé"), db(""), null);
        assertEquals("s\r\nplain\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"\"\"\"\"\"\r\n\"line\nbreak\"\r\n"
            + "\"cr\rlf\"\r\ntab\there\r\n\"Café ☃, naïve\"\r\nünïcödé\r\n\r\n\r\n", write(CSV, text, rows));
        assertEquals("s\nplain\na,b\nsay \"hi\"\n\"\"\nline break\ncr lf\ntab here\nCafé ☃, naïve\nünïcödé\n\n\n",
            write(TSV, text, rows));
    }

    @Test
    void databaseTextAndJavaStringsGiveTheSameBytes() throws IOException {
        Random random = new Random(42);
        String alphabet = "ab,\"\r\n\t xé☃𝄞";
        List<Object[]> asStrings = new ArrayList<>();
        List<Object[]> asDatabase = new ArrayList<>();
        StringBuilder expected = new StringBuilder("s\r\n");
        for (int r = 0; r < 500; r++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(Character.toChars(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length()))))));
            }
            String s = sb.toString();
            asStrings.add(new Object[] {s});
            asDatabase.add(new Object[] {db(s)});
            expected.append(rfc4180(s)).append("\r\n");
        }
        List<ColumnSpec> text = List.of(ColumnSpec.text("s"));
        assertEquals(expected.toString(), write(CSV, text, asStrings));
        assertEquals(expected.toString(), write(CSV, text, asDatabase));
        assertEquals(write(TSV, text, asStrings), write(TSV, text, asDatabase));
    }

    /** RFC 4180 section 2, items 6 and 7, as a reference. */
    private static String rfc4180(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\r") || s.contains("\n");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Test
    void cellsLargerThanTheBufferAndAcrossItsEndArriveWhole() throws IOException {
        String big = "x".repeat(100_000) + ",\"" + "é".repeat(40_000);
        String near = "y".repeat(64 * 1024 - 9);
        List<Object[]> rows = oneColumn(db(near), db(big), db(near), big);
        String out = write(CSV, List.of(ColumnSpec.text("s")), rows);
        String quotedBig = "\"" + big.replace("\"", "\"\"") + "\"";
        assertEquals("s\r\n" + near + "\r\n" + quotedBig + "\r\n" + near + "\r\n" + quotedBig + "\r\n", out);
    }

    @Test
    void numbersAsDatabaseTextAreCopiedAsTheDatabasePrintedThem() throws IOException {
        List<ColumnSpec> columns = List.of(ColumnSpec.of("x", "double", null), ColumnSpec.of("n", "long", null));
        List<Object[]> rows = List.of(
            new Object[] {db("NaN"), db("-9223372036854775808")},
            new Object[] {db("-Infinity"), db("0")},
            new Object[] {db("-0"), null},
            new Object[] {db("5e-324"), db("9223372036854775807")},
            new Object[] {db("1.7976931348623157e+308"), db("-1")});
        assertEquals("x,n\r\nNaN,-9223372036854775808\r\n-Infinity,0\r\n-0,\r\n5e-324,9223372036854775807\r\n"
            + "1.7976931348623157e+308,-1\r\n", write(CSV, columns, rows));
    }

    @Test
    void javaNumbersUseTheDaliTextFormWithNaNAsNull() throws IOException {
        List<ColumnSpec> columns = List.of(ColumnSpec.of("x", "double", null), ColumnSpec.of("f", "float", null));
        List<Object[]> rows = List.of(
            new Object[] {Double.NaN, Float.NaN},
            new Object[] {Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY},
            new Object[] {-0.0, -0.0f},
            new Object[] {Double.MIN_VALUE, Float.MIN_VALUE},
            new Object[] {Double.MAX_VALUE, 1e-7f},
            new Object[] {null, null});
        assertEquals("x\tf\n\t\nInfinity\t-Infinity\n-0.0\t-0.0\n4.9E-324\t1.4E-45\n1.7976931348623157E308\t1.0E-7\n\t\n",
            write(TSV, columns, rows));
    }
}
