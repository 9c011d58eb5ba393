package org.ozvo.sampledata.synth;

/**
 * Turns an intrinsic spectrum into what a fibre spectrograph records: throughput, telluric
 * bands, sky, photon and read noise, and small sky-subtraction residuals on the sky lines.
 */
public final class Observer {

    private Observer() {
    }

    /**
     * @param objectLevel object counts per pixel where the continuum is 1 and throughput peaks
     * @param skyLevel    sky continuum counts per pixel at peak throughput
     */
    public static NoisySpectrum observe(Target target, double[] lambda, Spectrograph spectrograph,
                                        double objectLevel, double skyLevel, Rng rng) {
        double[] source = SourceModel.render(target, lambda, spectrograph.resolvingPower());
        return observe(source, lambda, spectrograph, objectLevel, skyLevel, rng);
    }

    /** As above for an intrinsic spectrum already rendered (e.g. a variable quasar scaled per epoch). */
    public static NoisySpectrum observe(double[] source, double[] lambda, Spectrograph spectrograph,
                                        double objectLevel, double skyLevel, Rng rng) {
        int n = lambda.length;
        double[] skyShape = SkyModel.render(lambda, spectrograph.resolvingPower(), rng.uniform(15, 60));
        double[] flux = new double[n];
        double[] variance = new double[n];
        double[] sky = new double[n];
        double[] response = new double[n];
        double residual = rng.uniform(0.01, 0.04);
        for (int i = 0; i < n; i++) {
            double t = spectrograph.throughput().at(lambda[i]);
            double transmission = spectrograph.telluric() ? Telluric.transmission(lambda[i]) : 1.0;
            response[i] = t * transmission;
            double signal = objectLevel * source[i] * response[i];
            double skyCounts = skyLevel * skyShape[i] * t;
            variance[i] = (Math.max(signal, 0) + skyCounts) / spectrograph.gain() + spectrograph.readVariance();
            double skyLine = skyLevel * t * Math.max(skyShape[i] - 1.5, 0);
            flux[i] = signal + rng.gaussian() * StrictMath.sqrt(variance[i]) + residual * skyLine * rng.gaussian();
            sky[i] = skyCounts + rng.gaussian() * StrictMath.sqrt(skyCounts / spectrograph.gain()) / 3;
        }
        return new NoisySpectrum(lambda, flux, variance, sky, response);
    }
}
