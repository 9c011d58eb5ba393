package org.ozvo.loaders.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ozvo.loaders.product.SpectrumProduct;
import org.ozvo.loaders.spi.Product;

/**
 * Collects (original file, reader format, our spectra) jobs and runs them through
 * {@code compare_specutils.py} in one Python process.
 */
public final class SpecutilsComparison {

    private final Path dir;
    private final List<String> jobs = new ArrayList<>();
    private int pairs;

    /** @param dir where our files and the job list are written */
    public SpecutilsComparison(Path dir) {
        this.dir = dir;
    }

    /**
     * Adds the spectrum products of one original file; the i-th spectrum product is compared
     * with the i-th spectrum the reader returns.
     *
     * @param options e.g. {@code zero-padding}, {@code resampled}, {@code positive-variance}
     */
    public void add(Path original, String format, List<String> options, List<Product> products) throws IOException {
        Path sub = Files.createTempDirectory(dir, "job");
        List<Product> spectra = products.stream().filter(SpectrumProduct.class::isInstance).toList();
        Map<Product, Path> files = ProductFiles.write(spectra, sub);
        StringBuilder line = new StringBuilder(original.toString()).append('\t').append(format).append('\t')
            .append(String.join(",", options));
        int i = 0;
        for (Path p : files.values()) {
            line.append('\t').append(i++).append('=').append(p);
            pairs++;
        }
        jobs.add(line.toString());
    }

    /** Number of (reference, ours) pairs added. */
    public int pairs() {
        return pairs;
    }

    /** Runs every job; returns the PASS/FAIL lines. */
    public List<String> run() throws IOException {
        Path jobFile = dir.resolve("jobs.tsv");
        Files.write(jobFile, jobs);
        return Python.run("compare_specutils.py", List.of(jobFile.toString())).stream()
            .filter(l -> l.startsWith("PASS") || l.startsWith("FAIL")).toList();
    }
}
