package org.ozvo.loaders.product;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.obscore.ObsCoreValues;

/**
 * A spectrum product: the published (trimmed) spectrum, its ObsCore values and provenance.
 * Immutable and thread-safe; the data stay in memory until the product is dropped.
 */
public final class SpectrumProduct extends MappedProduct {

    private final RawSpectrum spectrum;
    private final SimplifiedFitsWriter writer;

    /**
     * @param values must hold obs_collection and obs_id
     */
    public SpectrumProduct(RawSpectrum spectrum, ObsCoreValues values, Provenance provenance,
                           SimplifiedFitsWriter writer) {
        super(values, provenance);
        this.spectrum = Objects.requireNonNull(spectrum);
        this.writer = Objects.requireNonNull(writer);
    }

    @Override
    public void writeFits(OutputStream out) throws IOException {
        writer.write(spectrum, values(), provenance(), out);
    }

    /** The spectrum as published (masked ends trimmed, bad pixels NaN). */
    public RawSpectrum spectrum() {
        return spectrum;
    }
}
