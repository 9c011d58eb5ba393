package org.ozvo.loaders.sixdfgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.fits.SimplifiedFitsWriter;
import org.ozvo.loaders.fits.ThumbnailFitsWriter;
import org.ozvo.loaders.model.Provenance;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.obscore.SpectrumMetadata;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.obscore.TimeSpan;
import org.ozvo.loaders.product.LayoutLoader;
import org.ozvo.loaders.product.ImageProduct;
import org.ozvo.loaders.product.ObsIds;
import org.ozvo.loaders.product.SpectrumProducts;
import org.ozvo.loaders.spi.LoaderException;
import org.ozvo.loaders.spi.Product;
import org.ozvo.loaders.spi.SourceFile;

/**
 * 6dFGS DR3 files. A combined file gives its thumbnails (image products, obs_id
 * {@code <file>_<band>}) and, per observation k, the V, R and VR spectra
 * ({@code <file>_<k>_V}, ...). Split and tabular files give their one spectrum
 * ({@code <file>}). Stateless and thread-safe.
 */
public final class SixDfgsLoader extends LayoutLoader {

    public static final String ID = "6dfgs";

    private static final String NOTE_NAN = "Bad pixels are NaN in the 6dFGS file and stay NaN.";
    private static final String NOTE_UNIT = "Flux in uncalibrated counts; unit as assigned by specutils' 6dFGS readers.";

    private final SixDfgsReader reader = new SixDfgsReader();
    private final SixDfgsMapper mapper = new SixDfgsMapper();
    private final ThumbnailReader thumbnails = new ThumbnailReader();
    private final ThumbnailMapper thumbnailMapper = new ThumbnailMapper();
    private final SimplifiedFitsWriter writer = new SimplifiedFitsWriter();
    private final ThumbnailFitsWriter imageWriter = new ThumbnailFitsWriter();

    public SixDfgsLoader() {
        super(ID, SixDfgsPackaging.DESCRIPTION, scan -> SixDfgsPackaging.detect(scan).isPresent());
    }

    @Override
    protected List<Product> read(SourceFile source) throws LoaderException {
        FitsContent file = FitsContent.read(source);
        Optional<SixDfgsPackaging> packaging = SixDfgsPackaging.detect(file.scan());
        if (packaging.isEmpty()) {
            throw new LoaderException(file.fileName() + " is not a 6dFGS file (" + SixDfgsPackaging.DESCRIPTION + ")");
        }
        String collection = ObsIds.collection(source, SurveyInfo.SIXDFGS);
        String stem = ObsIds.stem(file.fileName());
        return switch (packaging.get()) {
            case COMBINED -> combined(file, collection, stem);
            case SPLIT -> List.of(split(file, collection, stem));
            case TABULAR -> List.of(tabular(file, collection, stem));
        };
    }

    private List<Product> combined(FitsContent file, String collection, String stem) throws LoaderException {
        List<SixDfgsObservation> observations = reader.readCombined(file);
        List<Product> products = new ArrayList<>();
        String target = SixDfgsMapper.targetName(observations.get(0).v().header(), SixDfgsBand.V, stem);
        for (ThumbnailReader.Read t : thumbnails.read(file)) {
            Provenance p = new Provenance("6dFGS", file.fileName(), file.describe(t.hdu()));
            products.add(new ImageProduct(t.image(), thumbnailMapper.map(t, collection, stem, target), p, imageWriter));
        }
        for (SixDfgsObservation obs : observations) {
            for (SixDfgsArm arm : obs.published()) {
                TimeSpan time = arm.band() == SixDfgsBand.VR
                    ? SixDfgsMapper.splicedTime(obs.v().header(), obs.r().header())
                    : SixDfgsMapper.armTime(arm.header(), arm.band());
                String obsId = stem + "_" + obs.number() + "_" + arm.band().name();
                products.add(product(file, arm.hdu(), arm.spectrum(), mapper.map(arm.header(), arm.band(), time,
                    collection, obsId, "observation " + obs.number() + " (HDU " + arm.hdu() + ")", stem)));
            }
        }
        return products;
    }

    private Product split(FitsContent file, String collection, String stem) throws LoaderException {
        SixDfgsArm arm = reader.readSplit(file);
        TimeSpan time = SixDfgsMapper.armTime(arm.header(), arm.band()); // a split VR has no sibling V/R: no times
        return product(file, 0, arm.spectrum(), mapper.map(arm.header(), arm.band(), time, collection, stem,
            "split file", stem));
    }

    private Product tabular(FitsContent file, String collection, String stem) throws LoaderException {
        RawSpectrum spectrum = reader.readTabular(file);
        Keywords primary = file.keywords(0);
        // the table holds the spliced VR spectrum, but the primary keeps only the V observation's
        // start: the end and the exposure of the R part are unknown
        TimeSpan time = new TimeSpan(SixDfgsMapper.armTime(primary, SixDfgsBand.V).start(), null, null, null);
        return product(file, 1, spectrum, mapper.map(primary, SixDfgsBand.VR, time, collection, stem,
            "tabular file", stem));
    }

    private Product product(FitsContent file, int hdu, RawSpectrum spectrum,
                            SpectrumMetadata meta) throws LoaderException {
        Provenance p = new Provenance("6dFGS", file.fileName(), file.describe(hdu), List.of(NOTE_NAN, NOTE_UNIT));
        return SpectrumProducts.of(spectrum, meta, p, writer);
    }
}
