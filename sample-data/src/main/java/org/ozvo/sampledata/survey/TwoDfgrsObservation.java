package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.astro.Fk4;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.NoisySpectrum;
import org.ozvo.sampledata.synth.Observer;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * One 2dFGRS observation, i.e. one {@code SPECTRUM} extension (survey-formats.md §2): float32
 * (3, 1024) rows object / variance / sky in counts, linear axis with CRPIX1 = 512 and
 * CDELT1 ≈ 4.31 Å following the grating angle, −2.5e30 in flux and variance of bad pixels
 * (a red-end block plus a few isolated ones), the observed position in B1950 radians, and
 * the reference exposure's date and times.
 */
final class TwoDfgrsObservation {

    static final double SENTINEL = -2.5e30;
    static final int PIXELS = 1024;
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    final WavelengthGrid grid;
    final String spfile;
    final ObsTime start;
    final double refexp;
    final boolean measured;
    private final TwoDfgrsObject object;
    private final double lambdac;
    private final double[] observedB1950;
    private final double matchDr;
    private final double z;
    private final int quality;
    private final int plate;
    private final int pivot;
    private final int ncomb;
    private final double seeing;
    private final double snr;
    private final String obsName;
    private final double[][] rows;
    private final int badPixels;

    private TwoDfgrsObservation(TwoDfgrsObject object, ObsTime start, String spfile, int plate, char namePrefix,
                                boolean measured, Rng rng) {
        this.object = object;
        this.start = start;
        this.spfile = spfile;
        this.plate = plate;
        this.measured = measured;
        Target t = object.target;
        this.lambdac = rng.uniform(5760, 5880);
        this.grid = new WavelengthGrid(lambdac + rng.uniform(15, 25), 512.0, 4.31 + rng.uniform(0, 0.0008), PIXELS);
        this.matchDr = rng.uniform(0.5, 2.0);
        double angle = rng.uniform(0, 2 * Math.PI);
        Target observed = t.offsetArcsec(matchDr * StrictMath.cos(angle), matchDr * StrictMath.sin(angle));
        this.observedB1950 = Fk4.fromJ2000(observed.ra(), observed.dec());
        this.refexp = rng.chance(0.8) ? rng.pick(1200.0, 1500.0, 1800.0) : Math.round(rng.uniform(1100, 1800));
        this.ncomb = rng.chance(0.7) ? 3 : rng.between(1, 4);
        this.pivot = rng.between(1, 400);
        this.seeing = rng.uniform(0.9, 2.6);
        this.obsName = namePrefix + "M" + object.name.substring(2);

        double level = Math.min(1500, Math.max(40, 420 * StrictMath.pow(10, -0.4 * (object.bjsel - 17.5))));
        NoisySpectrum s = Observer.observe(t, grid.values(), Spectrograph.TWO_DF_300B, level, rng.uniform(150, 600), rng);
        boolean[] bad = BadPixels.mask(PIXELS, 0, rng.between(14, 28), rng.between(2, 13), rng);
        this.badPixels = BadPixels.count(bad);
        double[] flux = s.flux().clone();
        double[] variance = s.variance().clone();
        BadPixels.apply(bad, SENTINEL, flux, variance);
        this.rows = new double[][] {flux, variance, s.sky()};
        this.snr = s.signalToNoise();
        if (measured) {
            this.z = t.z() + rng.gaussian(0, 0.00015);
            this.quality = snr > 5 ? rng.pick(4, 5, 5) : rng.pick(3, 4);
        } else {
            this.z = -9;
            this.quality = rng.pick(1, 1, 2);
        }
    }

    /**
     * @param namePrefix first letter of {@code OBSNAME} (each observation run names objects anew)
     * @param measured   whether a redshift was obtained; otherwise Z = −9 and QUALITY 1–2
     */
    static TwoDfgrsObservation observe(TwoDfgrsObject object, ObsTime start, String spfile, int plate,
                                       char namePrefix, boolean measured, Rng rng) {
        return new TwoDfgrsObservation(object, start, spfile, plate, namePrefix, measured, rng);
    }

