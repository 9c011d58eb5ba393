package org.ozvo.ingest.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where SHA-256 comes from: the system's NSS library through the JDK's PKCS#11 provider when it
 * is installed, else the JDK's own. bin/ingest runs the JVM with C1 only, which does not use
 * the CPU's SHA instructions: the JDK's SHA-256 then hashes about 130 MB/s, NSS over 1 GB/s,
 * and hashing every original was a quarter of a load's CPU. NSS is used only if it gives the
 * JDK's digest of a test message.
 */
final class Sha256Provider {

    /** Where distributions put libnss3/libsoftokn3. */
    private static final List<String> NSS_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
        "/usr/lib64", "/usr/lib");
    private static final Optional<Provider> NSS = findNss();

    private Sha256Provider() {
    }

    /** A new SHA-256 digest from the fastest provider available. */
    static MessageDigest digest() {
        try {
            return NSS.isPresent() ? MessageDigest.getInstance("SHA-256", NSS.get()) : jdk();
        } catch (NoSuchAlgorithmException e) {
            return jdk();
        }
    }

    /** Whether NSS is in use (for tests and diagnostics). */
    static boolean usesNss() {
        return NSS.isPresent();
    }

    private static MessageDigest jdk() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<Provider> findNss() {
        Provider pkcs11 = Security.getProvider("SunPKCS11");
        if (pkcs11 == null) {
            return Optional.empty();
        }
        for (String dir : NSS_DIRS) {
            if (!Files.isRegularFile(Path.of(dir, "libsoftokn3.so"))) {
                continue;
            }
            try {
                Provider nss = pkcs11.configure("--name=ozvo-nss\nnssLibraryDirectory=" + dir
                    + "\nnssDbMode=noDb\nattributes=compatibility\n");
                byte[] probe = "ozvo sha-256 probe".getBytes(StandardCharsets.US_ASCII);
                if (Arrays.equals(MessageDigest.getInstance("SHA-256", nss).digest(probe), jdk().digest(probe))) {
                    return Optional.of(nss);
                }
            } catch (RuntimeException | NoSuchAlgorithmException | LinkageError e) {
                // no usable NSS here: the JDK's own digest does the work
            }
        }
        return Optional.empty();
    }
}
