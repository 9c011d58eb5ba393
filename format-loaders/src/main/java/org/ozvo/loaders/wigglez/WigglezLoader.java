package org.ozvo.loaders.wigglez;

import java.io.IOException;
import java.util.List;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.product.ObsIds;
import org.ozvo.loaders.product.SafeLoad;
import org.ozvo.loaders.product.SpectrumProducts;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;
import org.ozvo.loaders.spi.SurveyLoader;

/**
 * Native WiggleZ release files: one spectrum product per file (obs_id = file name without
 * extension). GAMA's copies of WiggleZ spectra are read by the GAMA loader. Stateless and
 * thread-safe.
 */
public final class WigglezLoader implements SurveyLoader {

    public static final String ID = "wigglez";

    private final WigglezReader reader = new WigglezReader();
    private final WigglezMapper mapper = new WigglezMapper();
    private final SimplifiedFitsWriter writer = new SimplifiedFitsWriter();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String layoutHint() {
        return WigglezLayout.DESCRIPTION;
    }

    @Override
    public boolean accepts(SourceFile source) throws IOException {
        return WigglezLayout.matches(source.headerScan());
    }

    @Override
    public List<Product> load(SourceFile source) throws LoaderException {
        return SafeLoad.run(source, () -> read(source));
    }

    private List<Product> read(SourceFile source) throws LoaderException {
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
