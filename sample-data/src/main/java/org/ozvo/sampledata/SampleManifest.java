package org.ozvo.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one generation wrote, in a stable order (survey, then file name).
 * {@link #toJson()} is the content of the {@code manifest.json} written next to the files;
 * paths there are relative to {@code root} with {@code /} separators. Immutable.
 *
 * @param root              the output directory
 * @param spectraPerSurvey  the size parameter the files were generated with
 * @param seed              the seed they were generated with
 * @param files             every file, good and broken
 * @param referenceReadings what specutils must make of each file, keyed by {@link SampleFile#path()}
 */
public record SampleManifest(Path root, int spectraPerSurvey, long seed, List<SampleFile> files,
                             Map<Path, ReferenceReading> referenceReadings) {

    /** File name of the manifest inside {@link #root()}. */
    public static final String FILE_NAME = "manifest.json";

    public SampleManifest {
        files = List.copyOf(files);
        referenceReadings = Map.copyOf(referenceReadings);
    }

    public List<SampleFile> forSurvey(String surveyId) {
        return files.stream().filter(f -> f.surveyId().equals(surveyId)).toList();
    }

    public List<SampleFile> goodFiles() {
        return files.stream().filter(f -> !f.broken()).toList();
    }

    public List<SampleFile> brokenFiles() {
        return files.stream().filter(SampleFile::broken).toList();
    }

    /** Sum of {@link SampleFile#expectedProducts()} over a survey's files. */
    public int expectedProducts(String surveyId) {
        return forSurvey(surveyId).stream().mapToInt(SampleFile::expectedProducts).sum();
    }

    /** The specutils expectation for a file of this manifest. */
    public ReferenceReading readingOf(SampleFile file) {
        ReferenceReading r = referenceReadings.get(file.path());
        if (r == null) {
            throw new IllegalArgumentException("not in this manifest: " + file.path());
        }
        return r;
    }

    /** The path of a file relative to {@link #root()}, with {@code /} separators. */
    public String relativeName(SampleFile file) {
        return root.relativize(file.path()).toString().replace('\\', '/');
    }

    /** Writes {@link #toJson()} to {@code root/manifest.json}. */
    public Path writeJson() throws IOException {
        Path target = root.resolve(FILE_NAME);
        Files.writeString(target, toJson(), StandardCharsets.UTF_8);
        return target;
    }

    /** One JSON document; one line per file so that diffs and greps stay readable. */
    public String toJson() {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"generator\": \"org.ozvo.sampledata.SampleArchive\",\n");
        b.append("  \"spectraPerSurvey\": ").append(spectraPerSurvey).append(",\n");
        b.append("  \"seed\": ").append(seed).append(",\n");
        b.append("  \"files\": [\n");
        for (int i = 0; i < files.size(); i++) {
            SampleFile f = files.get(i);
            ReferenceReading r = readingOf(f);
            b.append("    {\"path\": ").append(quote(relativeName(f)))
                .append(", \"surveyId\": ").append(quote(f.surveyId()))
                .append(", \"expectedProducts\": ").append(f.expectedProducts())
                .append(", \"broken\": ").append(f.broken())
                .append(", \"description\": ").append(quote(f.description()))
                .append(", \"specutils\": {\"format\": ").append(r.format() == null ? "null" : quote(r.format()))
                .append(", \"spectra\": ").append(r.spectra())
                .append(", \"firstWavelength\": ").append(number(r.firstWavelength()))
                .append(", \"lastWavelength\": ").append(number(r.lastWavelength()))
                .append(", \"tolerance\": ").append(number(r.tolerance()))
                .append(", \"fails\": ").append(r.fails())
                .append("}}").append(i + 1 < files.size() ? ",\n" : "\n");
        }
        b.append("  ]\n}\n");
        return b.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "null";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
