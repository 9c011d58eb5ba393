package org.ozvo.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.table.JdbcRowCursor;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.DelimitedTableWriter;
import org.ozvo.testing.TestDatabase;

/**
 * CSV from a cursor in database text mode on the real database: numbers exactly as PostgreSQL
 * prints them, whatever ran before on the same connection; timestamps as the Java conversion.
 */
class DatabaseTextCsvIT {

    private static final String NUMBERS = """
        SELECT * FROM (VALUES
          (1, 'NaN'::float8, 1::int4, 1.5::real, 1.50::numeric, 'a,"b"'::text),
          (2, 'Infinity', -2147483648, 'NaN', -0.0, E'line\\nbreak'),
          (3, '-Infinity', 2147483647, '-Infinity', 1e-20, 'Café ☃'),
          (4, '-0', 0, 1e-7, 12345678901234567890.5, ''),
          (5, 1e-300, NULL, 3.4028235e38, NULL, NULL),
          (6, 4.9e-324, 7, '-0', 2, 'tab\there'),
          (7, 1.7976931348623157e308, 8, 0.1, 3, 'x'),
          (8, 0.1, 9, 1, 4, 'y'),
          (9, 123456789012345680, 10, 100000, 5, 'z'),
          (10, NULL, 11, NULL, 6, 'w')
        ) AS t(id, x, i, f, n, s) ORDER BY id""";

    private static final String EXPECTED = "id,x,i,f,n,s\r\n"
        + "1,NaN,1,1.5,1.50,\"a,\"\"b\"\"\"\r\n"
        + "2,Infinity,-2147483648,NaN,0.0,\"line\nbreak\"\r\n"
        + "3,-Infinity,2147483647,-Infinity,0.00000000000000000001,Café ☃\r\n"
        + "4,-0,0,1e-07,12345678901234567890.5,\r\n"
        + "5,1e-300,,3.4028235e+38,,\r\n"
        + "6,5e-324,7,-0,2,tab\there\r\n"
        + "7,1.7976931348623157e+308,8,0.1,3,x\r\n"
        + "8,0.1,9,1,4,y\r\n"
        + "9,1.2345678901234568e+17,10,100000,5,z\r\n"
        + "10,,11,,6,w\r\n";

    private static final String TIMES = """
        SELECT * FROM (VALUES
          (1, '2020-01-02 03:04:05.678'::timestamp, '2020-01-02'::date),
          (2, '2020-01-02 03:04:05', '0001-01-01'),
          (3, '0001-01-01 00:00:00.000001', '9999-12-31'),
          (4, '0044-03-15 12:00:00 BC', '0044-03-15 BC'),
          (5, '12345-06-07 08:09:10.5', '12345-06-07'),
          (6, '1999-12-31 23:59:59.999999', NULL),
          (7, NULL, '2000-02-29')
        ) AS t(id, ts, d) ORDER BY id""";

    private static String csv(Connection connection, String sql, boolean databaseText) throws SQLException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JdbcRowCursor cursor = JdbcRowCursor.open(connection, sql, List.of(), List.of(), List.of(), -1, 3, databaseText);
        try (TableResult r = TableResult.builder(cursor.columns(), cursor).build()) {
            new DelimitedTableWriter(DelimitedTableWriter.Dialect.CSV).write(r, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The same physical connection for several cursors (a pool's): closing it only rolls back. */
    private static Connection reusable(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                    return null;
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    @Test
    void numbersAndTextAreThePostgresqlTextQuotedPerRfc4180() throws Exception {
        assertEquals(EXPECTED, csv(TestDatabase.reader().getConnection(), NUMBERS, true));
    }

    @Test
    void binaryRunsOfTheSameSqlOnTheConnectionDoNotChangeIt() throws Exception {
        try (Connection real = TestDatabase.reader().getConnection()) {
            Connection pooled = reusable(real);
            for (int run = 0; run < 7; run++) {
                csv(pooled, NUMBERS, false); // prepared on the server at once: binary results
                assertEquals(EXPECTED, csv(pooled, NUMBERS, true), "after " + (run + 1) + " binary runs");
            }
        }
    }

    @Test
    void timestampsAndDatesMatchTheJavaConversion() throws Exception {
        String java = csv(TestDatabase.reader().getConnection(), TIMES, false);
        assertEquals(java, csv(TestDatabase.reader().getConnection(), TIMES, true));
        assertEquals(true, java.contains("1,2020-01-02T03:04:05.678,2020-01-02T00:00:00\r\n"), java);
    }
}
