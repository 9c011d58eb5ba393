package org.ozvo.ingest.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.ozvo.sampledata.SampleArchive;
import org.ozvo.sampledata.SampleFile;
import org.ozvo.sampledata.SampleManifest;

/** The sample-data generator's survey files, with what a correct load makes of them. */
public final class SampleFiles {

    /** Include patterns that take the survey files and leave the manifest out. */
    public static final String[] FITS_ONLY = {"--include", "*.fits", "--include", "*.fit"};

    private SampleFiles() {
    }

    public static SampleManifest generate(Path dir, int spectraPerSurvey, long seed) throws IOException {
        return SampleArchive.generate(dir, spectraPerSurvey, seed);
    }

    /** Products all good files must give. */
    public static int expectedProducts(SampleManifest manifest) {
        return manifest.goodFiles().stream().mapToInt(SampleFile::expectedProducts).sum();
    }
}
