package org.ozvo.server.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ozvo.ingest.cli.IngestEnvironment;
import org.ozvo.ingest.cli.IngestMain;
import org.ozvo.sampledata.SampleArchive;
import org.ozvo.sampledata.SampleManifest;
import org.ozvo.schema.db.DatabaseSettings;
import org.ozvo.testing.TestDatabase;
import picocli.CommandLine;

/**
 * A small real archive behind the running server, for HTTP tests of every service: the
 * sample-data generator writes a few files of every survey layout
 * ({@link #SPECTRA_PER_SURVEY} spectra each, fixed seed), and the real ingest command loads
 * them into the test database and the server's data directory, one load per survey with the
 * collection {@code it_<survey collection>} (e.g. {@code it_ozdes_dr2}), so fixture rows never
 * mix with other tests' collections. The deliberately broken sample files are rejected by the
 * ingest, as they should be.
 *
 * <p>Idempotent and shared: {@link #get()} does the work once per JVM (thread-safe, so several
 * IT classes may call it), and a later JVM finds the files unchanged and the load skips them.
 * The server is started first ({@link RunningServer}), so the rows carry its base URL.
 */
public final class ArchiveFixture {

    /** Spectra generated per survey; every layout gets at least one file whatever the number. */
    public static final int SPECTRA_PER_SURVEY = 4;

    /** Sample survey directory name to the collection its products are loaded into. */
    public static final Map<String, String> COLLECTIONS = collections();

    private static ArchiveFixture instance;

    private final String baseUrl;
    private final Path dataDir;
    private final SampleManifest manifest;
    private final String loadOutput;

    private ArchiveFixture(String baseUrl, Path dataDir, SampleManifest manifest, String loadOutput) {
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
        this.manifest = manifest;
        this.loadOutput = loadOutput;
    }

    private static Map<String, String> collections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("2dfgrs", "it_2dfgrs_fdr");
        m.put("6dfgs", "it_6dfgs_fdr");
        m.put("gama", "it_gama_dr2");
        m.put("ozdes", "it_ozdes_dr2");
        m.put("wigglez", "it_wigglez_final");
        return Map.copyOf(m);
    }

    /** The fixture, generated and ingested on first use. */
    public static synchronized ArchiveFixture get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static ArchiveFixture create() {
        String baseUrl = RunningServer.baseUrl();
        Path dataDir = RunningServer.dataDir();
        Path target = Path.of(System.getProperty("it.war", "target/vo.war")).toAbsolutePath().getParent();
        Path sampleDir = target.resolve("it-sample");
        try {
            Files.createDirectories(dataDir);
            TestDatabase.owner(); // migrated
            SampleManifest manifest = SampleArchive.generate(sampleDir, SPECTRA_PER_SURVEY, SampleArchive.DEFAULT_SEED);
            StringWriter log = new StringWriter();
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(COLLECTIONS).entrySet()) {
                load(baseUrl, dataDir, sampleDir.resolve(e.getKey()), e.getValue(), log);
            }
            return new ArchiveFixture(baseUrl, dataDir, manifest, log.toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the archive fixture: " + e.getMessage(), e);
        }
    }

    /** Runs {@code ingest load --collection C DIR} as an operator would, with the server's settings. */
    private static void load(String baseUrl, Path dataDir, Path dir, String collection, StringWriter log) {
        DatabaseSettings db = TestDatabase.settings();
        Map<String, String> env = Map.of("VO_DB_URL", db.url(), "VO_DB_USER", db.ownerUser(),
            "VO_DB_PASSWORD", db.ownerPassword(), "VO_DB_READER_USER", db.readerUser(),
            "VO_DB_READER_PASSWORD", db.readerPassword(), "VO_DATA_DIR", dataDir.toString(), "VO_BASE_URL", baseUrl);
        IngestEnvironment environment = new IngestEnvironment(key -> env.getOrDefault(key, System.getenv(key)));
        CommandLine cl = IngestMain.commandLine(environment);
        PrintWriter out = new PrintWriter(log, true);
        cl.setOut(out);
        cl.setErr(out);
        int code = cl.execute("load", "--collection", collection, "--threads", "2", dir.toString());
        // 0: all loaded; 1: some (deliberately broken) files were rejected; anything else is a failure.
        if (code != 0 && code != 1) {
            throw new IllegalStateException("ingest load of " + dir + " exited with " + code + ":\n" + log);
        }
    }

    /** Public base URL of the server the rows point at. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The server's data directory, holding the products and originals. */
    public Path dataDir() {
        return dataDir;
    }

    /** What the sample generator wrote. */
    public SampleManifest manifest() {
        return manifest;
    }

    /** The ingest's output (failures of the broken files included), for failure messages. */
    public String loadOutput() {
        return loadOutput;
    }

    /** The collection of a sample survey ({@code ozdes} gives {@code it_ozdes_dr2}). */
    public String collection(String survey) {
        String c = COLLECTIONS.get(survey);
        if (c == null) {
            throw new IllegalArgumentException("no such sample survey: " + survey);
        }
        return c;
    }

    /**
     * Runs a read-only query on the test database, for tests that need to know the rows
     * (e.g. a multi-epoch target); one column of text per row.
     */
    public List<String> column(String sql, Object... binds) {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.reader().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                ps.setObject(i + 1, binds[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fixture query failed: " + e.getMessage(), e);
        }
        return out;
    }
}
