package org.ozvo.loaders.product;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.ozvo.loaders.fits.ThumbnailFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.Thumbnail;
import org.ozvo.loaders.obscore.ObsCoreValues;

/** A thumbnail image product (6dFGS SuperCOSMOS and 2MASS stamps). Immutable and thread-safe. */
public final class ImageProduct extends MappedProduct {

    private final Thumbnail image;
    private final ThumbnailFitsWriter writer;

    public ImageProduct(Thumbnail image, ObsCoreValues values, Provenance provenance, ThumbnailFitsWriter writer) {
        super(values, provenance);
        this.image = Objects.requireNonNull(image);
        this.writer = Objects.requireNonNull(writer);
    }

    @Override
    public void writeFits(OutputStream out) throws IOException {
        writer.write(image, values(), provenance(), out);
    }

    public Thumbnail image() {
        return image;
    }
}
