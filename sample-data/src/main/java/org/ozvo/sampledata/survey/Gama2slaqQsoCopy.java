package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.astro.Sexagesimal;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.NoisySpectrum;
import org.ozvo.sampledata.synth.Observer;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * GAMA's copy of a 2SLAQ QSO spectrum, {@code J<hhmmss.ss><±ddmmss.s>_<field>_<YYMMDD>.fit}:
 * float32 primary flux and a {@code VARIANCE} image, CDELT1 axis, with {@code UTDATE},
 * {@code UTSTART}, {@code UTEND} and {@code EXPOSED}. QSOs at z 0.4–2.6 observed 2003–2005.
 */
final class Gama2slaqQsoCopy implements GamaCopy {

    static final String FORMAT = "GAMA-2SLAQ-QSO";
    private static final SkyRegion STRIPS = SkyRegion.anyOf(new double[] {1, 1, 1},
        SkyRegion.box(129, 141, -1.2, 0.8), SkyRegion.box(174, 186, -1.2, 0.8), SkyRegion.box(211.5, 223.5, -1.2, 0.8));

    @Override
    public String survey() {
        return "2SLAQ-QSO";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        double[] pos = STRIPS.sample(rng);
        Target t = new Target(TargetKind.QSO, pos[0], pos[1], Redshifts.qso(rng, 0.4, 2.6), rng.uniform(20, 21.8),
            rng.nextLong());
        GamaObject g = GamaObject.of(t, rng);
        WavelengthGrid grid = new WavelengthGrid(rng.uniform(5780, 5880), 512.0, rng.uniform(4.29, 4.32), 1024);
        double exposed = rng.pick(3600.0, 4200.0, 4800.0);
        NoisySpectrum s = Observer.observe(t, grid.values(), Spectrograph.TWO_DF_300B,
            120 * StrictMath.pow(10, -0.4 * (t.magnitude() - 20.5)) * exposed / 3600, 250, rng);
        ObsTime start = Nights.start(rng, LocalDate.of(2003, 3, 1), LocalDate.of(2005, 5, 31));
        String field = (rng.chance(0.5) ? "a" : "c") + rng.between(1, 40);
        String name = "J" + Sexagesimal.ra(t.ra(), 2, "") + Sexagesimal.dec(t.dec(), 1, "");

        ImageHDU flux = Hdus.image(Hdus.toFloat(s.flux()));
        Cards c = Cards.of(flux).str("OBJECT", name, null);
        wcs(c, grid);
        c.str("UTDATE", start.date(':'), "UT date")
            .str("UTSTART", start.time(0), "UT start")
            .str("UTEND", start.plusSeconds(exposed).time(0), "UT end")
            .num("EXPOSED", exposed, "Exposure time (seconds)");
        int nq = GamaKeywords.quality(rng);
        GamaKeywords.append(c, g, "S" + name + "_" + field, survey(), grid.first(), grid.last(),
            nq >= 2 ? t.z() + rng.gaussian(0, 0.001) : -9, nq, rng);
        ImageHDU variance = Hdus.image(Hdus.toFloat(s.variance()));
        wcs(Cards.of(variance).str("EXTNAME", "VARIANCE", null), grid);
        Path file = sink.path("gama/" + name + "_" + field + "_" + start.yymmdd() + ".fit");
        FitsFileWriter.write(file, List.of(flux, variance));
        sink.good(file, "gama", 1, String.format(Locale.ROOT,
                "GAMA copy of a 2SLAQ QSO spectrum: flux + VARIANCE, CDELT1, %s z=%.3f", start.date(':'), t.z()),
            ReferenceReading.reads(FORMAT, 1, grid.first(), grid.last()));
    }

    private static void wcs(Cards c, WavelengthGrid grid) {
        c.num("CRVAL1", grid.crval(), 4, null)
            .num("CDELT1", grid.cdelt(), 6, null)
            .num("CRPIX1", grid.crpix(), null)
            .str("CUNIT1", "Angstroms", null);
    }
}
