package org.ozvo.ingest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's SHA-256, whichever provider computes it, is the JDK's SHA-256. */
class Sha256Test {

    @TempDir
    Path dir;

    @Test
    void knownVector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void sameAsTheJdkForBytesAndFiles() throws Exception {
        Random random = new Random(11);
        for (int n : new int[] {0, 1, 55, 56, 63, 64, 65, 1000, 65_536, 1 << 20}) {
            byte[] bytes = new byte[n];
            random.nextBytes(bytes);
            String jdk = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(jdk, Sha256.of(bytes), n + " bytes");
            assertEquals(jdk, Sha256.of(Files.write(dir.resolve("f" + n), bytes)), n + " bytes from a file");
        }
    }

    @Test
    void nssIsUsedWhereItIsInstalled() {
        // this machine's Debian has NSS: the fast path must not silently fall back
        if (Files.isRegularFile(Path.of("/usr/lib/x86_64-linux-gnu/libsoftokn3.so"))) {
            assertTrue(Sha256Provider.usesNss());
        }
    }
}
