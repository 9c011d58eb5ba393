package org.ozvo.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ozvo.sampledata.survey.MisfitGenerator;
import org.ozvo.sampledata.survey.OzdesGenerator;
import org.ozvo.sampledata.survey.GamaGenerator;
import org.ozvo.sampledata.survey.SampleSink;
import org.ozvo.sampledata.survey.SixDfgsGenerator;
import org.ozvo.sampledata.survey.SurveyGenerator;
import org.ozvo.sampledata.survey.TwoDfgrsGenerator;
import org.ozvo.sampledata.survey.WiggleZGenerator;
import org.ozvo.sampledata.synth.Rng;

/**
 * Generates a deterministic archive of synthetic survey files in every original layout of
 * 2dFGRS, 6dFGS, GAMA (including GAMA's copies of other surveys' spectra), OzDES and WiggleZ,
 * plus a handful of deliberately broken files, and a {@code manifest.json} describing them.
 *
 * <p>Layout below {@code outDir}: one directory per survey id ({@code 2dfgrs/}, {@code 6dfgs/},
 * {@code gama/}, {@code ozdes/2dF+AAOmega_x5700/}, {@code wigglez/}) and {@code unknown/} for
 * broken files that belong to no survey. GAMA's copies of 2dFGRS, WiggleZ, 6dFGS, SDSS, MGC,
 * 2QZ, 2SLAQ-QSO and Liverpool Telescope spectra are GAMA products ({@code surveyId = gama}),
 * since they are distributed and identified (GAMANAME, SPECID) by GAMA.
 *
 * <p>Size: {@code spectraPerSurvey} counts spectra, not files (for 6dFGS the thumbnails are
 * extra); each survey gets about that many, spread over files as its packaging dictates,
 * and at least one file of every layout whatever the number. The same
 * ({@code spectraPerSurvey}, {@code seed}) always gives byte-identical files: no clock, no
 * environment, one seeded random stream per survey and {@link StrictMath} throughout.
 *
 * <p>Thread-safe (no shared state); uses up to two threads while generating.
 */
public final class SampleArchive {

    /** Survey ids in manifest order. */
    public static final List<String> SURVEYS = List.of("2dfgrs", "6dfgs", "gama", "ozdes", "wigglez");
    /** Survey id of broken files that belong to no survey. */
    public static final String UNKNOWN = "unknown";
    /** The demo size: several hundred spectra per survey. */
    public static final int DEFAULT_SPECTRA_PER_SURVEY = 300;
    public static final long DEFAULT_SEED = 20240901L;

    private static final List<String> OWNED_DIRECTORIES = Stream.concat(SURVEYS.stream(), Stream.of(UNKNOWN)).toList();

    private SampleArchive() {
    }

    /**
     * Writes the files and {@code manifest.json} into {@code outDir} (created if missing). If
     * {@code outDir} holds a previous generation (it has a manifest), that one's directories
     * are replaced; other files are left alone.
     *
     * @throws IllegalArgumentException if {@code spectraPerSurvey < 1}
     * @throws IllegalStateException    if {@code outDir} has survey directories but no manifest,
     *                                  i.e. holds data this class did not write
     */
    public static SampleManifest generate(Path outDir, int spectraPerSurvey, long seed) throws IOException {
        if (spectraPerSurvey < 1) {
            throw new IllegalArgumentException("spectraPerSurvey must be at least 1, was " + spectraPerSurvey);
        }
        Path root = outDir.toAbsolutePath().normalize();
        prepare(root);
        List<SampleSink> sinks = runAll(root, spectraPerSurvey, seed);
        List<SampleFile> files = new ArrayList<>();
        Map<Path, ReferenceReading> readings = new HashMap<>();
        for (SampleSink sink : sinks) {
            files.addAll(sink.files().stream().sorted(Comparator.comparing(SampleFile::path)).toList());
            readings.putAll(sink.readings());
        }
        SampleManifest manifest = new SampleManifest(root, spectraPerSurvey, seed, files, readings);
        manifest.writeJson();
        return manifest;
    }

    private static List<SurveyGenerator> generators() {
        return List.of(new TwoDfgrsGenerator(), new SixDfgsGenerator(), new GamaGenerator(), new OzdesGenerator(),
            new WiggleZGenerator(), new MisfitGenerator());
    }

    private static List<SampleSink> runAll(Path root, int spectra, long seed) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<SampleSink>> futures = new ArrayList<>();
            for (SurveyGenerator g : generators()) {
                futures.add(pool.submit(() -> {
                    SampleSink sink = new SampleSink(root);
                    g.generate(spectra, Rng.forStream(seed, g.surveyId()), sink);
                    return sink;
                }));
            }
            List<SampleSink> sinks = new ArrayList<>();
            for (Future<SampleSink> f : futures) {
                sinks.add(f.get());
            }
            return sinks;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void prepare(Path root) throws IOException {
        Files.createDirectories(root);
        boolean previous = Files.exists(root.resolve(SampleManifest.FILE_NAME));
        for (String dir : OWNED_DIRECTORIES) {
            Path d = root.resolve(dir);
            if (!Files.exists(d)) {
                continue;
            }
            if (!previous) {
                throw new IllegalStateException(d + " exists but " + root + " has no " + SampleManifest.FILE_NAME
                    + ": refusing to overwrite data this generator did not write");
            }
            deleteTree(d);
        }
        Files.deleteIfExists(root.resolve(SampleManifest.FILE_NAME));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
