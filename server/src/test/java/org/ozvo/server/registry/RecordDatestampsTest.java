package org.ozvo.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordDatestampsTest {

    static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2024-02-01T00:00:00Z");
    static final Instant T3 = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void datesSurviveRestartsAndMoveOnlyWithTheContent(@TempDir Path dir) {
        Path file = dir.resolve("registry/datestamps.properties");
        Map<String, RecordState> first = new RecordDatestamps(file).update(map("ivo://a/x", "h1", "ivo://a/y", "h2"), T1);
        assertEquals(new RecordState(T1, T1, false), first.get("ivo://a/x"));
        assertTrue(Files.exists(file));

        // A new server (new instance) with unchanged x, changed y and a new z.
        Map<String, RecordState> second = new RecordDatestamps(file)
            .update(map("ivo://a/x", "h1", "ivo://a/y", "h2-changed", "ivo://a/z", "h3"), T2);
        assertEquals(new RecordState(T1, T1, false), second.get("ivo://a/x"));
        assertEquals(new RecordState(T1, T2, false), second.get("ivo://a/y"));
        assertEquals(new RecordState(T2, T2, false), second.get("ivo://a/z"));
    }

    @Test
    void aRecordThatDisappearsIsReportedDeletedAndCanComeBack(@TempDir Path dir) {
        Path file = dir.resolve("d.properties");
        new RecordDatestamps(file).update(map("ivo://a/x", "h1", "ivo://a/y", "h2"), T1);
        Map<String, RecordState> gone = new RecordDatestamps(file).update(map("ivo://a/x", "h1"), T2);
        assertEquals(new RecordState(T1, T2, true), gone.get("ivo://a/y"));
        assertEquals("deleted", gone.get("ivo://a/y").status());
        Map<String, RecordState> again = new RecordDatestamps(file).update(map("ivo://a/x", "h1"), T3);
        assertEquals(T2, again.get("ivo://a/y").updated(), "deletion is not re-stamped");
        Map<String, RecordState> back = new RecordDatestamps(file).update(map("ivo://a/x", "h1", "ivo://a/y", "h2"), T3);
        assertEquals(new RecordState(T1, T3, false), back.get("ivo://a/y"));
    }

    @Test
    void anUnwritableLocationFallsBackToMemory(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a directory");
        RecordDatestamps d = new RecordDatestamps(blocker.resolve("sub/d.properties"));
        assertEquals(new RecordState(T1, T1, false), d.update(map("ivo://a/x", "h1"), T1).get("ivo://a/x"));
        assertFalse(d.update(map("ivo://a/x", "h1"), T2).get("ivo://a/x").deleted());
        assertEquals(T1, d.update(map("ivo://a/x", "h1"), T2).get("ivo://a/x").updated());
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