    /** The {@code SPECTRUM} extension; without CRVAL1 for the broken-file case. */
    ImageHDU hdu(boolean withCrval) throws IOException {
        ImageHDU hdu = Hdus.image(Hdus.rows(rows));
        Cards c = Cards.of(hdu);
        writeWcs(c, withCrval);
        c.str("EXTNAME", "SPECTRUM", "2dFGRS spectrum");
        writeCards(c, UnaryOperator.identity());
        return hdu;
    }

    /** The data rows (flux, variance, sky) as float32. */
    float[][] rows() {
        return Hdus.rows(rows);
    }

    void writeWcs(Cards c, boolean withCrval) {
        if (withCrval) {
            c.num("CRVAL1", grid.crval(), 7, "Co-ordinate value of axis 1");
        }
        c.num("CDELT1", grid.cdelt(), 10, "Co-ordinate increment along axis 1")
            .num("CRPIX1", grid.crpix(), 10, "Reference pixel along axis 1")
            .str("CUNIT1", "Angstroms", "Units for axis 1");
    }

    /** The observation cards after EXTNAME; {@code rename} as in {@link TwoDfgrsObject#writeCards}. */
    void writeCards(Cards c, UnaryOperator<String> rename) {
        double zHelio = measured ? z - 0.000005 : -9;
        ObsTime end = start.plusSeconds(refexp);
        c.str("OBSNAME", obsName, "Observed object name")
            .num("OBSRA", observedB1950[0], 10, "Observed RA")
            .num("OBSDEC", observedB1950[1], 10, "Observed Dec")
            .num("MATCH_DR", matchDr, 4, "Position match dr in arcsec")
            .num(rename.apply("Z"), z, 6, "raw measured redshift")
            .num("Z_HELIO", zHelio, 6, "heliocentric corrected redshift")
            .integer("QUALITY", quality, "redshift measurement quality")
            .integer("ABEMMA", measured ? (object.target.isGalaxy() ? 1 : 2) : 1, "redshift source abs1 emm2 man3")
            .num("Z_EMI", measured ? z + 0.0002 : -9.999, 4, "emission redshift")
            .num("Z_ABS", measured ? z - 0.0001 : -9.999, 4, "x-correlation redshift")
            .integer("Q_FINAL", measured ? Math.min(quality, 4) : 0, "Suggested quality for redshift")
            .str("SPFILE", spfile, "2dF reduced data file")
            .integer("PLATE", plate, "2dF plate number")
            .integer("PIVOT", pivot, "2dF pivot number")
            .integer("FIBRE", pivot + 1, "2dF fibre number")
            .str("OBSRUN", String.format(Locale.ROOT, "%02d%s", start.date().getYear() % 100,
                MONTHS[start.date().getMonthValue() - 1]), "Observation run")
            .str("GRS_DATE", start.yymmdd(), "2dF YYMMDD observed date")
            .str("UTDATE", start.date(':'), "UT date of observation")
            .str("SPECTID", plate == 0 ? "A" : "B", "2dF spectrograph ID")
            .str("GRATID", "300B", "2dF grating ID")
            .integer("GRATLPMM", 300, "2dF grating line per mm")
            .str("GRATBLAZ", "COLLIMATOR", "2dF grating blaze direction")
            .num("LAMBDAC", lambdac, 3, "Central wavelength")
            .str("OBSFLD", object.field, "2dF observed field number")
            .integer("NCOMB", ncomb, "Number of frames combined")
            .str("UTSTART", start.time(2), "UT start of exposure of reference run")
            .str("UTEND", end.time(0), "UT end of exposure of reference run")
            .num("REFEXP", refexp, 1, "Exposure time (secs) of reference run")
            .num("SNR", Math.round(snr * 10) / 10.0, 1, "Median signal-to-noise ratio per pixel over 400")
            .num("SEEING", Math.round(seeing * 10) / 10.0, 1, "Seeing (2dF calculated)");
    }

    /** Human summary for the manifest. */
    String summary() {
        return String.format(Locale.ROOT, "%s z=%s Q%d %d bad px", start.date(':'),
            measured ? String.format(Locale.ROOT, "%.4f", z) : "-9", quality, badPixels);
    }
}
