package org.ozvo.server.sia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ozvo.server.testing.ArchiveFixture;
import org.ozvo.server.testing.RunningServer;
import org.ozvo.testing.TestDatabase;

/**
 * pyvo 1.2.1 ({@code /usr/bin/python3}) as the SIA 2.0 client: it must find the service from
 * its capabilities, send its own parameter spellings, and, for the real 6dFGS thumbnails of
 * the archive fixture, follow DataLink to FITS files that astropy reads with a celestial WCS
 * centred on the target. The checks themselves are in {@code sia/pyvo_sia2_check.py}.
 */
class Sia2PyvoIT {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static Sia2TestRows rows;
    static Path script;

    @BeforeAll
    static void setUp() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import pyvo, astropy"))
            .code == 0, "Debian's python3-pyvo is not installed; pyvo test skipped");
        script = Files.createTempFile("pyvo_sia2_check", ".py");
        try (InputStream in = Sia2PyvoIT.class.getResourceAsStream("/sia/pyvo_sia2_check.py")) {
            Files.write(script, in.readAllBytes());
        }
        rows = new Sia2TestRows("sia2_pyvo_" + Long.toString(System.nanoTime(), 36));
        rows.insert(TestDatabase.owner());
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (rows != null) {
            rows.delete(TestDatabase.owner());
        }
        if (script != null) {
            Files.deleteIfExists(script);
        }
    }

    @Test
    void pyvoFindsTheServiceAndItsParameterSpellingsWork() throws Exception {
        Result r = run(List.of(PYTHON.toString(), script.toString(), RunningServer.baseUrl(), "synthetic",
            rows.collection()));
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.contains("\"rows\": 5"), r.output);
    }

    @Test
    void pyvoFindsTheThumbnailsOfA6dfgsTargetAndReadsTheirFits() throws Exception {
        ArchiveFixture fixture = ArchiveFixture.get();
        String collection = fixture.collection("6dfgs");
        List<String> positions = fixture.column("SELECT s_ra || ' ' || s_dec FROM ivoa.obscore WHERE obs_collection = ?"
            + " AND dataproduct_type = 'image' AND instrument_name = 'SuperCOSMOS' ORDER BY obs_id LIMIT 1", collection);
        assertFalse(positions.isEmpty(), "the fixture holds 6dFGS thumbnails:\n" + fixture.loadOutput());
        String[] radec = positions.get(0).split(" ");
        Result r = run(List.of(PYTHON.toString(), script.toString(), RunningServer.baseUrl(), "thumbnails",
            radec[0], radec[1], collection));
        assertEquals(0, r.code, r.output);
        System.out.println("pyvo on the 6dFGS thumbnails: " + r.output.lines().reduce((a, b) -> b).orElse(""));
        assertTrue(r.output.contains("\"instrument\": \"SuperCOSMOS\"") && r.output.contains("\"instrument\": \"2MASS\""),
            r.output);
    }

    record Result(int code, String output) {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + new String(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
