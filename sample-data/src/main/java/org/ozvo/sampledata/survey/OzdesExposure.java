package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * One OzDES exposure triplet {@code SPECTRUM_<UTMJD>}, {@code VARIANCE_<UTMJD>},
 * {@code BADPIX_<UTMJD>} (float64, float64, uint8) with a shortened 2dfdr header: in it
 * {@code OBJECT} is the field/programme and {@code SOURCE} the slit, while the target is
 * {@code ORIGTARG} — the traps of survey-formats.md §5.
 */
record OzdesExposure(ObsTime start, double exposed, double flxscale, double[] flux, double[] variance,
                     boolean[] bad) {

    static final String COUNTS = "count / Angstrom";
    static final String COUNTS2 = "count^2 / Angstrom";

    /** UTMJD to three decimals, rounded from its exact binary value as Python does. */
    String tag() {
        return new BigDecimal(start.mjd()).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * @param staleAxis keep a second WCS axis (Fibre Number) in the SPECTRUM header although
     *                  NAXIS = 1, as one genuine DR2 file does
     */
    List<ImageHDU> hdus(OzdesTarget t, WavelengthGrid grid, String configFile, int pivot, boolean staleAxis,
                        Rng rng) throws IOException {
        ImageHDU spectrum = Hdus.image(flux.clone());
        ObsTime end = start.plusSeconds(exposed);
        Cards c = Cards.of(spectrum)
            .str("LONGSTRN", "OGIP 1.0", "The HEASARC Long String Convention may be used.")
            .num("EXPOSED", exposed, "Exposure time (seconds)")
            .num("ELAPSED", exposed + 0.5, "Elapsed time (seconds)")
            .num("TOTALEXP", exposed, "Total exposure (seconds)")
            .str("ORIGIN", "AAO", "Originating Institution")
            .str("TELESCOP", "Anglo-Australian Telescope", "Telescope Name")
            .integer("ALT_OBS", 1164, "Altitude of observatory in metres")
            .num("LAT_OBS", -31.27704, "Observatory latitude in degrees")
            .num("LONG_OBS", 149.0661, "Observatory longitude in degrees")
            .str("OBJECT", t.field(), "Object name")
            .str("RADECSYS", "FK5", "FK5 reference system")
            .num("EQUINOX", 2000.0, "J2000 equinox")
            .str("INSTRUME", "AAOMEGA-2dF", "Instrument in use")
            .str("SPECTID", "RD", "Spectrograph ID")
            .str("GRATID", "385R", "Disperser ID")
            .num("LAMBDAC", rng.uniform(7240, 7260), 8, "Central wavelength reading (Angstrom)")
            .str("SOURCE", "plate " + rng.between(0, 1), "Source slit")
            .str("DICHROIC", "X5700", "Dichroic name")
            .str("CFG_FILE", configFile, "2dF fibre configuration filename")
            .str("UTDATE", start.date(':'), "UT date")
            .num("EPOCH", start.julianYear(), 10, "Current Epoch, Years A.D.")
            .str("UTSTART", start.time(0), "UT start")
            .str("UTEND", end.time(0), "UT end")
            .num("UTMJD", start.mjd(), 10, "Modified Julian Date (UTC)")
            .num("MEANRA", t.target().ra() + rng.uniform(-0.8, 0.8), 10, "field centre RA")
            .num("MEANDEC", t.target().dec() + rng.uniform(-0.8, 0.8), 10, "field centre Dec");
        OzdesGenerator.wcs(c, grid, true);
        if (staleAxis) {
            c.str("CTYPE2", "Fibre Number", "Label for axis 2")
                .num("CRVAL2", 1.0, "Co-ordinate value of axis 2")
                .num("CDELT2", 1.0, "Co-ordinate increment along axis 2")
                .num("CRPIX2", 1.0, "Reference pixel along axis 2");
        }
        c.history("Sky subtracting using sky fibres")
            .history("Telluric absorption correction done")
            .integer("PIVOT", pivot, null)
            .str("ORIGTARG", t.source(), null)
            .num("RA", t.target().ra(), 10, null)
            .num("DEC", t.target().dec(), 10, null)
            .num("RMAG", t.target().magnitude(), 2, null)
            .str("EXTNAME", "SPECTRUM_" + tag(), null)
            .num("FLXSCALE", flxscale, 12, null)
            .str("BUNIT", COUNTS, null);
        ImageHDU var = Hdus.image(variance.clone());
        OzdesGenerator.wcs(Cards.of(var).str("EXTNAME", "VARIANCE_" + tag(), null), grid, false).str("BUNIT", COUNTS2, null);
        ImageHDU badpix = Hdus.image(OzdesGenerator.mask(bad));
        OzdesGenerator.wcs(Cards.of(badpix).str("EXTNAME", "BADPIX_" + tag(), null), grid, false);
        return List.of(spectrum, var, badpix);
    }
}
