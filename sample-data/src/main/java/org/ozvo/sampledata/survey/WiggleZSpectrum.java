package org.ozvo.sampledata.survey;

import org.ozvo.sampledata.synth.NoisySpectrum;
import org.ozvo.sampledata.synth.Observer;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.Spectrograph;
import org.ozvo.sampledata.synth.WavelengthGrid;

/**
 * A WiggleZ AAOmega spectrum (580V + 385R) with the survey's bad-pixel convention: flux and
 * variance exactly zero over 30–60 pixels at each end. Holds both the counts (as GAMA's copy
 * keeps them) and the relatively calibrated flux in 1e-16 erg/s/cm²/Å (native release).
 */
final class WiggleZSpectrum {

    final WavelengthGrid grid;
    final double[] counts;
    final double[] countsVariance;
    final double[] flux;
    final double[] fluxVariance;
    final boolean[] padded;

    WiggleZSpectrum(WiggleZTarget target, WavelengthGrid grid, Rng rng) {
        this.grid = grid;
        int n = grid.pixels();
        NoisySpectrum s = Observer.observe(target.target(), grid.values(), Spectrograph.AAOMEGA,
            150 * StrictMath.pow(10, -0.4 * (target.target().magnitude() - 21)), 150, rng);
        double calibration = rng.uniform(40, 90);
        this.padded = BadPixels.mask(n, rng.between(30, 60), rng.between(30, 60), 0, rng);
        this.counts = s.flux().clone();
        this.countsVariance = s.variance().clone();
        this.flux = new double[n];
        this.fluxVariance = new double[n];
        for (int i = 0; i < n; i++) {
            double k = s.response()[i] * calibration;
            flux[i] = counts[i] / k;
            fluxVariance[i] = countsVariance[i] / (k * k);
        }
        BadPixels.apply(padded, 0.0, counts, countsVariance, flux, fluxVariance);
    }

    /** First and last wavelength with data (outside the zero padding). */
    double[] coveredRange() {
        int lo = 0;
        while (padded[lo]) {
            lo++;
        }
        int hi = padded.length - 1;
        while (padded[hi]) {
            hi--;
        }
        return new double[] {grid.at(lo), grid.at(hi)};
    }
}
