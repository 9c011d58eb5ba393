package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.NoisySpectrum;
import org.ozvo.sampledata.synth.Observer;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SourceModel;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * One 6dFGS observation: the V (600V) and R (316R) spectra, each float32 (3, 1032) flux /
 * variance / sky with CRPIX1 = 516 and NaN for bad pixels, and the spliced VR spectrum
 * float32 (4, N) whose fourth row repeats the wavelengths and whose sky row is zero redward
 * of ≈7140 Å, as in the genuine files (survey-formats.md §3). R is exposed first, then V,
 * on the same night; MJDOBS_x is the MJD of UTDATE_x + UTSTRT_x.
 */
final class SixDfgsObservation {

    static final int PIXELS = 1032;
    private static final double SPLICE = 5575;

    final SixDfgsTarget target;
    final SixDfgsRedshift redshift;
    final String title;
    private final Map<SixDfgsArm, WavelengthGrid> grids = new EnumMap<>(SixDfgsArm.class);
    private final Map<SixDfgsArm, double[][]> rows = new EnumMap<>(SixDfgsArm.class);
    private final Map<SixDfgsArm, Exposure> exposures = new EnumMap<>(SixDfgsArm.class);
    private final int fibre;

    /** Band-specific bookkeeping of the V or R frame. */
    private record Exposure(ObsTime start, String obsId, int run, double exp, int ncomb, double throughput) {
    }

    SixDfgsObservation(SixDfgsTarget target, SixDfgsRedshift redshift, ObsTime rStart, Rng rng) {
        this.target = target;
        this.redshift = redshift;
        this.fibre = rng.between(1, 150);
        this.title = fieldTitle(rng);
        double cdeltV = rng.uniform(1.540, 1.630);
        WavelengthGrid v = new WavelengthGrid(rng.uniform(4770, 4835), 516.0, cdeltV, PIXELS);
        double cdeltR = rng.uniform(2.20, 2.91);
        WavelengthGrid r = new WavelengthGrid(5330 + 515 * cdeltR + rng.uniform(0, 190), 516.0, cdeltR, PIXELS);
        int vrPixels = (int) StrictMath.floor((r.last() - v.first()) / cdeltV) + 1;
        WavelengthGrid vr = WavelengthGrid.startingAt(v.first(), cdeltV, vrPixels);
        grids.put(SixDfgsArm.V, v);
        grids.put(SixDfgsArm.R, r);
        grids.put(SixDfgsArm.VR, vr);

        int runR = rng.between(5, 60);
        Exposure expR = exposure(rStart, runR, 600.0, rng);
        ObsTime vStart = rStart.plusSeconds(expR.ncomb * (expR.exp + 95) + rng.uniform(60, 400));
        exposures.put(SixDfgsArm.R, expR);
        exposures.put(SixDfgsArm.V, exposure(vStart, runR + expR.ncomb + 1, 1200.0, rng));

        double level = Math.min(2000, Math.max(60, 900 * StrictMath.pow(10, -0.4 * (target.target().magnitude() - 14.5))));
        double sky = rng.uniform(300, 1800);
        NoisySpectrum sv = Observer.observe(target.target(), v.values(), Spectrograph.SIX_DF_V, level, sky, rng);
        double[] sourceR = SourceModel.render(target.target(), r.values(), Spectrograph.SIX_DF_R.resolvingPower());
        NoisySpectrum sr = Observer.observe(sourceR, r.values(), Spectrograph.SIX_DF_R, level, sky * 1.6, rng);
        rows.put(SixDfgsArm.VR, splice(vr, sv, sr, rng.uniform(7100, 7200)));
        rows.put(SixDfgsArm.V, withNaN(sv, rng));
        rows.put(SixDfgsArm.R, withNaN(sr, rng));
    }

    private Exposure exposure(ObsTime start, int run, double exp, Rng rng) {
        ObsTime idTime = start.plusSeconds(-Math.round(rng.uniform(60, 240)));
        String obsId = "UK-SCHM." + idTime.yyyymmdd() + "." + idTime.time(0).replace(":", "");
        return new Exposure(start, obsId, run, exp, rng.between(3, 5), rng.uniform(0.55, 0.95));
    }

