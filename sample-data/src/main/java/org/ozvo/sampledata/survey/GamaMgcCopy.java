package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * GAMA's copy of a Millennium Galaxy Catalogue spectrum, {@code MGC<n>.fit}: primary
 * float32 (3, 1024) with rows {@code Spectrum}, {@code Sigma}, {@code Sky} (ROW1..3), a valid
 * two-axis WCS with CD1_1 (no CDELT1), and {@code DATE-OBS}, {@code UT}, {@code EXPTIME}.
 */
final class GamaMgcCopy implements GamaCopy {

    static final String FORMAT = "GAMA-MGC";
    private static final SkyRegion STRIP = SkyRegion.anyOf(new double[] {1, 1},
        SkyRegion.box(174, 186, -0.6, 0.3), SkyRegion.box(211.5, 221.7, -0.6, 0.3));

    @Override
    public String survey() {
        return "MGC";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        double[] pos = STRIP.sample(rng);
        TargetKind kind = rng.chance(0.5) ? TargetKind.EMISSION_GALAXY : TargetKind.ABSORPTION_GALAXY;
        Target t = new Target(kind, pos[0], pos[1], Redshifts.galaxy(rng, 0.12, 0.35), rng.uniform(16, 20),
            rng.nextLong());
        GamaObject g = GamaObject.of(t, rng);
        WavelengthGrid grid = WavelengthGrid.startingAt(rng.uniform(3600, 3700), rng.uniform(4.29, 4.32), 1024);
        double exptime = rng.pick(1800.0, 2400.0, 3600.0);
        NoisySpectrum s = Observer.observe(t, grid.values(), Spectrograph.TWO_DF_300B,
            300 * StrictMath.pow(10, -0.4 * (t.magnitude() - 18)) * exptime / 1800, 300, rng);
        double[] sigma = new double[s.variance().length];
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = StrictMath.sqrt(s.variance()[i]);
        }
        ObsTime start = Nights.start(rng, LocalDate.of(2001, 3, 1), LocalDate.of(2004, 6, 30));
        int id = 10_000 + index * 500 + rng.between(0, 499);
        ImageHDU hdu = Hdus.image(Hdus.rows(s.flux(), sigma, s.sky()));
        Cards c = Cards.of(hdu)
            .str("OBJECT", "MGC" + id, "MGC object")
            .str("TELESCOP", "AAT", null)
            .str("INSTRUME", "2dF", null)
            .str("DATE-OBS", start.date('-'), "UT date of observation")
            .str("UT", start.time(0), "UT start of exposure")
            .num("EXPTIME", exptime, "Exposure time (s)")
            .num("SEEING", rng.uniform(1.0, 2.2), 2, "Seeing (arcsec)")
            .str("CTYPE1", "LINEAR", null)
            .str("CUNIT1", "Angstrom", null)
            .num("CRPIX1", grid.crpix(), null)
            .num("CRVAL1", grid.crval(), 4, null)
            .num("CD1_1", grid.cdelt(), 6, null)
            .num("CD1_2", 0.0, null)
            .num("CD2_1", 0.0, null)
            .num("CD2_2", 1.0, null)
            .str("ROW1", "Spectrum", null)
            .str("ROW2", "Sigma", null)
            .str("ROW3", "Sky", null);
        GamaKeywords.append(c, g, "M" + id, survey(), grid.first(), grid.last(), t.z() + rng.gaussian(0, 0.0002),
            GamaKeywords.quality(rng), rng);
        Path file = sink.path("gama/MGC" + id + ".fit");
        FitsFileWriter.write(file, List.of(hdu));
        sink.good(file, "gama", 1, "GAMA copy of an MGC spectrum: primary (3, 1024) Spectrum/Sigma/Sky, CD1_1, "
            + start.date('-'), ReferenceReading.reads(FORMAT, 2, grid.first(), grid.last()));
    }
}
