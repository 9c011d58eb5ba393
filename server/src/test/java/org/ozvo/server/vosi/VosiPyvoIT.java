package org.ozvo.server.vosi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ozvo.server.testing.RunningServer;

/**
 * pyvo 1.2.1 ({@code /usr/bin/python3}) parses the capabilities and availability of every
 * service root, finds each service's standard capability, and runs {@code TAPService.describe()},
 * limits, upload methods and tables. The checks are in {@code vosi/pyvo_vosi_check.py}.
 */
class VosiPyvoIT {

    @Test
    void pyvoReadsEveryVosiDocumentAndDescribesTap() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3; pyvo test skipped");
        Path script = Files.createTempFile("pyvo_vosi_check", ".py");
        try (InputStream in = VosiPyvoIT.class.getResourceAsStream("/vosi/pyvo_vosi_check.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process p = new ProcessBuilder(python.toString(), "-c", "import pyvo").start();
            assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3-pyvo not installed; skipped");
            Process run = new ProcessBuilder(python.toString(), script.toString(), RunningServer.baseUrl())
                .redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(true, run.waitFor(300, TimeUnit.SECONDS), output);
            assertEquals(0, run.exitValue(), output);
            String json = output.lines().reduce((a, b) -> b).orElse("");
            System.out.println("pyvo on the VOSI documents: " + json);
            // pyvo 1.2.1 models ParamHTTP without param and with one queryType; the VOSI documents
            // leave those out, so it has nothing to warn about in any interface. (It does not know
            // the SimpleDALRegExt elements holding the SIA/SSA limits either; those stay, and it
            // notes them as unknown elements.)
            assertFalse(json.contains("W17") || json.contains("Unknown element param")
                || json.contains("Unknown element queryType"), json);
            assertTrue(json.contains("\"describe_warnings\": []"), json);
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
