package org.ozvo.loaders.product;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.ozvo.loaders.fits.ThumbnailFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.Thumbnail;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.loaders.spi.Product;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/** A thumbnail image product (6dFGS SuperCOSMOS and 2MASS stamps). Immutable and thread-safe. */
public final class ImageProduct implements Product {

    private final Thumbnail image;
    private final ObsCoreValues values;
    private final Provenance provenance;
    private final ThumbnailFitsWriter writer;

    public ImageProduct(Thumbnail image, ObsCoreValues values, Provenance provenance, ThumbnailFitsWriter writer) {
        this.image = Objects.requireNonNull(image);
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
        writer.write(image, values, provenance, out);
    }

    public Thumbnail image() {
        return image;
    }

    public ObsCoreValues values() {
        return values;
    }

    @Override
    public String toString() {
        return "ImageProduct[" + collection() + "/" + obsId() + " from " + provenance.fileName() + " " + origin() + "]";
    }
}