    private String fieldTitle(Rng rng) {
        double ra = target.target().ra();
        double dec = target.target().dec();
        int raMin = (int) (ra / 15.0 * 60) / 10 * 10;
        int decTenth = (int) Math.round(Math.abs(dec) * 10) / 5 * 5;
        return String.format(Locale.ROOT, "%02d%02d%s%03dp%d", raMin / 60, raMin % 60, dec < 0 ? "m" : "p", decTenth, rng.between(1, 2));
    }

    private static double[][] withNaN(NoisySpectrum s, Rng rng) {
        double[] flux = s.flux().clone();
        double[] variance = s.variance().clone();
        boolean[] bad = BadPixels.mask(flux.length, 0, rng.between(4, 20), rng.between(0, 6), rng);
        BadPixels.apply(bad, Double.NaN, flux, variance);
        return new double[][] {flux, variance, s.sky()};
    }

    /** V blueward of the splice, R (scaled to V in the overlap) redward; sky zero beyond {@code skyEnd}. */
    private static double[][] splice(WavelengthGrid vr, NoisySpectrum v, NoisySpectrum r, double skyEnd) {
        double scale = overlapRatio(v, r);
        int n = vr.pixels();
        double[][] out = new double[4][n];
        for (int i = 0; i < n; i++) {
            double lambda = vr.at(i);
            boolean blue = lambda <= SPLICE;
            NoisySpectrum s = blue ? v : r;
            double k = blue ? 1.0 : scale;
            out[0][i] = k * interpolate(s.lambda(), s.flux(), lambda);
            out[1][i] = k * k * interpolate(s.lambda(), s.variance(), lambda);
            out[2][i] = lambda > skyEnd ? 0.0 : k * interpolate(s.lambda(), s.sky(), lambda);
            out[3][i] = (float) lambda;
        }
        return out;
    }

    private static double overlapRatio(NoisySpectrum v, NoisySpectrum r) {
        double sumV = 0;
        double sumR = 0;
        for (double l = 5450; l < 5600; l += 5) {
            sumV += interpolate(v.lambda(), v.flux(), l);
            sumR += interpolate(r.lambda(), r.flux(), l);
        }
        double ratio = sumV / sumR;
        return Double.isFinite(ratio) && ratio > 0.2 && ratio < 5 ? ratio : 1.0;
    }

    private static double interpolate(double[] x, double[] y, double at) {
        int i = Math.max(1, Math.min(x.length - 1, SourceModel.lowerIndexOf(x, at)));
        double t = (at - x[i - 1]) / (x[i] - x[i - 1]);
        return y[i - 1] + t * (y[i] - y[i - 1]);
    }

    WavelengthGrid grid(SixDfgsArm arm) {
        return grids.get(arm);
    }

