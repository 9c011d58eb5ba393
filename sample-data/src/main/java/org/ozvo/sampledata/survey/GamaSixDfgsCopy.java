package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nom.tam.fits.ImageHDU;
import org.ozvo.sampledata.ReferenceReading;
import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.fits.FitsFileWriter;

/**
 * GAMA's copy of a 6dFGS spectrum: the "split" 6dFGS variant (one spectral HDU, here V or VR,
 * with its original header) plus the GAMA keywords. Name {@code 6dFGS-<target>-<arm>.fit}
 * (the real naming was not seen).
 */
final class GamaSixDfgsCopy implements GamaCopy {

    private static final SkyRegion SOUTHERN_FIELDS = SkyRegion.anyOf(new double[] {1, 1, 1},
        SkyRegion.box(30.2, 38.8, -10.25, -3.72), SkyRegion.box(339, 351, -35, -30), SkyRegion.box(174, 186, -3, 0));

    @Override
    public String survey() {
        return "6dFGS";
    }

    @Override
    public void write(int index, Rng rng, SampleSink sink) throws IOException {
        SixDfgsTarget target = SixDfgsGenerator.nextTarget(rng, SOUTHERN_FIELDS, false);
        SixDfgsRedshift z = SixDfgsRedshift.measure(target.target(), rng);
        SixDfgsObservation o = SixDfgsGenerator.observe(target, z,
            Nights.start(rng, LocalDate.of(2001, 5, 1), LocalDate.of(2005, 12, 31)), rng);
        SixDfgsArm arm = rng.chance(0.7) ? SixDfgsArm.VR : SixDfgsArm.V;
        ImageHDU hdu = SixDfgsGenerator.split(o, arm, true);
        GamaObject g = GamaObject.of(target.target(), rng);
        int nq = z.measured() ? z.quality() : 1;
        GamaKeywords.append(Cards.of(hdu), g, "F" + target.name() + arm.splitTag, survey(), o.grid(arm).first(),
            o.grid(arm).last(), z.zHelio(), Math.min(nq, 4), rng);
        Path file = sink.path("gama/6dFGS-" + target.name() + "-" + arm.splitTag + ".fit");
        FitsFileWriter.write(file, List.of(hdu));
        sink.good(file, "gama", 1, "GAMA copy of a 6dFGS spectrum: split layout, " + arm.extname + " (" + o.summary()
            + ")", ReferenceReading.reads(SixDfgsGenerator.SPLIT, 1, o.grid(arm).first(), o.grid(arm).last()));
    }
}
