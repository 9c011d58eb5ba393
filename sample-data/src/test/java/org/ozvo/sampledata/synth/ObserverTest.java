package org.ozvo.sampledata.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObserverTest {

    @Test
    void noiseMatchesTheReportedVariance() {
        double[] lambda = WavelengthGrid.startingAt(4000, 1.0, 1400).values();
        double[] flat = new double[lambda.length];
        java.util.Arrays.fill(flat, 1.0);
        Spectrograph s = new Spectrograph(1000, Throughput.flat(), false, 1.5, 20);
        NoisySpectrum spec = Observer.observe(flat, lambda, s, 500, 10, new Rng(3));
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int i = 0; i < lambda.length; i++) {
            if (lambda[i] > 4400 && lambda[i] < 5400) {
                double pull = (spec.flux()[i] - 500) / Math.sqrt(spec.variance()[i]);
                sum += pull;
                sum2 += pull * pull;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        assertEquals(0, mean, 0.1);
        assertEquals(1, sd, 0.1);
    }

    @Test
    void skyHasTheOxygenLine() {
        double[] lambda = WavelengthGrid.startingAt(5500, 0.5, 300).values();
        double[] sky = SkyModel.render(lambda, 1000, 40);
        int peak = 0;
        for (int i = 1; i < sky.length; i++) {
            if (sky[i] > sky[peak]) {
                peak = i;
            }
        }
        assertEquals(5577.34, lambda[peak], 0.5);
        assertTrue(sky[peak] > 10 * sky[0]);
    }

    @Test
    void sameSeedSameNumbers() {
        Rng a = Rng.forStream(11, "x");
        Rng b = Rng.forStream(11, "x");
        double[] x = new double[100];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            x[i] = a.gaussian();
            y[i] = b.gaussian();
        }
        assertArrayEquals(x, y);
        assertTrue(Rng.forStream(11, "x").uniform() != Rng.forStream(11, "y").uniform());
    }
}
