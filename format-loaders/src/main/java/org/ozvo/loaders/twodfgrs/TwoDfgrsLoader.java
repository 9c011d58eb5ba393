package org.ozvo.loaders.twodfgrs;

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
 * 2dFGRS final release files: one spectrum product per {@code SPECTRUM} extension; a
 * stamp-only file gives no products. Stateless and thread-safe.
 */
public final class TwoDfgrsLoader extends LayoutLoader {

    public static final String ID = "2dfgrs";

    private final TwoDfgrsReader reader = new TwoDfgrsReader();
    private final TwoDfgrsMapper mapper = new TwoDfgrsMapper();
    private final SimplifiedFitsWriter writer = new SimplifiedFitsWriter();

    public TwoDfgrsLoader() {
        super(ID, TwoDfgrsLayout.DESCRIPTION, TwoDfgrsLayout::matches);
    }

    @Override
    protected List<Product> read(SourceFile source) throws LoaderException {
        FitsContent file = FitsContent.read(source);
        String collection = ObsIds.collection(source, SurveyInfo.TWODFGRS);
        String stem = ObsIds.stem(file.fileName());
        List<Product> products = new ArrayList<>();
        for (TwoDfgrsObservation obs : reader.read(file)) {
            Provenance provenance = new Provenance("2dFGRS", file.fileName(), file.describe(obs.hdu()), List.of(
                "Bad pixels (2dFGRS sentinel -2.5e30 in flux or variance) set to NaN.",
                "Flux in uncalibrated counts; unit count/s as assigned by specutils' 2dFGRS reader."));
            products.add(SpectrumProducts.of(obs.spectrum(), mapper.map(obs, collection, stem), provenance, writer));
        }
        return products;
    }
}
