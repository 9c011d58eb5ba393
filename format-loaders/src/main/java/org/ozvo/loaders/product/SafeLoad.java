package org.ozvo.loaders.product;

import java.util.List;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;

/**
 * The loaders' safety net: whatever a malformed file provokes (an inconsistent time span, an
 * unexpected array type inside nom-tam-fits), the ingest gets a {@link LoaderException} naming
 * the file, never a runtime exception.
 */
public final class SafeLoad {

    /** The part of a loader that reads and maps one file. */
    @FunctionalInterface
    public interface Body {
        List<Product> load() throws LoaderException;
    }

    private SafeLoad() {
    }

    public static List<Product> run(SourceFile source, Body body) throws LoaderException {
        try {
            return List.copyOf(body.load());
        } catch (RuntimeException e) {
            throw new LoaderException(source.fileName() + ": unexpected content (" + e.getClass().getSimpleName()
                + "): " + e.getMessage(), e);
        }
    }
}
