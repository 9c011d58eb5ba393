package org.ozvo.ingest.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.ozvo.ingest.store.PendingFileOps;
import org.ozvo.ingest.store.ProductStore;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * Checks the archive both ways. Rows to files: every ObsCore row has a product file that is a
 * readable FITS with valid checksums, its original exists, and the ingest ledger agrees.
 * Files to rows: every file under {@code products/} and {@code originals/} is referred to by a
 * row or ledger entry, and no interrupted ingest left staged files or pending operations.
 * Products are checked in parallel; rows are streamed, so the table may be large.
 */
public final class ArchiveVerifier {

    /**
     * What was checked and what was found.
     *
     * @param rows     ObsCore rows checked
     * @param products product files read and checksummed
     * @param files    files under products/ and originals/ looked at
     * @param problems number of findings per kind
     */
    public record Result(long rows, long products, long files, Map<Finding.Kind, Long> problems) {
        public long problemCount() {
            return problems.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final DataSource owner;
    private final ArchiveLayout layout;
    private final List<String> collections;
    private final int threads;
    private final Consumer<Finding> sink;
    private final Map<Finding.Kind, Long> problems = new EnumMap<>(Finding.Kind.class);
    private final AtomicLong products = new AtomicLong();

    /**
     * @param collections restrict to these collections; empty for all
     * @param sink        receives each finding as it is found (from several threads, one at a time)
     */
    public ArchiveVerifier(DataSource owner, ArchiveLayout layout, List<String> collections, int threads,
                           Consumer<Finding> sink) {
        this.owner = owner;
        this.layout = layout;
        this.collections = List.copyOf(collections);
        this.threads = threads;
        this.sink = sink;
    }

    public Result verify() throws SQLException, IOException, InterruptedException {
        long rows = checkRows();
        long files = checkProductFiles() + checkOriginalFiles();
        checkLedger();
        checkUnfinished();
        return new Result(rows, products.get(), files, new EnumMap<>(problems));
    }

    private synchronized void report(Finding f) {
        problems.merge(f.kind(), 1L, Long::sum);
        sink.accept(f);
    }

    /** Streams the rows; product files are checked on a pool, at most a few per thread in flight. */
    private long checkRows() throws SQLException, InterruptedException {
        String sql = "SELECT o.obs_publisher_did, o.product_path, o.original_path, p.product_path"
            + " FROM ivoa.obscore o LEFT JOIN archive.ingested_product p USING (obs_publisher_did)"
            + (collections.isEmpty() ? "" : " WHERE o.obs_collection = ANY(?)");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 8);
        long rows = 0;
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);   // PgJDBC streams only with auto-commit off and a fetch size
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(2000);
                bindCollections(c, ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        String did = rs.getString(1);
                        String productPath = rs.getString(2);
                        String originalPath = rs.getString(3);
                        String ledgerPath = rs.getString(4);
                        if (productPath == null) {
                            report(new Finding(Finding.Kind.ROW_WITHOUT_PRODUCT, did, "metadata-only row"));
                            continue;
                        }
                        if (ledgerPath != null && !ledgerPath.equals(productPath)) {
                            report(new Finding(Finding.Kind.LEDGER_MISMATCH, did, "row says " + productPath
                                + ", ingest ledger says " + ledgerPath));
                        }
                        inFlight.acquire();
                        pool.execute(() -> {
                            try {
                                checkRow(did, productPath, originalPath);
                            } finally {
                                inFlight.release();
                            }
                        });
                    }
                }
            }
            c.commit();
        } finally {
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
        }
        return rows;
    }

    private void checkRow(String did, String productPath, String originalPath) {
        Path product;
        try {
            product = layout.resolve(productPath);
        } catch (IllegalArgumentException e) {
            report(new Finding(Finding.Kind.PRODUCT_MISSING, did, e.getMessage()));
            return;
        }
        products.incrementAndGet();
        ProductCheck.check(product, did).ifPresent(this::report);
        if (originalPath != null) {
            Path original = Path.of(originalPath).isAbsolute() ? Path.of(originalPath) : layout.resolve(originalPath);
            if (!Files.isRegularFile(original)) {
                report(new Finding(Finding.Kind.ORIGINAL_MISSING, did, "no file " + original));
            }
        }
    }

    /** Files under products/ without a row. */
    private long checkProductFiles() throws SQLException, IOException {
        return checkFilesAgainst("products", "SELECT product_path FROM ivoa.obscore WHERE starts_with(product_path, ?)",
            Finding.Kind.PRODUCT_WITHOUT_ROW, "no row refers to this product file");
    }

    /** Files under originals/ without a row or ledger entry. */
    private long checkOriginalFiles() throws SQLException, IOException {
        return checkFilesAgainst("originals", "SELECT original_path FROM archive.ingested_file WHERE starts_with("
                + "original_path, ?) UNION SELECT original_path FROM ivoa.obscore WHERE starts_with(original_path, ?)",
            Finding.Kind.ORIGINAL_WITHOUT_ROW, "no row or ingest ledger entry refers to this original");
    }

    /**
     * Walks one top directory collection by collection (the sub-directory names), comparing
     * each one's files with the paths the database knows under it.
     */
    private long checkFilesAgainst(String top, String knownSql, Finding.Kind kind, String detail)
            throws SQLException, IOException {
        Path root = layout.resolve(top);
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Set<String> wanted = new HashSet<>();
        for (String collection : collections) {
            wanted.add(layout.resolve(layout.productPath(collection, "x")).getParent().getFileName().toString());
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(p -> wanted.isEmpty() || wanted.contains(p.getFileName().toString())).sorted().toList();
        }
        long files = 0;
        try (Connection c = owner.getConnection()) {
            for (Path dir : dirs) {
                String prefix = layout.dataDir().relativize(dir) + "/";
                Set<String> known = new HashSet<>();
                try (PreparedStatement ps = c.prepareStatement(knownSql)) {
                    for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                        ps.setString(i, prefix);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                }
                List<Path> found;
                try (Stream<Path> walk = Files.walk(dir)) {
                    found = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : found) {
                    files++;
                    String relative = layout.dataDir().relativize(file).toString();
                    if (!known.contains(relative)) {
                        report(new Finding(kind, relative, detail));
                    }
                }
            }
        }
        return files;
    }

    /** Ledger entries whose row is gone. */
    private void checkLedger() throws SQLException {
        String sql = "SELECT p.obs_publisher_did, p.product_path FROM archive.ingested_product p"
            + " LEFT JOIN ivoa.obscore o USING (obs_publisher_did) WHERE o.obs_publisher_did IS NULL"
            + (collections.isEmpty() ? "" : " AND p.obs_collection = ANY(?)");
        try (Connection c = owner.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bindCollections(c, ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    report(new Finding(Finding.Kind.LEDGER_MISMATCH, rs.getString(1),
                        "in the ingest ledger (" + rs.getString(2) + ") but no ObsCore row"));
                }
            }
        }
    }

    private void checkUnfinished() throws SQLException, IOException {
        ProductStore store = new ProductStore(layout, "verify");
        long pending;
        try (Connection c = owner.getConnection()) {
            pending = new PendingFileOps(store).countPending(c);
        }
        if (pending > 0) {
            report(new Finding(Finding.Kind.UNFINISHED_INGEST, ProductStore.STAGING_DIR, pending
                + " journalled file operations not applied (an ingest was interrupted); the next bin/ingest load"
                + " or delete applies them"));
        }
        Path staging = layout.resolve(ProductStore.STAGING_DIR);
        if (Files.isDirectory(staging)) {
            long staged;
            try (Stream<Path> walk = Files.walk(staging)) {
                staged = walk.filter(Files::isRegularFile).count();
            }
            if (staged > 0) {
                report(new Finding(Finding.Kind.UNFINISHED_INGEST, ProductStore.STAGING_DIR, staged
                    + " staged files of an interrupted ingest; the next bin/ingest load removes them"));
            }
        }
    }

    private void bindCollections(Connection c, PreparedStatement ps, int index) throws SQLException {
        if (!collections.isEmpty()) {
            Array array = c.createArrayOf("text", collections.toArray());
            ps.setArray(index, array);
        }
    }
}
