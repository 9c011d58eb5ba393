package org.ozvo.ingest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void plainLinesCarryCountsRateAndEta() {
        StringWriter sink = new StringWriter();
        Progress progress = new Progress(new PrintWriter(sink), false, Duration.ZERO, "files", "spectra");
        progress.update(5, 12, 0);
        progress.total(10);
        progress.update(6, 15, 1);
        String[] lines = sink.toString().split("\n");
        assertEquals(2, lines.length, sink.toString());
        assertTrue(lines[0].startsWith("progress: 5/? files  12 spectra  "), lines[0]);
        assertTrue(lines[1].matches("progress: 6/10 files  15 spectra  [0-9,]+ spectra/s  1 failed  ETA \\d+:\\d\\d:\\d\\d"
            + "  \\(\\d+:\\d\\d:\\d\\d elapsed\\)"), lines[1]);
    }

    @Test
    void aBarIsRedrawnInPlaceAndOtherLinesGoAboveIt() throws Exception {
        StringWriter sink = new StringWriter();
        Progress progress = new Progress(new PrintWriter(sink), true, Duration.ZERO, "rows", null);
        progress.total(4);
        Thread.sleep(250);
        progress.update(2, 2, 0);
        progress.println("FAILED x: y");
        progress.finish();
        String out = sink.toString();
        assertTrue(out.startsWith("\r[############------------]  50% 2/4 rows"), out);
        int failed = out.indexOf("FAILED x: y\n");
        assertTrue(failed > 0 && out.substring(0, failed).endsWith("\r"), "the bar is wiped first: " + out);
        assertTrue(out.substring(failed).contains("\r[############"), "and drawn again below: " + out);
        assertTrue(out.endsWith("\r"), "finish leaves a clean line: " + out);
        assertEquals("1:01:01", Progress.clock(3661));
    }
}
