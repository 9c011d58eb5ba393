package org.ozvo.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMainTest {

    @TempDir
    Path tmp;

    @Test
    void printsOneLinePerSurveyAndATotal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateMain.run(new String[] {"--out", tmp.toString(), "--per-survey", "4", "--seed", "9"},
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String[] lines = text.strip().split("\n");
        assertEquals(7, lines.length, text);
        for (String survey : SampleArchive.SURVEYS) {
            assertTrue(text.contains(survey + " "), text);
        }
        assertTrue(lines[6].startsWith("total"), text);
        assertTrue(Files.exists(tmp.resolve(SampleManifest.FILE_NAME)));
    }

    @Test
    void reportsIoFailureWithStatusOne() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(1, GenerateMain.run(new String[] {"--out", file.toString()}, o, e));
    }

    @Test
    void rejectsBadArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, GenerateMain.run(new String[] {}, o, e));
        assertEquals(2, GenerateMain.run(new String[] {"--out"}, o, e));
        assertEquals(2, GenerateMain.run(new String[] {"--out", tmp.toString(), "--per-survey", "many"}, o, e));
        assertEquals(2, GenerateMain.run(new String[] {"--bogus", "1"}, o, e));
        assertEquals(2, GenerateMain.run(new String[] {"--out", tmp.toString(), "--per-survey", "0"}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
