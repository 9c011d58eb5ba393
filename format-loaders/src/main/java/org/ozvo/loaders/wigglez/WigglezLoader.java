package org.ozvo.loaders.wigglez;

import java.util.List;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
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
 * Native WiggleZ release files: one spectrum product per file (obs_id = file name without
 * extension). GAMA's copies of WiggleZ spectra are read by the GAMA loader. Stateless and
 * thread-safe.
 */
public final class WigglezLoader extends LayoutLoader {

    public static final String ID = "wigglez";

    private final WigglezReader reader = new WigglezReader();
    private final WigglezMapper mapper = new WigglezMapper();
    private final SimplifiedFitsWriter writer = new SimplifiedFitsWriter();

    public WigglezLoader() {
        super(ID, WigglezLayout.DESCRIPTION, WigglezLayout::matches);
    }

    @Override
    protected List<Product> read(SourceFile source) throws LoaderException {
        FitsContent file = FitsContent.read(source);
        if (!WigglezLayout.matches(file.scan())) {
            throw new LoaderException(file.fileName() + " is not a WiggleZ file (" + WigglezLayout.DESCRIPTION + ")");
        }
        Keywords primary = file.keywords(0);
        Provenance p = new Provenance("WiggleZ", file.fileName(), "HDU 0 and VARIANCE",
            List.of("Bad pixels (zero flux and variance, BADPIX, NaN) set to NaN; zero-padded ends removed.",
                "Flux relatively calibrated only (WiggleZ final release)."));
        return List.of(SpectrumProducts.of(reader.read(file),
            mapper.map(primary, ObsIds.collection(source, SurveyInfo.WIGGLEZ), ObsIds.stem(file.fileName())),
            p, writer));
    }
}
