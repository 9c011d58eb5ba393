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
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * GAMA's own AAOmega spectrum {@code <FIELDID>_<fibre>.fit} (survey-formats.md §4): one primary
 * float32 (5, 4955) with rows calibrated flux (1e-17 erg/s/cm²/Å), its 1σ error, uncalibrated
 * counts, their error and sky, named by ROW1…ROW5; a CD1_1 (no CDELT1) linear axis spliced
 * across the 5700 Å dichroic; NaN at the ends; no BUNIT; exposures possibly spread over
 * several nights (N_EXP), with UTEND belonging to the last one.
 */
final class GamaAaomegaFile {

    static final String FORMAT = "GAMA";
    static final int PIXELS = 4955;
    private static final double FRAME = 1200.0;

    private GamaAaomegaFile() {
    }

    static void write(GamaObject object, String fieldId, int fibre, Rng rng, SampleSink sink) throws IOException {
        WavelengthGrid grid = new WavelengthGrid(rng.uniform(6290.5, 6294.5), 2477.0, rng.uniform(1.0355, 1.0363),
            PIXELS);
        int frames = rng.pick(2, 3, 3, 3, 4, 6);
        int nights = frames > 3 && rng.chance(0.6) ? rng.between(2, 3) : rng.chance(0.15) ? 2 : 1;
        ObsTime first = Nights.start(rng, LocalDate.of(2008, 2, 1), LocalDate.of(2014, 5, 30));
        int perNight = (frames + nights - 1) / nights;
        int nightsUsed = 1;
        double mjdSum = 0;
        ObsTime start = first;
        ObsTime lastEnd = first;
        for (int f = 0; f < frames; f++) {
            if (f > 0 && f % perNight == 0) {
                start = Nights.sameNight(rng, start.date().plusDays(rng.between(1, 300)));
                nightsUsed++;
            }
            mjdSum += start.mjd();
            lastEnd = start.plusSeconds(FRAME);
            start = lastEnd.plusSeconds(rng.uniform(100, 200));
        }
        double tExp = frames * FRAME;
        double level = Math.min(600, Math.max(15, 250 * StrictMath.pow(10, -0.4 * (object.target().magnitude() - 18.5))))
            * tExp / 3600;
        NoisySpectrum s = Observer.observe(object.target(), grid.values(), Spectrograph.AAOMEGA, level, 120 * tExp / 3600,
            rng);
        double calibration = rng.uniform(3, 6) * tExp / 3600;
        int n = grid.pixels();
        double[][] rows = new double[5][n];
        boolean[] bad = BadPixels.mask(n, rng.between(10, 16), rng.between(10, 16), rng.between(0, 3), rng);
        boolean[] badSky = BadPixels.mask(n, rng.between(2, 4), rng.between(2, 4), 0, rng);
        for (int i = 0; i < n; i++) {
            double k = s.response()[i] * calibration;
            rows[2][i] = s.flux()[i];
            rows[3][i] = StrictMath.sqrt(s.variance()[i]);
            rows[0][i] = rows[2][i] / k;
            rows[1][i] = rows[3][i] / k;
            rows[4][i] = badSky[i] ? Double.NaN : s.sky()[i];
        }
        BadPixels.apply(bad, Double.NaN, rows[0], rows[1], rows[2], rows[3]);

        int nq = GamaKeywords.quality(rng);
        double z = nq >= 2 ? object.target().z() + rng.gaussian(0, 0.0001) : -9;
        double sn = s.signalToNoise();
        String specId = fieldId + String.format(Locale.ROOT, "_%03d", fibre);
        ImageHDU hdu = Hdus.image(Hdus.rows(rows));
        Cards c = Cards.of(hdu)
            .num("BSCALE", 1.0, "True_value = BSCALE * FITS_value + BZERO")
            .num("BZERO", 0.0, "True_value = BSCALE * FITS_value + BZERO")
            .str("DATE", lastEnd.plusDays(rng.between(60, 700)).isot(0), "file creation date (YYYY-MM-DDThh:mm:ss UT)")
            .str("ORIGIN", "GAMA", "Source of the data")
            .str("OBSERVAT", "SSO", "Name of observatory")
            .num("LATITUDE", -31.27704, "Telescope latitude in deg")
            .num("LONGITUD", 149.0661, "Telescope longitude in deg")
            .num("ALTITUDE", 1164.0, "Telescope height above sea level in m")
            .str("TELESCOP", "AAT", "3.9m Anglo-Australian Telescope")
            .str("INSTRUME", "AAOMEGA-2dF", "AAOmega/2dF multi-fibre spectrograph")
            .str("SPECTID", "RD", "Spectrograph ID")
            .str("GRATID", "385R 580V", "Disperser ID")
            .str("DICHROIC", "X5700", "Dichroic name")
            .integer("PLATE", rng.between(0, 1), "2dF plate number")
            .integer("FIBRE", fibre, "Fibre number")
            .integer("PIVOT", fibre, "Pivot number")
            .integer("N_EXP", nightsUsed, "Number of nights over which exposures were spread")
            .num("T_EXP", tExp, "Total exposure time in s")
            .str("DATE-OBS", first.date('-'), "UT date of observation")
            .num("UTMJD", mjdSum / frames, 10, "Mean MJD of start of exposures")
            .str("UTSTART", first.time(0), "UT of start of first exposure")
            .str("UTEND", lastEnd.time(0), "UT of end of last exposure")
            .num("HEL_VC", rng.uniform(-30, 30), 2, "Heliocentric velocity correction in km/s")
            .str("CTYPE1", "Wavelength", "Type of coordinate on axis 1")
            .str("CUNIT1", "Angstrom", "Units for axis 1")
            .num("CRPIX1", grid.crpix(), "WCS reference point")
            .num("CRVAL1", grid.crval(), 9, "WCS reference value")
            .num("CD1_1", grid.cdelt(), 12, "WCS transformation matrix element")
            .num("CD1_2", 0.0, "WCS transformation matrix element")
            .num("CD2_1", 0.0, "WCS transformation matrix element")
            .num("CD2_2", 1.0, "WCS transformation matrix element")
            .str("ROW1", "Spectrum", "Flux-calibrated spectrum in 10^-17 erg/s/cm^2/A")
            .str("ROW2", "Error", "1 sigma error spectrum")
            .str("ROW3", "Spectrum_nocalib", "Spectrum without flux calibration")
            .str("ROW4", "Error_nocalib", "1 sigma error spectrum (no flux calibration)")
            .str("ROW5", "Sky", "Sky spectrum (no flux calibration)")
            .str("FIELDID", fieldId, "ID of GAMA AAT field")
            .str("SPECID", specId, "ID of GAMA AAT spectrum")
            .num("RA", object.target().ra(), 5, "RA of spectrum in deg (J2000)")
            .num("DEC", object.target().dec(), 5, "DEC of spectrum in deg (J2000)")
            .num("WMIN", grid.first(), 2, "Minimum wavelength in A")
            .num("WMAX", grid.last(), 2, "Maximum wavelength in A")
            .num("Z", z, 4, "Heliocentric redshift")
            .integer("NQ", nq, "Normalised redshift quality (use nQ>2 for science)")
            .num("PROB", nq >= 3 ? rng.uniform(0.9, 1.0) : rng.uniform(0, 0.6), 3, "Probability that redshift is correct")
            .num("SN", Math.round(sn * 100) / 100.0, 2, "S/N as measured by runz")
            .num("SN_ALT", Math.round(sn * 102) / 100.0, 2, "Median S/N per pixel in 4500-6500 A band")
            .integer("CATAID", object.cataid(), "ID of matched GAMA object")
            .integer("OBJECT", object.cataid(), "ID of matched GAMA object")
            .str("GAMANAME", object.gamaName(), "Name of matched GAMA object")
            .integer("IC_FLAG", rng.between(0, 3), "Catalogue source(s) of matched GAMA object")
            .num("DIST", rng.uniform(0, 1), 2, "Distance between spec and object in arcsec")
            .integer("IS_SBEST", 1, "Best GAMA AAT spectrum of this object?");
        Path file = sink.path("gama/" + specId + ".fit");
        FitsFileWriter.write(file, List.of(hdu));
        sink.good(file, "gama", 1, String.format(Locale.ROOT,
                "GAMA AAOmega spectrum (5, %d): %s, %d frame(s) over %d night(s), z=%s NQ%d", PIXELS, first.date('-'),
                frames, nightsUsed, nq >= 2 ? String.format(Locale.ROOT, "%.4f", z) : "-9", nq),
            ReferenceReading.reads(FORMAT, 3, grid.first(), grid.last()));
    }
}
