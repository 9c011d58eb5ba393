package org.ozvo.ingest.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ozvo.ingest.cli.IngestEnvironment;
import org.ozvo.ingest.cli.IngestMain;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.db.DatabaseSettings;
import org.ozvo.testing.TestDatabase;
import picocli.CommandLine;

/**
 * Runs {@code bin/ingest} commands in this JVM against the test database and a data directory
 * of the test's own, and reads the database for assertions.
 */
public final class IngestHarness {

    /** What a command did. */
    public record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();

    public IngestHarness(Path dataDir) {
        DatabaseSettings db = TestDatabase.settings();
        env.put("VO_DB_URL", db.url());
        env.put("VO_DB_USER", db.ownerUser());
        env.put("VO_DB_PASSWORD", db.ownerPassword());
        env.put("VO_DB_READER_USER", db.readerUser());
        env.put("VO_DB_READER_PASSWORD", db.readerPassword());
        env.put("VO_DATA_DIR", dataDir.toString());
        env.put("VO_BASE_URL", "http://test.example/vo");
        env.put("VO_AUTHORITY", "ivo://test.ozvo.org");
    }

    /** The environment the commands see (also for subprocesses). */
    public Map<String, String> env() {
        return env;
    }

    public ArchiveLayout layout() {
        return ArchiveLayout.from(env::get);
    }

    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = IngestMain.commandLine(new IngestEnvironment(env::get));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    public static DataSource owner() throws SQLException {
        return TestDatabase.owner();
    }

    /** First column of every row. */
    public static List<Object> column(String sql, Object... params) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> row : rows(sql, params)) {
            values.add(row.values().iterator().next());
        }
        return values;
    }

    public static long count(String sql, Object... params) throws SQLException {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    public static List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = TestDatabase.owner().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    public static void execute(String sql, Object... params) throws SQLException {
        try (Connection c = TestDatabase.owner().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }

    /** A collection name unique to this test run, e.g. {@code it_load_k3j9x}. */
    public static String uniqueCollection(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
