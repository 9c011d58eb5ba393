package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pyvo 1.2.1 (Debian's, for {@code /usr/bin/python3}; the python3 on PATH has no pyvo) runs
 * {@code src/test/resources/tap/pyvo_tap.py}: sync, MAXREC, async submit/run/wait/fetch/delete,
 * an upload join and the capability metadata pyvo reads.
 */
class TapPyvoIT {

    @BeforeAll
    static void fixture() throws Exception {
        TapFixture.load();
    }

    @Test
    void pyvoDrivesTheServiceEndToEnd() throws Exception {
        Path script = Path.of(TapPyvoIT.class.getResource("/tap/pyvo_tap.py").toURI());
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), Http.tap(), TapFixture.COLLECTION)
            .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "pyvo script did not finish");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains(" passed, 0 failed"), output);
    }
}