    /** VR wavelengths and flux in counts per second of the V exposure, for the tabular variant. */
    double[][] tabular() {
        double[][] vr = rows.get(SixDfgsArm.VR);
        Exposure v = exposures.get(SixDfgsArm.V);
        double seconds = v.exp * v.ncomb;
        double[] wave = new double[vr[0].length];
        double[] flux = new double[vr[0].length];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = grids.get(SixDfgsArm.VR).at(i);
            flux[i] = vr[0][i] / seconds;
        }
        return new double[][] {wave, flux};
    }

    ObsTime start(SixDfgsArm arm) {
        return exposures.get(arm == SixDfgsArm.R ? SixDfgsArm.R : SixDfgsArm.V).start;
    }

    /** The spectral HDU of one arm; {@code withCrval = false} only for the broken-file case. */
    ImageHDU hdu(SixDfgsArm arm, boolean withCrval) throws IOException {
        ImageHDU hdu = Hdus.image(Hdus.rows(rows.get(arm)));
        Cards c = Cards.of(hdu);
        WavelengthGrid g = grids.get(arm);
        if (withCrval) {
            c.num("CRVAL1", g.crval(), arm == SixDfgsArm.VR ? 3 : 7, "Co-ordinate value of axis 1");
        }
        c.num("CDELT1", g.cdelt(), 10, "Co-ordinate increment along axis 1")
            .num("CRPIX1", g.crpix(), 2, "Reference pixel along axis 1")
            .str("CTYPE1", "LINEAR", "coordinate system")
            .str("CUNIT1", "Angstroms", "Units for axis 1")
            .num("CRVAL2", 1.0, 2, "Co-ordinate value of axis 2")
            .num("CDELT2", 1.0, 2, "Co-ordinate increment along axis 2")
            .num("CRPIX2", 1.0, 2, "Reference pixel along axis 1")
            .str("CTYPE2", "LINEAR", "coordinate system")
            .num("CROTA2", 0.0, 2, "DEPRECATED - rotation of axis 2")
            .num("CD1_1", g.cdelt(), 6, "Co-ordinate transformation matrix")
            .num("CD1_2", 0.0, 2, "Co-ordinate transformation matrix")
            .num("CD2_2", 1.0, 2, "Co-ordinate transformation matrix")
            .num("CD2_1", 0.0, 2, "Co-ordinate transformation matrix")
            .num("PC001001", 1.0, 2, "Axis rotation matrix")
            .num("PC001002", 0.0, 2, "Axis rotation matrix")
            .num("PC002001", 0.0, 2, "Axis rotation matrix")
            .num("PC002002", 1.0, 2, "Axis rotation matrix")
            .str("EXTNAME", arm.extname, arm.extnameComment);
        writeCards(c, arm);
        return hdu;
    }

    private void writeCards(Cards c, SixDfgsArm arm) {
        String s = arm.suffix;
        SixDfgsRedshift z = redshift;
        c.str("NAME" + s, target.name(), "Observed object name " + (arm == SixDfgsArm.R ? "R" : "V") + " frame")
            .str("TARGET", target.configName(), "matching name in config file")
            .num("OBSRA", target.target().ra(), 8, "Observed RA")
            .num("OBSDEC", target.target().dec(), 8, "Observed DEC")
            .num("MATCH_DR", z.matchDr(), 4, "position match to TARGET in arcsec")
            .num("Z", z.z(), 6, "raw measured redshift")
            .num("Z_HELIO", z.zHelio(), 6, "heliocentric corrected redshift")
            .integer("QUALITY", z.quality(), "redshift measurement quality")
            .integer("ABEMMA", z.measured() ? 1 : 0, "redshift source abs1 emm2 man3")
            .num("Z_EMI", z.measured() ? z.z() + 0.0003 : -9.999, 6, "emission redshift")
            .num("Z_ABS", z.measured() ? z.z() + 0.0001 : -9.999, 6, "x-correlation redshift")
            .integer("Q_FINAL", Math.min(z.quality(), 4), "Suggested quality for redshift")
            .integer("KBESTR", z.measured() ? 1 : 0, "x-correlation template")
            .num("R_CRCOR", z.measured() ? 5.82 : -9.99, 6, "x-correlation peak");
        if (arm == SixDfgsArm.VR) {
            return;
        }
        Exposure e = exposures.get(arm);
        c.str("TITLE" + s, title, "obs title")
            .str("OBSID" + s, e.obsId, "obs ID")
            .integer("RUN" + s, e.run, "run no. of ref frame")
            .num("EXP" + s, e.exp, 1, "exposure (secs) of ref frame")
            .integer("NCOMB" + s, e.ncomb, "no of combined frames")
            .str("GRATID" + s, arm == SixDfgsArm.V ? "600V" : "316R", "grating ID")
            .str("UTDATE" + s, e.start.date('/'), "UT date of observation")
            .str("UTSTRT" + s, e.start.time(1), "UT time of observation")
            .num("MJDOBS" + s, e.start.mjd(), 8, "modified Julian date of observation")
            .num("THPUT" + s, e.throughput, 5, "fibre throughput")
            .integer("FIBRE" + s, fibre, "fibre no / CCD row")
            .integer("PIVOT" + s, fibre, "pivot no")
            .num("RECMAG" + s, target.target().magnitude(), 2, "magnitude recorded in frame header");
    }

    String summary() {
        return String.format(Locale.ROOT, "%s z=%s Q%d", exposures.get(SixDfgsArm.V).start.date('/'),
            redshift.measured() ? String.format(Locale.ROOT, "%.4f", redshift.zHelio()) : "-9", redshift.quality());
    }
}
