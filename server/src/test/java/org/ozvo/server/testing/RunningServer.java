package org.ozvo.server.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ozvo.schema.db.DatabaseSettings;
import org.ozvo.testing.TestDatabase;

/**
 * The real server for HTTP tests: Payara Micro running {@code target/vo.war} against the test
 * database, started once per test JVM and stopped when the JVM exits. With
 * {@code -Dit.baseUrl=http://host:port/vo} an already running server is used instead.
 */
public final class RunningServer {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);
    private static String baseUrl;
    private static Process process;
    private static Path log;

    private RunningServer() {
    }

    /** Base URL of the VO services, e.g. {@code http://localhost:8090/vo}; starts the server if needed. */
    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            String given = System.getProperty("it.baseUrl");
            baseUrl = given != null && !given.isBlank() ? given : start();
        }
        return baseUrl;
    }

    /**
     * The data directory the server reads products from: {@code VO_DATA_DIR}, else
     * {@code target/it-data} (fixtures write their products here).
     */
    public static Path dataDir() {
        Path target = Path.of(System.getProperty("it.war", "target/vo.war")).toAbsolutePath().getParent();
        return Path.of(envOr("VO_DATA_DIR", target.resolve("it-data").toString())).toAbsolutePath();
    }

    /** The log file of the server started here, or null when an external server is used. */
    public static Path log() {
        return log;
    }

    private static String start() {
        try {
            int port = Integer.parseInt(System.getProperty("it.port", "8090"));
            String url = "http://localhost:" + port + "/vo";
            Path target = Path.of(System.getProperty("it.war", "target/vo.war")).toAbsolutePath().getParent();
            log = target.resolve("payara-it-" + port + ".log");
            Path dataDir = dataDir();
            Files.createDirectories(dataDir);
            waitForFreePort(port);
            TestDatabase.owner(); // the schema exists before the server starts
            // A root dir left by an earlier run holds the old deployment: Payara starts it, answers
            // /availability, then undeploys it for --deploy, so tests would hit 404/503 meanwhile.
            deleteTree(target.resolve("payara-root-" + port));
            DatabaseSettings db = TestDatabase.settings();
            List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-jar",
                System.getProperty("it.payara", target.resolve("payara-micro.jar").toString()),
                "--deploy", System.getProperty("it.war", target.resolve("vo.war").toString()),
                "--port", String.valueOf(port), "--nocluster", "--disablephonehome",
                "--rootdir", target.resolve("payara-root-" + port).toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("VO_DB_URL", db.url());
            env.put("VO_DB_USER", db.ownerUser());
            env.put("VO_DB_PASSWORD", db.ownerPassword());
            env.put("VO_DB_READER_USER", db.readerUser());
            env.put("VO_DB_READER_PASSWORD", db.readerPassword());
            env.put("VO_BASE_URL", url);
            env.put("VO_DATA_DIR", dataDir.toString());
            process = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(RunningServer::stop));
            waitUntilReady(url);
            return url;
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("cannot start the server: " + e.getMessage(), e);
        }
    }

    /** A server of an earlier run may still be shutting down on the port; never test against it. */
    private static void waitForFreePort(int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(port));
                return;
            } catch (IOException busy) {
                sleep(500);
            }
        }
        throw new IllegalStateException("port " + port + " is in use by another process; stop it or pass -Dit.port=N");
    }

    private static void waitUntilReady(String url) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ":\n" + tail());
            }
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("Exception while preparing the app") || text.contains("FATAL: cannot start")) {
                stop();
                throw new IllegalStateException("server deployment failed:\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/availability"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("server not ready after " + STARTUP_LIMIT + ":\n" + tail());
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String envOr(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
