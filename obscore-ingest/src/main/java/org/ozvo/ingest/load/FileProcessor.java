package org.ozvo.ingest.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ozvo.ingest.product.FailureMessages;
import org.ozvo.ingest.product.Loaders;
import org.ozvo.ingest.product.ProductRecords;
import org.ozvo.ingest.product.UnreadableFileException;
import org.ozvo.ingest.store.ProductStore;
import org.ozvo.ingest.store.StagedFile;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * The work done per original file, on a worker thread: decide from size, time and checksum
 * whether it changed since its last load, run its loader, write every product's simplified
 * FITS (and the copy of the original) to staging and build the rows. Never throws for a bad
 * file: the outcome says why it failed, and nothing it staged is left behind. Thread-safe.
 */
final class FileProcessor {

    private final LoadSettings settings;
    private final Loaders loaders;
    private final ProductRecords records;
    private final ProductStore store;
    private final String fingerprint;

    FileProcessor(LoadSettings settings, Loaders loaders, ProductRecords records, ProductStore store) {
        this.settings = settings;
        this.loaders = loaders;
        this.records = records;
        this.store = store;
        // Rows also carry the authority and base URL: a change of either reloads every file.
        this.fingerprint = settings.fingerprint() + ";authority=" + records.layout().authority()
            + ";baseurl=" + records.layout().baseUrl();
    }

    FileOutcome process(FileTask task) {
        Path path = task.path();
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            long size = attrs.size();
            long mtime = attrs.lastModifiedTime().to(TimeUnit.MICROSECONDS);
            LedgerEntry previous = settings.force() ? null : task.previous();
            boolean sameOptions = previous != null && previous.loadOptions().equals(fingerprint);
            if (sameOptions && previous.size() == size && previous.mtimeMicros() == mtime) {
                return new FileOutcome.Unchanged(path);
            }
            // One read of the file: the checksum, detection and the loader all use these bytes.
            SourceFile source = new SourceFile(path, settings.overrides().collection());
            String sha256 = Sha256.of(source.content());
            if (sameOptions && previous.sha256().equals(sha256)) {
                return new FileOutcome.Touched(path, mtime);
            }
            SurveyLoader loader = loaders.choose(source, settings.survey());
            List<Product> products = loader.load(source);
            checkProducts(products);
            return stage(path, loader.id(), size, mtime, sha256, products);
        } catch (UnreadableFileException | LoaderException e) {
            return new FileOutcome.Failed(path, e.getMessage());
        } catch (IOException e) {
            return new FileOutcome.Failed(path, "cannot read: " + FailureMessages.of(e));
        } catch (RuntimeException e) {
            // A loader tripping over a damaged file must not end the run.
            return new FileOutcome.Failed(path, "loader failed: " + FailureMessages.of(e));
        }
    }

    private void checkProducts(List<Product> products) throws UnreadableFileException {
        Set<String> seen = new HashSet<>();
        for (Product p : products) {
            if (!seen.add(records.didOf(p))) {
                throw new UnreadableFileException("obs_id " + p.obsId() + " occurs twice in this file");
            }
        }
    }

    private FileOutcome stage(Path path, String loaderId, long size, long mtime, String sha256,
                              List<Product> products) {
        StagedFile original = null;
        List<String> written = new ArrayList<>(products.size() + 1);
        List<StagedProduct> staged = new ArrayList<>(products.size());
        try {
            String originalPath;
            // A file without products (e.g. a 2dFGRS stamp-only file) has no row to serve its original.
            boolean copied = settings.originals() == OriginalsMode.COPY && !products.isEmpty();
            if (copied) {
                originalPath = records.layout().originalPath(records.collectionOf(products.get(0)),
                    path.getFileName().toString());
                original = store.stageCopy(path, ".orig");
                written.add(original.stagedPath());
            } else {
                originalPath = path.toString();
            }
            Instant now = Instant.now();
            for (Product product : products) {
                StagedFile fits = store.stage(".fits", product::writeFits);
                written.add(fits.stagedPath());
                ObsCoreRecord record = complete(product, originalPath, fits.bytes(), now);
                staged.add(new StagedProduct(record, fits.stagedPath(), fits.bytes()));
            }
            LedgerEntry entry = new LedgerEntry(path.toString(), size, mtime, sha256, loaderId, fingerprint,
                originalPath, copied);
            return new FileOutcome.Loaded(path, entry, original, List.copyOf(staged));
        } catch (IOException | RuntimeException | UnreadableFileException e) {
            written.forEach(store::discard);
            if (e instanceof UnreadableFileException u) {
                return new FileOutcome.Failed(path, u.getMessage());
            }
            String prefix = e instanceof IOException ? "cannot write product: " : "loader failed writing FITS: ";
            return new FileOutcome.Failed(path, prefix + FailureMessages.of(e));
        }
    }

    private ObsCoreRecord complete(Product product, String originalPath, long bytes, Instant now)
            throws UnreadableFileException {
        try {
            return records.complete(product, originalPath, bytes, now);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException("invalid metadata for " + product.obsId() + " (" + product.origin()
                + "): " + e.getMessage());
        } catch (RuntimeException e) {
            throw new UnreadableFileException("cannot read metadata of " + product.obsId() + " (" + product.origin()
                + "): " + FailureMessages.of(e));
        }
    }
}
