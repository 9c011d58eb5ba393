package org.ozvo.loaders.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ozvo.loaders.spi.Product;

/** Writes products' simplified FITS files into a directory, named by obs_id. */
public final class ProductFiles {

    private ProductFiles() {
    }

    /** product -> written file, in product order. */
    public static Map<Product, Path> write(List<Product> products, Path dir) {
        Map<Product, Path> out = new LinkedHashMap<>();
        for (Product p : products) {
            Path f = dir.resolve(p.obsId() + ".fits");
            try (OutputStream o = Files.newOutputStream(f)) {
                p.writeFits(o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.put(p, f);
        }
        return out;
    }
}
