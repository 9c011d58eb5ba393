package org.ozvo.ingest.product;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.ozvo.loaders.LoaderRegistry;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;

/**
 * The survey loaders on the class path ({@link LoaderRegistry}) and the choice of one for a
 * file: the one the operator named, or the one loader that recognises the file. Thread-safe.
 */
public final class Loaders {

    private final LoaderRegistry registry;

    public Loaders(LoaderRegistry registry) {
        this.registry = registry;
    }

    /** The loaders registered in {@code META-INF/services} on this program's class path. */
    public static Loaders discover() {
        return new Loaders(LoaderRegistry.load(Loaders.class.getClassLoader()));
    }

    /** Ids of all loaders. */
    public List<String> ids() {
        return registry.ids();
    }

    /** The loader with this id. */
    public Optional<SurveyLoader> find(String id) {
        return registry.find(id);
    }

    /**
     * The loader for a file.
     *
     * @param named loader id the operator gave, or null to detect
     * @throws UnreadableFileException if no loader (or more than one) recognises the file, or
     *                                 the named one does not; the message says why
     */
    public SurveyLoader choose(SourceFile source, String named) throws UnreadableFileException {
        if (named == null) {
            try {
                return registry.detect(source);
            } catch (LoaderException e) {
                throw new UnreadableFileException(e.getMessage());
            } catch (RuntimeException e) {
                throw new UnreadableFileException("no loader recognises this file: " + FailureMessages.of(e));
            }
        }
        SurveyLoader loader = find(named).orElseThrow(() ->
            new UnreadableFileException("no loader named '" + named + "' (known: " + String.join(", ", ids()) + ")"));
        boolean accepted;
        try {
            accepted = loader.accepts(source);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + FailureMessages.of(e));
        } catch (RuntimeException e) {
            accepted = false;
        }
        if (!accepted) {
            throw new UnreadableFileException("the " + named + " loader does not recognise this file (it expects: "
                + loader.layoutHint() + ")");
        }
        return loader;
    }
}
