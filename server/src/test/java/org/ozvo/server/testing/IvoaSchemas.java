package org.ozvo.server.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Validates XML documents against the IVOA XSDs with {@code xmllint}, offline: the XSDs are
 * the copies Debian's python3-gavo ships (or {@code -Divoa.schemata=DIR}), tied together by a
 * wrapper schema and an XML catalog from {@code src/test/resources/vosi}. When xmllint or the
 * schemas are missing the calling test is skipped with a message, not passed.
 */
public final class IvoaSchemas {

    private static final Path SCHEMATA = Path.of(System.getProperty("ivoa.schemata",
        "/usr/lib/python3/dist-packages/gavo/resources/schemata"));
    private static Path workDir;

    private IvoaSchemas() {
    }

    /**
     * Fails the test if {@code xml} is not valid.
     *
     * @param what names the document in the failure message
     */
    public static void assertValid(String xml, String what) {
        Path dir = setUp();
        try {
            Path doc = Files.createTempFile(dir, "doc-", ".xml");
            Files.writeString(doc, xml, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("xmllint", "--nonet", "--noout", "--schema",
                dir.resolve("ivoa-all.xsd").toString(), doc.toString()).redirectErrorStream(true);
            pb.environment().put("XML_CATALOG_FILES", dir.resolve("catalog.xml").toString());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("xmllint did not finish validating " + what);
            }
            if (p.exitValue() != 0) {
                fail(what + " is not valid against the IVOA schemas:\n" + errors(output) + "\n--- document ---\n" + xml);
            }
            Files.deleteIfExists(doc);
        } catch (IOException e) {
            fail("cannot run xmllint: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** The schema warnings about duplicate imports are noise; keep the real complaints. */
    private static String errors(String output) {
        return output.lines().filter(l -> !l.contains("parser warning")).collect(Collectors.joining("\n"));
    }

    private static synchronized Path setUp() {
        assumeTrue(onPath("xmllint"), "xmllint not installed (apt-get install libxml2-utils); XSD validation skipped");
        assumeTrue(Files.isRegularFile(SCHEMATA.resolve("VOResource.xsd")),
            "IVOA schemas not found in " + SCHEMATA + " (apt-get install python3-gavo or -Divoa.schemata=DIR);"
                + " XSD validation skipped");
        if (workDir == null) {
            try {
                Path dir = Files.createTempDirectory("ivoa-xsd-");
                copy("ivoa-all.xsd", dir.resolve("ivoa-all.xsd"));
                copy("ivoa-schemas-catalog.xml", dir.resolve("catalog.xml"));
                workDir = dir;
            } catch (IOException e) {
                throw new IllegalStateException("cannot prepare XSD validation: " + e.getMessage(), e);
            }
        }
        return workDir;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = IvoaSchemas.class.getResourceAsStream("/vosi/" + resource)) {
            if (in == null) {
                throw new IOException("missing test resource vosi/" + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .replace("@SCHEMATA@", SCHEMATA.toAbsolutePath().toString());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
