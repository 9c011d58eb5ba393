package org.ozvo.loaders.spi;

import java.io.IOException;
import java.util.List;

/**
 * Reads one survey's original files. Implementations are listed in
 * {@code META-INF/services/org.ozvo.loaders.spi.SurveyLoader} and found with
 * {@link java.util.ServiceLoader}; a new survey is one new class plus that line.
 * Implementations are stateless and thread-safe.
 */
public interface SurveyLoader {

    /** Short stable name used on the command line, e.g. {@code 2dfgrs}, {@code ozdes}. */
    String id();

    /**
     * What this loader looks for, in one line, for "no loader recognises this file" messages,
     * e.g. {@code 2dFGRS release file: primary IMAGE='SKYCHART' ...}. Defaults to the id.
     */
    default String layoutHint() {
        return id();
    }

    /** True if this loader recognises the file (cheap: looks at headers only). */
    boolean accepts(SourceFile source) throws IOException;

    /**
     * Turns one original file into its products (spectra and images).
     *
     * @throws LoaderException naming the reason when the file is unreadable, truncated or
     *                         lacks what the layout needs; nothing partial is returned
     */
    List<Product> load(SourceFile source) throws LoaderException;
}
