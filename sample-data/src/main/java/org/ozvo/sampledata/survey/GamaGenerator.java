package org.ozvo.sampledata.survey;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * GAMA DR2/DR3 spectra (survey-formats.md §4): mostly GAMA's own AAOmega files, plus GAMA's
 * copies of 2dFGRS, WiggleZ, MGC, 2QZ, 2SLAQ-QSO, Liverpool Telescope, SDSS and 6dFGS spectra
 * in their native layouts, each about 1/40 of the total and at least one. All in the GAMA
 * fields (G02, G09, G12, G15, G23); own spectra observed 2008–2014, z mostly 0–0.5.
 */
public final class GamaGenerator implements SurveyGenerator {

    private static final List<GamaCopy> COPIES = List.of(new GamaTwoDfgrsCopy(), new GamaWiggleZCopy(),
        new GamaMgcCopy(), new Gama2qzCopy(), new Gama2slaqQsoCopy(), new GamaLtCopy(), new GamaSdssCopy(),
        new GamaSixDfgsCopy());

    @Override
    public String surveyId() {
        return "gama";
    }

    @Override
    public void generate(int spectra, Rng rng, SampleSink sink) throws IOException {
        int perCopy = Math.max(1, spectra / 40);
        for (GamaCopy copy : COPIES) {
            // Each layout gets its own stream so adding a layout does not reshuffle the others.
            Rng layoutRng = rng.split();
            for (int i = 0; i < perCopy; i++) {
                copy.write(i, layoutRng, sink);
            }
        }
        int own = Math.max(1, spectra - perCopy * COPIES.size());
        Set<String> specIds = new HashSet<>();
        for (int i = 0; i < own; i++) {
            writeOwn(rng, sink, specIds);
        }
    }

    private static void writeOwn(Rng rng, SampleSink sink, Set<String> specIds) throws IOException {
        double[] pos = GamaObject.ALL_FIELDS.sample(rng);
        double mag = 19.8 - 5.5 * rng.uniform() * rng.uniform();
        double kind = rng.uniform();
        Target t;
        if (kind < 0.02) {
            t = new Target(TargetKind.STAR, pos[0], pos[1], Redshifts.star(rng), mag, rng.nextLong());
        } else if (kind < 0.03) {
            t = new Target(TargetKind.QSO, pos[0], pos[1], Redshifts.qso(rng, 0.3, 3.5), mag, rng.nextLong());
        } else {
            TargetKind k = rng.chance(0.55) ? TargetKind.EMISSION_GALAXY : TargetKind.ABSORPTION_GALAXY;
            t = new Target(k, pos[0], pos[1], Redshifts.galaxy(rng, 0.22, 0.5), mag, rng.nextLong());
        }
        GamaObject object = GamaObject.of(t, rng);
        String fieldId;
        int fibre;
        do {
            fieldId = String.format(Locale.ROOT, "%s_Y%d_%03d", object.field(), rng.between(1, 7), rng.between(1, 130));
            fibre = rng.between(1, 392);
        } while (!specIds.add(fieldId + fibre));
        GamaAaomegaFile.write(object, fieldId, fibre, rng, sink);
    }
}
