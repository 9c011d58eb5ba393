package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.NoisySpectrum;
import org.ozvo.sampledata.synth.Observer;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SourceModel;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * GAMA's copy of an SDSS-I/II spectrum, {@code spSpec-<MJD>-<plate>-<fibre>.fit}: primary
 * float32 (5, 3862) rows flux, continuum-subtracted flux, error, mask, sky in
 * 1e-17 erg/cm/s/Ang; the only log-linear axis of the family (CRVAL1 = log10 λ₀, CD1_1 = 1e-4,
 * vacuum wavelengths); times as {@code TAI-BEG}/{@code TAI-END} in TAI seconds since MJD 0.
 * specutils' reader shifts this axis by one pixel, hence the wider tolerance. {@code CUNIT1}
 * is written although genuine spSpec files may lack it [U]: without it specutils 1.9.1 on
 * astropy 5.2 reads the axis as metres.
 */
final class GamaSdssCopy implements GamaCopy {

    static final String FORMAT = "SDSS-I/II spSpec";
    private static final int PIXELS = 3862;
    private static final double STEP = 1e-4;
    /** Air to vacuum near 6000 Å; the line lists are air wavelengths. */
    private static final double REFRACTIVE_INDEX = 1.000277;

    @Override
    public String survey() {
        return "SDSS";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        double[] pos = GamaObject.EQUATORIAL.sample(rng);
        TargetKind kind = rng.chance(0.5) ? TargetKind.EMISSION_GALAXY : TargetKind.ABSORPTION_GALAXY;
        Target t = new Target(kind, pos[0], pos[1], Redshifts.galaxy(rng, 0.1, 0.3), rng.uniform(14.5, 17.77),
            rng.nextLong());
        GamaObject g = GamaObject.of(t, rng);
        double w0 = StrictMath.log10(rng.uniform(3800, 3825));
        double[] vacuum = new double[PIXELS];
        double[] air = new double[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            vacuum[i] = StrictMath.pow(10, w0 + STEP * i);
            air[i] = vacuum[i] / REFRACTIVE_INDEX;
        }
        double[] source = SourceModel.render(t, air, Spectrograph.SDSS.resolvingPower());
        NoisySpectrum s = Observer.observe(source, vacuum, Spectrograph.SDSS,
            80 * StrictMath.pow(10, -0.4 * (t.magnitude() - 17)), 40, rng);
        double k = rng.uniform(1.5, 3);
        double[][] rows = new double[5][PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            rows[0][i] = s.flux()[i] / s.response()[i] / k;
            rows[2][i] = StrictMath.sqrt(s.variance()[i]) / s.response()[i] / k;
            rows[4][i] = s.sky()[i] / s.response()[i] / k;
        }
        rows[1] = minusRunningMean(rows[0], 150);
        boolean[] bad = BadPixels.mask(PIXELS, rng.between(0, 5), rng.between(0, 8), rng.between(0, 4), rng);
        for (int i = 0; i < PIXELS; i++) {
            rows[3][i] = bad[i] ? 1 << 30 : 0;
        }
        int plate = rng.between(266, 2974);
        int fibre = rng.between(1, 640);
        ObsTime start = ObsTime.of(LocalDate.of(1999, 3, 1).plusDays(rng.between(0, 8 * 365)),
            rng.uniform(3, 10) * 3600);
        int mjd = (int) StrictMath.floor(start.mjd());
        double exptime = 900.0 * rng.between(3, 5);
        double sn = Math.max(0.5, s.signalToNoise());

        ImageHDU hdu = Hdus.image(Hdus.rows(rows));
        Cards c = Cards.of(hdu)
            .str("TELESCOP", "SDSS 2.5-M", "Sloan Digital Sky Survey")
            .str("NAME", String.format(Locale.ROOT, "%04d-%05d-%03d", plate, mjd, fibre), "plate-mjd-fiberid")
            .integer("PLATEID", plate, "Plate number")
            .integer("MJD", mjd, "MJD of observation")
            .integer("FIBERID", fibre, "Fiber number")
            .num("RAOBJ", t.ra(), 6, "RA (J2000) of object")
            .num("DECOBJ", t.dec(), 6, "Dec (J2000) of object")
            .num("TAI-BEG", start.taiSeconds(), 2, "TAI at start of exposures (s)")
            .num("TAI-END", start.plusSeconds(exptime + 600).taiSeconds(), 2, "TAI at end of exposures (s)")
            .num("EXPTIME", exptime, "total exposure time (s)")
            .num("SN_G", sn * 0.8, 2, "median S/N per pixel, g band")
            .num("SN_R", sn, 2, "median S/N per pixel, r band")
            .num("SN_I", sn * 0.9, 2, "median S/N per pixel, i band")
            .num("SEEING50", rng.uniform(1.1, 2.0), 3, "Median seeing (arcsec)")
            .str("BUNIT", "1e-17 erg/cm/s/Ang", "units")
            .num("CRVAL1", w0, 6, "Central wavelength (log10) of first pixel")
            .num("CD1_1", STEP, "Log10 dispersion per pixel")
            .num("CRPIX1", 1.0, "Starting pixel (1-indexed)")
            .str("CTYPE1", "LINEAR", null)
            .str("CUNIT1", "Angstrom", null)
            .integer("DC-FLAG", 1, "Log-linear flag")
            .num("COEFF0", w0, 6, "Center wavelength (log10) of first pixel")
            .num("COEFF1", STEP, "Log10 dispersion per pixel")
            .bool("VACUUM", true, "Wavelengths are in vacuum");
        int nq = GamaKeywords.quality(rng);
        GamaKeywords.append(c, g, String.format(Locale.ROOT, "SDSS%04d-%05d-%03d", plate, mjd, fibre), survey(), vacuum[0],
            vacuum[PIXELS - 1], nq >= 2 ? t.z() + rng.gaussian(0, 0.00005) : -9, nq, rng);
        Path file = sink.path(String.format(Locale.ROOT, "gama/spSpec-%05d-%04d-%03d.fit", mjd, plate, fibre));
        FitsFileWriter.write(file, List.of(hdu));
        sink.good(file, "gama", 1, String.format(Locale.ROOT,
                "GAMA copy of an SDSS spSpec: (5, %d), log-linear vacuum axis %.1f-%.1f A, %s", PIXELS, vacuum[0],
                vacuum[PIXELS - 1], start.date('-')),
            ReferenceReading.reads(FORMAT, 1, vacuum[0], vacuum[PIXELS - 1], 2.5));
    }

    private static double[] minusRunningMean(double[] values, int half) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int lo = Math.max(0, i - half);
            int hi = Math.min(values.length - 1, i + half);
            double sum = 0;
            for (int j = lo; j <= hi; j++) {
                sum += values[j];
            }
            out[i] = values[i] - sum / (hi - lo + 1);
        }
        return out;
    }
}
