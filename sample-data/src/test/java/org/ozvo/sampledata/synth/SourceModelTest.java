package org.ozvo.sampledata.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceModelTest {

    private static final double[] GRID = WavelengthGrid.startingAt(3500, 1.0, 6000).values();

    private static int argmaxNear(double[] f, double centre, double halfWidth) {
        int best = -1;
        for (int i = 0; i < GRID.length; i++) {
            if (Math.abs(GRID[i] - centre) <= halfWidth && (best < 0 || f[i] > f[best])) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void emissionLinesSitAtRestTimesOnePlusZ() {
        double z = 0.25;
        Target t = new Target(TargetKind.EMISSION_GALAXY, 180, 0, z, 18, 42L);
        double[] f = SourceModel.render(t, GRID, 1361);
        assertEquals(6562.80 * (1 + z), GRID[argmaxNear(f, 6562.80 * (1 + z), 25)], 1.0, "H-alpha");
        assertEquals(5006.84 * (1 + z), GRID[argmaxNear(f, 5006.84 * (1 + z), 15)], 1.0, "[O III] 5007");
        double continuum = f[argmaxNear(f, 6000 * (1 + z), 0.5)];
        assertTrue(f[argmaxNear(f, 6562.80 * (1 + z), 5)] > 1.5 * continuum, "H-alpha stands out of the continuum");
    }

    @Test
    void quasarShowsRedshiftedBroadLinesAndForest() {
        double z = 2.5;
        Target t = new Target(TargetKind.QSO, 30, -20, z, 19, 7L);
        double[] f = SourceModel.render(t, GRID, 1000);
        assertEquals(1549.06 * (1 + z), GRID[argmaxNear(f, 1549.06 * (1 + z), 40)], 15.0, "C IV");
        double forest = mean(f, 3500, 1200 * (1 + z));
        double redward = mean(f, 1300 * (1 + z), 1400 * (1 + z));
        assertTrue(forest < redward, "Lyman-alpha forest absorbs blueward of Lyman alpha");
    }

    @Test
    void absorptionGalaxyHasCalciumKAndBreak() {
        double z = 0.1;
        Target t = new Target(TargetKind.ABSORPTION_GALAXY, 10, -30, z, 17, 99L);
        double[] f = SourceModel.render(t, GRID, 644);
        assertTrue(mean(f, 3750 * (1 + z), 3950 * (1 + z)) < 0.8 * mean(f, 4050 * (1 + z), 4250 * (1 + z)),
            "4000 A break");
        double k = f[argmaxNear(f, 3933.66 * (1 + z), 0.5)];
        assertTrue(k < f[argmaxNear(f, 3900 * (1 + z), 0.5)], "Ca K absorbs");
    }

    @Test
    void sameShapeSeedGivesSameSpectrum() {
        Target a = new Target(TargetKind.EMISSION_GALAXY, 1, 2, 0.1, 18, 5L);
        assertArrayEquals(SourceModel.render(a, GRID, 1000), SourceModel.render(a.offsetArcsec(1, 1), GRID, 1000));
    }

    private static double mean(double[] f, double from, double to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < GRID.length; i++) {
            if (GRID[i] >= from && GRID[i] < to) {
                sum += f[i];
                n++;
            }
        }
        return sum / n;
    }
}
