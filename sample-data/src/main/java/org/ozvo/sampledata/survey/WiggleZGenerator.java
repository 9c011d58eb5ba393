package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * Native WiggleZ final-release files {@code wig<number>.fits} (survey-formats.md §6, mostly
 * inferred from specutils): primary 1-D float32 flux with {@code EXTNAME='spectrum'},
 * {@code REFCODE='2018MNRAS.474.4151D'} and BUNIT {@code 1e-16 erg / (A cm2 s)}, a
 * {@code VARIANCE} image and, in some files, a uint8 {@code BADPIX} image; ends zero-padded.
 * GAMA's copies of WiggleZ spectra are written by {@link GamaWiggleZCopy}.
 */
public final class WiggleZGenerator implements SurveyGenerator {

    static final String FORMAT = "WiggleZ";
    static final String REFCODE = "2018MNRAS.474.4151D";
    static final int PIXELS = 4904;

    @Override
    public String surveyId() {
        return "wigglez";
    }

    @Override
    public void generate(int spectra, Rng rng, SampleSink sink) throws IOException {
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < spectra; i++) {
            int number;
            do {
                number = rng.between(100_000, 360_000);
            } while (!numbers.add(number));
            write(number, i == 0 || rng.chance(0.3), rng, sink);
        }
    }

    private void write(int number, boolean withBadpix, Rng rng, SampleSink sink) throws IOException {
        WiggleZTarget t = WiggleZTarget.draw(rng);
        WavelengthGrid grid = WavelengthGrid.startingAt(rng.uniform(4650, 4750), rng.uniform(0.99, 1.03), PIXELS);
        WiggleZSpectrum s = new WiggleZSpectrum(t, grid, rng);
        List<BasicHDU<?>> hdus = new ArrayList<>();
        ImageHDU primary = Hdus.image(Hdus.toFloat(s.flux));
        Cards c = Cards.of(primary).str("EXTNAME", "spectrum", "");
        wcs(c, grid).str("BUNIT", "1e-16 erg / (A cm2 s)", "relatively calibrated flux density");
        c.str("REFCODE", REFCODE, "Drinkwater et al. 2018, WiggleZ final data release")
            .str("ORIGIN", "WiggleZ Collaboration", "")
            .str("OBJECT", t.name(), "WiggleZ Object ID")
            .num("RA_OBJ", t.target().ra(), 6, "[deg] target right ascension (J2000)")
            .num("DEC_OBJ", t.target().dec(), 6, "[deg] target declination (J2000)")
            .num("Z", t.measuredZ(), 5, "redshift")
            .integer("QOP", t.qop(), "redshift quality")
            .str("OBS_ID", t.obsId(), "WiggleZ Observation ID")
            .integer("FIBRE", t.fibre(), "Originating fibre number");
        hdus.add(primary);
        ImageHDU variance = Hdus.image(Hdus.toFloat(s.fluxVariance));
        Cards v = Cards.of(variance).str("EXTNAME", "VARIANCE", "");
        wcs(v, grid).str("BUNIT", "1e-32 erg2 / (A2 cm4 s2)", "variance of the flux density");
        hdus.add(variance);
        if (withBadpix) {
            byte[] mask = new byte[PIXELS];
            for (int i = 0; i < PIXELS; i++) {
                mask[i] = (byte) (s.padded[i] ? 1 : 0);
            }
            ImageHDU badpix = Hdus.image(mask);
            wcs(Cards.of(badpix).str("EXTNAME", "BADPIX", ""), grid);
            hdus.add(badpix);
        }
        Path file = sink.path("wigglez/wig" + number + ".fits");
        FitsFileWriter.write(file, hdus);
        double[] covered = s.coveredRange();
        sink.good(file, surveyId(), 1, String.format(Locale.ROOT,
                "WiggleZ native file: spectrum + VARIANCE%s, %s, z=%s QOP%d, data %.0f-%.0f A (zero-padded ends)",
                withBadpix ? " + BADPIX" : "", t.night().date('-'),
                t.qop() >= 3 ? String.format(Locale.ROOT, "%.4f", t.measuredZ()) : "-9", t.qop(), covered[0], covered[1]),
            ReferenceReading.reads(FORMAT, 1, grid.first(), grid.last()));
    }

    private static Cards wcs(Cards c, WavelengthGrid grid) {
        return c.num("CRVAL1", grid.crval(), 6, "")
            .num("CRPIX1", grid.crpix(), "")
            .num("CDELT1", grid.cdelt(), 9, "")
            .str("CTYPE1", "Wavelength", "")
            .str("CUNIT1", "Angstroms", "");
    }
}
