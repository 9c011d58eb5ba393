package org.ozvo.ingest.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nom.tam.fits.Fits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.ingest.cli.IngestEnvironment;
import org.ozvo.ingest.cli.IngestMain;
import org.ozvo.ingest.testing.SampleFiles;
import org.ozvo.sampledata.SampleFile;
import org.ozvo.sampledata.SampleManifest;
import org.ozvo.schema.archive.ArchiveLayout;
import picocli.CommandLine;

/** {@code ingest convert} with the real loaders on generated survey files; no database. */
class ConvertCommandTest {

    private static final Map<String, String> ENV = Map.of("VO_AUTHORITY", "ivo://test.ozvo.org",
        "VO_BASE_URL", "http://test.example/vo");

    @TempDir
    Path tmp;

    @Test
    void writesEveryProductAndOneJsonLinePerProductAndNamesTheBrokenFiles() throws Exception {
        SampleManifest samples = SampleFiles.generate(tmp.resolve("samples"), 3, 3);
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("convert", "--out", out.toString()));
        args.addAll(List.of(SampleFiles.FITS_ONLY));
        args.add(samples.root().toString());
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cl = IngestMain.commandLine(new IngestEnvironment(ENV::get));
        cl.setOut(new PrintWriter(stdout, true));
        cl.setErr(new PrintWriter(stderr, true));

        int exit = cl.execute(args.toArray(String[]::new));

        assertEquals(1, exit, stderr.toString());
        List<String> errors = stderr.toString().lines().toList();
        assertEquals(samples.brokenFiles().size(), errors.size(), stderr.toString());
        for (SampleFile broken : samples.brokenFiles()) {
            assertTrue(errors.stream().anyMatch(l -> l.startsWith("ingest convert: FAILED " + broken.path() + ": ")),
                broken.path() + " named with a reason:\n" + stderr);
        }
        List<String> lines = stdout.toString().lines().toList();
        assertEquals(SampleFiles.expectedProducts(samples), lines.size());
        ArchiveLayout layout = new ArchiveLayout("ivo://test.ozvo.org", "http://test.example/vo", out);
        for (String line : lines) {
            assertTrue(line.startsWith("{\"dataproduct_type\":") && line.endsWith("}"), line);
            String collection = field(line, "obs_collection");
            String did = field(line, "obs_publisher_did");
            assertEquals(layout.publisherDid(collection, field(line, "obs_id")), did);
            assertEquals(layout.accessUrl(did), field(line, "access_url"));
            assertEquals(ArchiveLayout.DATALINK_MIME, field(line, "access_format"));
            assertEquals(layout.originalUrl(did), field(line, "full_data_url"));
            Path product = layout.resolve(field(line, "product_path"));
            long kb = Long.parseLong(number(line, "access_estsize"));
            assertEquals((Files.size(product) + 1023) / 1024, kb, product.toString());
            try (Fits fits = new Fits(product.toFile())) {
                fits.verifyIntegrity();
                assertTrue(fits.getHDU(0).getHeader().containsKey("CHECKSUM"), product.toString());
            }
        }
        try (var files = Files.walk(out)) {
            assertEquals(lines.size(), files.filter(Files::isRegularFile).count(), "no leftovers, one file per product");
        }
    }

    private static String field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }
}
