package org.ozvo.loaders.ozdes;

import java.util.ArrayList;
import java.util.List;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.product.LayoutLoader;
import org.ozvo.loaders.product.ObsIds;
import org.ozvo.loaders.product.SpectrumProducts;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;

/**
 * OzDES DR2 files: the combined spectrum ({@code <file>_combined}) and every exposure
 * ({@code <file>_<mjd>}, the MJD as in the extension name). Stateless and thread-safe.
 */
public final class OzdesLoader extends LayoutLoader {

    public static final String ID = "ozdes";

    private static final List<String> NOTES = List.of(
        "Pixels flagged in BADPIX, or NaN in flux or variance, set to NaN.",
        "Flux in normalised counts per Angstrom (not flux calibrated); the files say DO_HELIO = F,"
            + " so wavelengths are taken as topocentric.");

    private final OzdesReader reader = new OzdesReader();
    private final OzdesMapper mapper = new OzdesMapper();
    private final SimplifiedFitsWriter writer = new SimplifiedFitsWriter();

    public OzdesLoader() {
        super(ID, OzdesLayout.DESCRIPTION, OzdesLayout::matches);
    }

    @Override
    protected List<Product> read(SourceFile source) throws LoaderException {
        FitsContent content = FitsContent.read(source);
        if (!OzdesLayout.matches(content.scan())) {
            throw new LoaderException(content.fileName() + " is not an OzDES file (" + OzdesLayout.DESCRIPTION + ")");
        }
        OzdesFile file = reader.read(content);
        String collection = ObsIds.collection(source, SurveyInfo.OZDES);
        String stem = ObsIds.stem(content.fileName());
        List<Product> products = new ArrayList<>();
        products.add(SpectrumProducts.of(file.coadd(), mapper.combined(file, collection, stem),
            new Provenance("OzDES", content.fileName(), "HDU 0-2 (coadd, VARIANCE, BADPIX)", NOTES), writer));
        for (OzdesExposure e : file.exposures()) {
            String part = "HDU " + e.hdu() + "-" + (e.hdu() + 2) + " (" + content.extName(e.hdu()) + ")";
            products.add(SpectrumProducts.of(e.spectrum(), mapper.exposure(file, e, collection, stem),
                new Provenance("OzDES", content.fileName(), part, NOTES), writer));
        }
        return products;
    }
}
