package org.ozvo.loaders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.ozvo.loaders.fits.HeaderScan;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;

/**
 * The survey loaders on the class path, by id. Built once (loaders are stateless) and then
 * safe to share between threads.
 */
public final class LoaderRegistry {

    private final Map<String, SurveyLoader> loaders;

    private LoaderRegistry(Map<String, SurveyLoader> loaders) {
        this.loaders = loaders;
    }

    /** The loaders listed in {@code META-INF/services} visible to this class's class loader. */
    public static LoaderRegistry load() {
        return load(LoaderRegistry.class.getClassLoader());
    }

    /** The loaders listed in {@code META-INF/services} visible to {@code classLoader}. */
    public static LoaderRegistry load(ClassLoader classLoader) {
        List<SurveyLoader> found = new ArrayList<>();
        ServiceLoader.load(SurveyLoader.class, classLoader).forEach(found::add);
        return of(found);
    }

    /**
     * A registry of the given loaders, in that order.
     *
     * @throws IllegalStateException if two loaders share an id (a packaging mistake worth
     *                               failing loudly on, since detection would be ambiguous)
     */
    public static LoaderRegistry of(List<SurveyLoader> list) {
        Map<String, SurveyLoader> byId = new LinkedHashMap<>();
        for (SurveyLoader l : list) {
            SurveyLoader previous = byId.putIfAbsent(l.id(), l);
            if (previous != null) {
                throw new IllegalStateException("two survey loaders have the id '" + l.id() + "': "
                    + previous.getClass().getName() + " and " + l.getClass().getName());
            }
        }
        return new LoaderRegistry(java.util.Collections.unmodifiableMap(byId));
    }

    /** All loaders, in discovery order. */
    public List<SurveyLoader> loaders() {
        return List.copyOf(loaders.values());
    }

    /** The ids of all loaders, e.g. for a {@code --loader} option's help. */
    public List<String> ids() {
        return List.copyOf(loaders.keySet());
    }

    /** The loader with this id, if there is one. */
    public Optional<SurveyLoader> find(String id) {
        return Optional.ofNullable(loaders.get(id));
    }

    /**
     * The one loader that recognises the file.
     *
     * @throws LoaderException "no loader recognises this file: why" when none does (not FITS,
     *                         unreadable, or an unknown layout, with what each loader looks
     *                         for), or when several do
     */
    public SurveyLoader detect(SourceFile source) throws LoaderException {
        List<SurveyLoader> accepting = new ArrayList<>();
        for (SurveyLoader l : loaders.values()) {
            try {
                if (l.accepts(source)) {
                    accepting.add(l);
                }
            } catch (IOException e) {
                throw new LoaderException("no loader recognises this file: cannot read " + source.path() + ": "
                    + e.getMessage(), e);
            }
        }
        if (accepting.size() == 1) {
            return accepting.get(0);
        }
        if (accepting.size() > 1) {
            throw new LoaderException("more than one loader recognises " + source.fileName() + ": "
                + accepting.stream().map(SurveyLoader::id).toList() + "; choose one explicitly");
        }
        throw new LoaderException("no loader recognises this file: " + why(source));
    }

    private String why(SourceFile source) {
        HeaderScan scan;
        try {
            scan = source.headerScan();
        } catch (IOException e) {
            return "cannot read " + source.path() + ": " + e.getMessage();
        }
        if (!scan.isFits()) {
            return source.fileName() + ": " + scan.describe();
        }
        StringBuilder sb = new StringBuilder(source.fileName()).append(" is ").append(scan.describe())
            .append(", which matches none of the known layouts:");
        for (SurveyLoader l : loaders.values()) {
            sb.append(" [").append(l.id()).append("] ").append(l.layoutHint()).append(';');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
