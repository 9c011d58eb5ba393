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
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * GAMA's copy of a Liverpool Telescope FrodoSpec spectrum, {@code LTF_<YY>_<MMDD>_<hhmm>.fit}:
 * a single 1-D HDU whose axis keywords lack the axis digit ({@code CRVAL}, {@code CDELT},
 * {@code CRPIX}, {@code CTYPE}, {@code CUNIT}), with ISO {@code DATE-OBS}, {@code MJD} and
 * {@code EXPTIME}; {@code ORIGIN='Liverpool JMU'}. Bright low-redshift galaxies.
 */
final class GamaLtCopy implements GamaCopy {

    static final String FORMAT = "GAMA-LT";

    @Override
    public String survey() {
        return "LT";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        double[] pos = GamaObject.EQUATORIAL.sample(rng);
        TargetKind kind = rng.chance(0.6) ? TargetKind.EMISSION_GALAXY : TargetKind.ABSORPTION_GALAXY;
        Target t = new Target(kind, pos[0], pos[1], Redshifts.galaxy(rng, 0.05, 0.12), rng.uniform(14, 17),
            rng.nextLong());
        GamaObject g = GamaObject.of(t, rng);
        WavelengthGrid grid = WavelengthGrid.startingAt(rng.uniform(5800, 5900), rng.uniform(1.55, 1.65), 2048);
        double exptime = rng.pick(1200.0, 1800.0);
        NoisySpectrum s = Observer.observe(t, grid.values(), Spectrograph.FRODOSPEC,
            400 * StrictMath.pow(10, -0.4 * (t.magnitude() - 15.5)), 80, rng);
        // La Palma nights run 20–07 h UT.
        LocalDate night = LocalDate.of(2009, 1, 1).plusDays(rng.between(0, 3 * 365));
        ObsTime start = ObsTime.of(night, (rng.uniform(-4, 6.5) + 24) % 24 * 3600);
        String name = String.format(Locale.ROOT, "LTF_%02d_%02d%02d_%s", start.date().getYear() % 100, start.date().getMonthValue(),
            start.date().getDayOfMonth(), start.time(0).substring(0, 5).replace(":", ""));

        ImageHDU hdu = Hdus.image(Hdus.toFloat(s.flux()));
        Cards c = Cards.of(hdu)
            .str("ORIGIN", "Liverpool JMU", null)
            .str("TELESCOP", "Liverpool Telescope", null)
            .str("INSTRUME", "FRODOSPEC", null)
            .str("OBJECT", "G" + g.cataid(), null)
            .str("DATE-OBS", start.isot(3), "[utc] exposure start")
            .num("MJD", start.mjd(), 8, "[days] modified Julian date of exposure start")
            .num("EXPTIME", exptime, "[s] exposure time")
            .num("ESTSEE", rng.uniform(0.8, 2.0), 2, "[arcsec] estimated seeing")
            .num("WAVRESOL", 2.6, 2, "[Angstrom] resolution")
            .num("CRVAL", grid.crval(), 4, "[Angstrom] wavelength of reference pixel")
            .num("CDELT", grid.cdelt(), 6, "[Angstrom] dispersion")
            .num("CRPIX", grid.crpix(), "reference pixel")
            .str("CTYPE", "WAVELENGTH", null)
            .str("CUNIT", "Angstrom", null);
        GamaKeywords.append(c, g, "L" + name.substring(4), survey(), grid.first(), grid.last(),
            t.z() + rng.gaussian(0, 0.0001), 4, rng);
        Path file = sink.path("gama/" + name + ".fit");
        FitsFileWriter.write(file, List.of(hdu));
        sink.good(file, "gama", 1, "GAMA copy of a Liverpool Telescope FrodoSpec spectrum: 1-D, axis keywords "
            + "without the axis digit, " + start.isot(0), ReferenceReading.reads(FORMAT, 1, grid.first(), grid.last()));
    }
}
