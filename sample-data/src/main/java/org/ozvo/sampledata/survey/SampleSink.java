package org.ozvo.sampledata.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.SampleFile;

/** Collects the files a generator wrote. One sink per generator; not thread-safe. */
public final class SampleSink {

    private final Path root;
    private final List<SampleFile> files = new ArrayList<>();
    private final Map<Path, ReferenceReading> readings = new LinkedHashMap<>();

    public SampleSink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Absolute path of a file below the output root. */
    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** Records a readable file. */
    public void good(Path path, String surveyId, int products, String description, ReferenceReading reading) {
        add(new SampleFile(path, surveyId, products, false, description), reading);
    }

    /** Records a deliberately broken file (no products). */
    public void broken(Path path, String surveyId, String description, ReferenceReading reading) {
        add(new SampleFile(path, surveyId, 0, true, description), reading);
    }

    private void add(SampleFile file, ReferenceReading reading) {
        if (readings.containsKey(file.path())) {
            throw new IllegalStateException("file written twice: " + file.path());
        }
        files.add(file);
        readings.put(file.path(), reading);
    }

    public List<SampleFile> files() {
        return List.copyOf(files);
    }

    public Map<Path, ReferenceReading> readings() {
        return Map.copyOf(readings);
    }
}
