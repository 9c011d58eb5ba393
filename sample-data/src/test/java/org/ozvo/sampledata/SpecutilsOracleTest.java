package org.ozvo.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strong oracle: astropy and specutils' own survey readers (Debian's python3-specutils)
 * must accept every good file as the manifest says and reject every broken one. Runs
 * {@code src/test/resources/specutils_oracle.py} with {@code /usr/bin/python3} (or
 * {@code -Dsampledata.python=...}); skipped when that interpreter or specutils is missing.
 * {@code -Dsampledata.oracle.perSurvey=300} checks the full demo size instead of the quick
 * default.
 */
class SpecutilsOracleTest {

    /** Debian's interpreter, which has python3-astropy and python3-specutils; overridable for CI. */
    private static final Path PYTHON = Path.of(System.getProperty("sampledata.python", "/usr/bin/python3"));
    private static final Pattern LINE = Pattern.compile(
        "\\{\"path\": \"((?:[^\"\\\\]|\\\\.)*)\", \"ok\": (true|false), \"message\": \"((?:[^\"\\\\]|\\\\.)*)\"}");

    @TempDir
    static Path tmp;
    private static SampleManifest manifest;
    /** Why the oracle cannot run here, or null. */
    private static String skipReason;

    @BeforeAll
    static void probePythonAndGenerate() throws Exception {
        skipReason = probe();
        if (skipReason == null) {
            int perSurvey = Integer.getInteger("sampledata.oracle.perSurvey", 24);
            manifest = SampleArchive.generate(tmp.resolve("archive"), perSurvey, 424242L);
        }
    }

    private static String probe() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return "skipped: " + PYTHON + " not found (install Debian's python3-specutils)";
        }
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import astropy, specutils")
            .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return probe.waitFor() == 0 ? null
            : "skipped: astropy/specutils not importable by " + PYTHON + " (apt-get install python3-specutils): "
                + output.strip();
    }

    @BeforeEach
    void requireOracle() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @Test
    void specutilsReadsEveryGoodFileAndRejectsEveryBrokenOne() throws Exception {
        Map<String, String[]> results = runOracle(manifest.root().resolve(SampleManifest.FILE_NAME));
        List<String> failures = new ArrayList<>();
        results.forEach((path, r) -> {
            if (!r[0].equals("true")) {
                failures.add(path + ": " + r[1]);
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " file(s) disagree with specutils:\n" + String.join("\n", failures));
        assertEquals(manifest.files().size(), results.size(), "the oracle must check every file of the manifest");
        for (SampleFile f : manifest.files()) {
            assertTrue(results.containsKey(manifest.relativeName(f)), "not checked: " + f.path());
        }
    }

    /** The oracle itself must be able to fail: wrong counts and wrong wavelengths are caught. */
    @Test
    void oracleCatchesWrongExpectations() throws Exception {
        SampleFile twoDf = manifest.goodFiles().stream()
            .filter(f -> f.surveyId().equals("2dfgrs") && manifest.readingOf(f).spectra() > 0).findFirst().orElseThrow();
        SampleFile gama = manifest.goodFiles().stream()
            .filter(f -> "GAMA".equals(manifest.readingOf(f).format())).findFirst().orElseThrow();
        SampleFile broken = manifest.brokenFiles().stream()
            .filter(f -> manifest.readingOf(f).format() != null).findFirst().orElseThrow();
        Map<java.nio.file.Path, ReferenceReading> readings = new LinkedHashMap<>();
        ReferenceReading r = manifest.readingOf(twoDf);
        readings.put(twoDf.path(), new ReferenceReading(r.format(), r.spectra() + 1, r.firstWavelength(),
            r.lastWavelength(), r.tolerance(), false));
        ReferenceReading g = manifest.readingOf(gama);
        readings.put(gama.path(), new ReferenceReading(g.format(), g.spectra(), g.firstWavelength() + 5,
            g.lastWavelength(), g.tolerance(), false));
        readings.put(broken.path(), ReferenceReading.reads(manifest.readingOf(broken).format(), 1, 0, 0));
        List<SampleFile> files = List.of(twoDf, gama,
            new SampleFile(broken.path(), broken.surveyId(), 1, false, "broken file claimed to be good"));
        Path dir = manifest.root();
        SampleManifest wrong = new SampleManifest(dir, 1, 0, files, readings);
        Path wrongJson = dir.resolve("wrong-manifest.json");
        Files.writeString(wrongJson, wrong.toJson(), StandardCharsets.UTF_8);
        try {
            Map<String, String[]> results = runOracle(wrongJson);
            assertEquals(3, results.size());
            results.forEach((path, res) -> assertFalse(res[0].equals("true"), path + " should fail: " + res[1]));
        } finally {
            Files.delete(wrongJson);
        }
    }

    private static Map<String, String[]> runOracle(Path manifestJson)
        throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(SpecutilsOracleTest.class.getResource("/specutils_oracle.py").toURI());
        Path stderr = Files.createTempFile(tmp, "oracle", ".err");
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), manifestJson.toString())
            .redirectError(stderr.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "oracle timed out");
        assertEquals(0, p.exitValue(), "oracle crashed:\n" + Files.readString(stderr));
        Map<String, String[]> results = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                results.put(m.group(1), new String[] {m.group(2), m.group(3)});
            }
        }
        assertTrue(out.contains("\"summary\""), "oracle did not finish:\n" + out + Files.readString(stderr));
        return results;
    }
}
