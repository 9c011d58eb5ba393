package org.ozvo.ingest.convert;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ozvo.ingest.product.FailureMessages;
import org.ozvo.ingest.product.Loaders;
import org.ozvo.ingest.product.ProductRecords;
import org.ozvo.ingest.product.UnreadableFileException;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * Converts one original file: every product's simplified FITS goes to the output directory
 * (the archive layout's product path under it), and its completed ObsCore record is returned
 * as JSON. All or nothing per file: products are written to temporary names and renamed only
 * when the whole file converted. Thread-safe.
 */
public final class Converter {

    private final Loaders loaders;
    private final ProductRecords records;
    private final String survey;
    private final String collection;

    /**
     * @param records    completes records; its layout's data directory is the output directory
     * @param survey     loader id for every file, or null to detect
     * @param collection collection override passed to the loaders, or null
     */
    public Converter(Loaders loaders, ProductRecords records, String survey, String collection) {
        this.loaders = loaders;
        this.records = records;
        this.survey = survey;
        this.collection = collection;
    }

    /**
     * Converts a file.
     *
     * @return one JSON line per product, in the loader's order (none for a file without products)
     * @throws UnreadableFileException naming the reason; nothing of this file was written
     */
    public List<String> convert(Path file) throws UnreadableFileException {
        List<Product> products;
        try {
            SourceFile source = new SourceFile(file, collection);
            SurveyLoader loader = loaders.choose(source, survey);
            products = loader.load(source);
        } catch (LoaderException e) {
            throw new UnreadableFileException(e.getMessage());
        } catch (RuntimeException e) {
            throw new UnreadableFileException("loader failed: " + FailureMessages.of(e));
        }
        List<Path[]> written = new ArrayList<>();
        List<String> json = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = Instant.now();
        try {
            for (Product product : products) {
                String productPath = records.productPathOf(product);
                if (!seen.add(productPath)) {
                    throw new UnreadableFileException("obs_id " + product.obsId() + " occurs twice in this file");
                }
                Path target = records.layout().resolve(productPath);
                Path temp = writeTemp(target, product);
                written.add(new Path[] {temp, target});
                ObsCoreRecord record = complete(product, file, Files.size(temp), now);
                json.add(ProductJson.of(record));
            }
            for (Path[] move : written) {
                Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return json;
        } catch (IOException e) {
            throw new UnreadableFileException("cannot write product: " + FailureMessages.of(e));
        } catch (RuntimeException e) {
            throw new UnreadableFileException("loader failed writing FITS: " + FailureMessages.of(e));
        } finally {
            for (Path[] move : written) {
                try {
                    Files.deleteIfExists(move[0]);
                } catch (IOException e) {
                    // Only a temporary file; nothing refers to it.
                }
            }
        }
    }

    private ObsCoreRecord complete(Product product, Path file, long bytes, Instant now) throws UnreadableFileException {
        try {
            return records.complete(product, file.toString(), bytes, now);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException("invalid metadata for " + product.obsId() + " (" + product.origin()
                + "): " + e.getMessage());
        }
    }

    private static Path writeTemp(Path target, Product product) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            product.writeFits(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}
