package org.ozvo.loaders.product;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.loaders.spi.Product;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * A spectrum product: the published (trimmed) spectrum, its ObsCore values and provenance.
 * Immutable and thread-safe; the data stay in memory until the product is dropped.
 */
public final class SpectrumProduct implements Product {

    private final RawSpectrum spectrum;
    private final ObsCoreValues values;
    private final Provenance provenance;
    private final SimplifiedFitsWriter writer;

    /**
     * @param values must hold obs_collection and obs_id
     */
    public SpectrumProduct(RawSpectrum spectrum, ObsCoreValues values, Provenance provenance,
                           SimplifiedFitsWriter writer) {
        this.spectrum = Objects.requireNonNull(spectrum);
        this.values = Objects.requireNonNull(values);
        this.provenance = Objects.requireNonNull(provenance);
        this.writer = Objects.requireNonNull(writer);
        Objects.requireNonNull(values.getString(ObsCoreColumn.OBS_COLLECTION), "obs_collection");
        Objects.requireNonNull(values.getString(ObsCoreColumn.OBS_ID), "obs_id");
    }

    @Override
    public String collection() {
        return values.getString(ObsCoreColumn.OBS_COLLECTION);
    }

    @Override
    public String obsId() {
        return values.getString(ObsCoreColumn.OBS_ID);
    }

    @Override
    public String origin() {
        return provenance.part();
    }

    @Override
    public ObsCoreRecord.Builder metadata() {
        return values.builder();
    }

    @Override
    public void writeFits(OutputStream out) throws IOException {
        writer.write(spectrum, values, provenance, out);
    }

    /** The spectrum as published (masked ends trimmed, bad pixels NaN). */
    public RawSpectrum spectrum() {
        return spectrum;
    }

    public ObsCoreValues values() {
        return values;
    }

    public Provenance provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return "SpectrumProduct[" + collection() + "/" + obsId() + " from " + provenance.fileName() + " " + origin() + "]";
    }
}
