package org.ozvo.ingest.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {

    @TempDir
    Path tmp;

    private final List<String> found = new ArrayList<>();

    private final SourceWalker.Visitor visitor = new SourceWalker.Visitor() {
        @Override
        public void file(Path file) {
            found.add(tmp.relativize(file).toString());
        }

        @Override
        public void unreadable(Path path, String reason) {
            found.add("! " + tmp.relativize(path) + ": " + reason);
        }
    };

    private void touch(String name) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, name);
    }

    @Test
    void walksInNameOrderSkipsHiddenAndTakesNestedRootsOnce() throws Exception {
        for (String name : List.of("r/b.fits", "r/a/z.fits", "r/a/y.txt", "r/.hidden.fits", "r/.git/x.fits", "r/c.fit")) {
            touch(name);
        }
        SourceWalker.walk(List.of(tmp.resolve("r/a"), tmp.resolve("r"), tmp.resolve("missing")), visitor);
        assertEquals(List.of("r/a/y.txt", "r/a/z.fits", "r/b.fits", "r/c.fit", "! missing: no such file or directory"),
            found);
    }

    @Test
    void includePatternsFilterFilesFoundInDirectoriesButNotNamedFiles() throws Exception {
        for (String name : List.of("r/a.fits", "r/b.fit", "r/manifest.json", "notes.txt")) {
            touch(name);
        }
        SourceWalker.walk(List.of(tmp.resolve("r"), tmp.resolve("notes.txt")), List.of("*.fits", "*.fit"), visitor);
        assertEquals(List.of("r/a.fits", "r/b.fit", "notes.txt"), found);
    }
}
