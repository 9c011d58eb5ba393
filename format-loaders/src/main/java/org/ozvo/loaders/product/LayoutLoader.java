package org.ozvo.loaders.product;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.ozvo.loaders.fits.HeaderScan;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;

/**
 * A survey loader that recognises its files by their header layout. The id, the layout's
 * description and test, and the safety net around loading ({@link SafeLoad}) are the same for
 * every survey; a survey supplies only how to read and map one accepted file. Subclasses are
 * stateless and thread-safe, as {@link SurveyLoader} requires.
 */
public abstract class LayoutLoader implements SurveyLoader {

    private final String id;
    private final String layoutHint;
    private final Predicate<HeaderScan> layout;

    /**
     * @param id         the loader id used on the command line
     * @param layoutHint one line describing the layout, for "no loader recognises" messages
     * @param layout     true for the header scans of files this loader reads
     */
    protected LayoutLoader(String id, String layoutHint, Predicate<HeaderScan> layout) {
        this.id = id;
        this.layoutHint = layoutHint;
        this.layout = layout;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String layoutHint() {
        return layoutHint;
    }

    @Override
    public final boolean accepts(SourceFile source) throws IOException {
        return layout.test(source.headerScan());
    }

    @Override
    public final List<Product> load(SourceFile source) throws LoaderException {
        return SafeLoad.run(source, () -> read(source));
    }

    /** Reads and maps one accepted file; runtime failures are turned into LoaderExceptions. */
    protected abstract List<Product> read(SourceFile source) throws LoaderException;
}
