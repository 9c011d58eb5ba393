package org.ozvo.loaders.gama;

import java.util.List;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.obscore.SpectrumMetadata;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.product.LayoutLoader;
import org.ozvo.loaders.product.ObsIds;
import org.ozvo.loaders.product.SpectrumProducts;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;

/**
 * GAMA DR2 release files: one spectrum product per file (obs_id = file name without
 * extension), GAMA's own calibrated AAOmega spectrum or a spectrum of another survey that
 * GAMA redistributes (2dFGRS, 6dFGS, WiggleZ, MGC, 2QZ, 2SLAQ-QSO, LT, SDSS), all in GAMA's
 * collection with GAMA's position, redshift and name. Stateless and thread-safe.
 */
public final class GamaLoader extends LayoutLoader {

    public static final String ID = "gama";

    private final GamaReader reader = new GamaReader();
    private final GamaMapper mapper = new GamaMapper();
    private final SimplifiedFitsWriter writer = new SimplifiedFitsWriter();

    public GamaLoader() {
        super(ID, GamaLayout.DESCRIPTION, GamaLayout::matches);
    }

    @Override
    protected List<Product> read(SourceFile source) throws LoaderException {
        FitsContent file = FitsContent.read(source);
        Keywords primary = file.keywords(0);
        if (!GamaLayout.isGamaFile(primary)) {
            throw new LoaderException(file.fileName() + " is not a GAMA release file (" + GamaLayout.DESCRIPTION + ")");
        }
        GamaSource gamaSource = GamaSource.of(primary).orElseThrow(() -> new LoaderException(file.fileName()
            + ": GAMA copy of a survey whose layout is not supported: SURVEY='"
            + primary.string("SURVEY").orElse("") + "'"));
        GamaReader.Read read = reader.read(file, gamaSource);
        String obsId = ObsIds.stem(file.fileName());
        SpectrumMetadata meta = mapper.map(primary, gamaSource, read.band(), ObsIds.collection(source, SurveyInfo.GAMA),
            obsId);
        Provenance p = new Provenance(gamaSource == GamaSource.GAMA ? "GAMA" : gamaSource.survey() + " (via GAMA)",
            file.fileName(), read.part(), List.of(read.note()));
        return List.of(SpectrumProducts.of(read.spectrum(), meta, p, writer));
    }
}
