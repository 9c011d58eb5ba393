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
 * GAMA's copy of a 2dF QSO Redshift Survey spectrum, {@code J<hhmmss.s><±ddmmss><a|b>.fit}:
 * int16 primary flux scaled by BSCALE/BZERO, a uint8 {@code BADPIX} image and a float32
 * {@code VARIANCE} image, CD1_1 axis, only {@code DATE-OBS} for time. Mostly QSOs at
 * z 0.3–2.9, some stars.
 */
final class Gama2qzCopy implements GamaCopy {

    static final String FORMAT = "GAMA-2QZ";
    private static final SkyRegion STRIP = SkyRegion.anyOf(new double[] {1, 1},
        SkyRegion.box(174, 186, -2.5, 2), SkyRegion.box(211.5, 217.5, -2, 2.5));

    @Override
    public String survey() {
        return "2QZ";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        double[] pos = STRIP.sample(rng);
        boolean star = rng.chance(0.15);
        Target t = new Target(star ? TargetKind.STAR : TargetKind.QSO, pos[0], pos[1],
            star ? Redshifts.star(rng) : Redshifts.qso(rng, 0.3, 2.9), rng.uniform(18.25, 20.85), rng.nextLong());
        GamaObject g = GamaObject.of(t, rng);
        WavelengthGrid grid = new WavelengthGrid(rng.uniform(3650, 3800), 1.0, rng.uniform(4.29, 4.32), 1024);
        NoisySpectrum s = Observer.observe(t, grid.values(), Spectrograph.TWO_DF_300B,
            200 * StrictMath.pow(10, -0.4 * (t.magnitude() - 19)), 250, rng);
        boolean[] bad = BadPixels.mask(grid.pixels(), rng.between(0, 3), rng.between(3, 12), rng.between(0, 4), rng);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double f : s.flux()) {
            min = Math.min(min, f);
            max = Math.max(max, f);
        }
        double bzero = (max + min) / 2;
        double bscale = Math.max((max - min) / 60_000, 1e-6);
        short[] raw = new short[grid.pixels()];
        byte[] mask = new byte[grid.pixels()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = bad[i] ? 0 : (short) StrictMath.round((s.flux()[i] - bzero) / bscale);
            mask[i] = (byte) (bad[i] ? 1 : 0);
        }
        ObsTime date = Nights.start(rng, LocalDate.of(1997, 10, 1), LocalDate.of(2002, 1, 31));
        String name = "J" + Sexagesimal.ra(t.ra(), 1, "") + Sexagesimal.dec(t.dec(), 0, "") + "a";

        ImageHDU flux = Hdus.image(raw);
        Cards c = Cards.of(flux)
            .num("BSCALE", bscale, "")
            .num("BZERO", bzero, "")
            .str("OBJECT", name.substring(0, name.length() - 1), null)
            .str("DATE-OBS", date.date('-'), "UT date of observation");
        wcs(c, grid);
        int nq = star ? 3 : GamaKeywords.quality(rng);
        GamaKeywords.append(c, g, "Q" + name, survey(), grid.first(), grid.last(),
            nq >= 2 ? t.z() + rng.gaussian(0, 0.001) : -9, nq, rng);
        ImageHDU badpix = Hdus.image(mask);
        wcs(Cards.of(badpix).str("EXTNAME", "BADPIX", null), grid);
        ImageHDU variance = Hdus.image(Hdus.toFloat(s.variance()));
        wcs(Cards.of(variance).str("EXTNAME", "VARIANCE", null), grid);
        Path file = sink.path("gama/" + name + ".fit");
        FitsFileWriter.write(file, List.of(flux, badpix, variance));
        sink.good(file, "gama", 1, String.format(Locale.ROOT,
                "GAMA copy of a 2QZ spectrum: int16 flux (BSCALE/BZERO) + BADPIX + VARIANCE, %s %s z=%.3f",
                star ? "star" : "QSO", date.date('-'), t.z()),
            ReferenceReading.reads(FORMAT, 1, grid.first(), grid.last()));
    }

    private static void wcs(Cards c, WavelengthGrid grid) {
        c.num("CRPIX1", grid.crpix(), null)
            .num("CRVAL1", grid.crval(), 4, null)
            .num("CD1_1", grid.cdelt(), 6, null);
    }
}
