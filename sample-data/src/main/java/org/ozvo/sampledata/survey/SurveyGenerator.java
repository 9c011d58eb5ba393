package org.ozvo.sampledata.survey;

import java.io.IOException;
import org.ozvo.sampledata.synth.Rng;

/**
 * Writes one survey's synthetic files. Implementations are stateless; all randomness comes
 * from the {@link Rng} handed in, so the same stream gives the same files.
 */
public interface SurveyGenerator {

    /** The survey id used in the manifest and as the directory name. */
    String surveyId();

    /**
     * Writes about {@code spectra} spectra, spread over files as the survey's packaging
     * dictates, at least one file of every layout, plus the broken files attributed to it.
     */
    void generate(int spectra, Rng rng, SampleSink sink) throws IOException;
}
