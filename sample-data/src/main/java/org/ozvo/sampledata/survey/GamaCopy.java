package org.ozvo.sampledata.survey;

import java.io.IOException;
import org.ozvo.sampledata.synth.Rng;

/**
 * One of the layouts in which GAMA redistributes another survey's spectrum: the source
 * survey's native layout with {@link GamaKeywords} appended (survey-formats.md §4 table).
 */
interface GamaCopy {

    /** The {@code SURVEY} keyword value, e.g. {@code 2dFGRS}. */
    String survey();

    /**
     * Writes one such file for a new object of a kind that survey observed, in a GAMA field
     * it overlaps.
     *
     * @param index running number of this layout's files, for unique names
     */
    void write(int index, Rng rng, SampleSink sink) throws IOException;
}
