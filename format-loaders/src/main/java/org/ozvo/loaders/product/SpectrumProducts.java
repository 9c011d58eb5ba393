package org.ozvo.loaders.product;

import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.obscore.SpectrumMetadata;
import org.ozvo.loaders.spi.LoaderException;

/** The last step every spectrum loader shares: trim, complete the metadata, wrap as a product. */
public final class SpectrumProducts {

    private SpectrumProducts() {
    }

    /**
     * Trims masked pixels off both ends (they carry no data, and trimming makes the file's
     * WMIN/WMAX and the ObsCore em_min/em_max describe the same pixels), derives the
     * spectrum-dependent ObsCore values and builds the product.
     *
     * @throws LoaderException if every pixel of the spectrum is masked
     */
    public static SpectrumProduct of(RawSpectrum raw, SpectrumMetadata meta, Provenance provenance,
                                     SimplifiedFitsWriter writer) throws LoaderException {
        if (raw.firstValid() < 0) {
            throw new LoaderException(provenance.fileName() + " " + provenance.part()
                + ": every pixel of the spectrum is masked or blank");
        }
        RawSpectrum published = raw.trimmed();
        return new SpectrumProduct(published, meta.complete(published), provenance, writer);
    }
}
