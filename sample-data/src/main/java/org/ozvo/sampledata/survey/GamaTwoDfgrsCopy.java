package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.fits.FitsFileWriter;
import org.ozvo.sampledata.fits.Hdus;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * GAMA's copy of a 2dFGRS spectrum, {@code <SEQNUM>.fit}: one primary (3, 1024) = a 2dFGRS
 * SPECTRUM HDU merged with the 2dFGRS catalogue header, rows named {@code SPECTRUM},
 * {@code VARIANCE}, {@code SKY}; the names that clash with GAMA's keywords renamed
 * {@code 2DF_RA}, {@code 2DF_DEC}, {@code 2DF_PROB}, {@code 2DF_Z}. The catalogue's
 * {@code IMAGE='SKYCHART'} is kept, so the plain 2dFGRS reader also claims the file (ssv-py's
 * tests had to disambiguate such a file); the −2.5e30 bad pixels stay.
 */
final class GamaTwoDfgrsCopy implements GamaCopy {

    static final String FORMAT = "GAMA-2dFGRS";
    private static final SkyRegion OVERLAP = SkyRegion.anyOf(new double[] {1, 1, 0.5},
        SkyRegion.box(174, 186, -3, 2), SkyRegion.box(211.5, 222.5, -2, 2.5), SkyRegion.box(339, 351, -35, -30));
    private static final Map<String, String> RENAMED = Map.of("RA", "2DF_RA", "DEC", "2DF_DEC", "PROB", "2DF_PROB",
        "Z", "2DF_Z");

    @Override
    public String survey() {
        return "2dFGRS";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        double[] pos = OVERLAP.sample(rng);
        TargetKind kind = rng.chance(0.5) ? TargetKind.EMISSION_GALAXY : TargetKind.ABSORPTION_GALAXY;
        Target t = new Target(kind, pos[0], pos[1], Redshifts.galaxy(rng, 0.11, 0.3), rng.uniform(17, 19.45),
            rng.nextLong());
        int seqnum = 100_000 + index * 1000 + rng.between(1, 999);
        String field = pos[0] > 300 ? String.format(Locale.ROOT, "sgp%03d", rng.between(1, 460))
            : String.format(Locale.ROOT, "ngp%03d", rng.between(1, 330));
        TwoDfgrsObject object = TwoDfgrsObject.create(seqnum, t, field, rng);
        TwoDfgrsObservation o = TwoDfgrsObservation.observe(object,
            Nights.start(rng, LocalDate.of(1998, 1, 1), LocalDate.of(2002, 4, 30)),
            field + "_" + String.format(Locale.ROOT, "%06d", seqnum % 1_000_000) + "_" + index + "z.fits", rng.between(0, 1), 'T',
            true, rng);
        GamaObject g = GamaObject.of(t, rng);
        UnaryOperator<String> rename = key -> RENAMED.getOrDefault(key, key);

        ImageHDU hdu = Hdus.image(o.rows());
        Cards c = Cards.of(hdu);
        object.writeCards(c, rename, true);
        o.writeWcs(c, true);
        c.str("ROW1", "SPECTRUM", "").str("ROW2", "VARIANCE", "").str("ROW3", "SKY", "");
        o.writeCards(c, rename);
        int nq = rng.chance(0.9) ? rng.pick(3, 4) : 2;
        GamaKeywords.append(c, g, String.format(Locale.ROOT, "D%06d", seqnum), survey(), o.grid.first(), o.grid.last(),
            t.z() + rng.gaussian(0, 0.0002), nq, rng);
        Path file = sink.path("gama/" + seqnum + ".fit");
        FitsFileWriter.write(file, List.of(hdu));
        sink.good(file, "gama", 1, "GAMA copy of a 2dFGRS spectrum: primary (3, 1024) SPECTRUM/VARIANCE/SKY, "
                + "2dFGRS catalogue header merged (IMAGE=SKYCHART kept), " + o.summary(),
            ReferenceReading.reads(FORMAT, 2, o.grid.first(), o.grid.last()));
    }
}
