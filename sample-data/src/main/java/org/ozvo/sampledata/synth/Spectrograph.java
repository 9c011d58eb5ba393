package org.ozvo.sampledata.synth;

/**
 * The instrument properties that shape an observed spectrum.
 *
 * @param resolvingPower λ/Δλ (FWHM)
 * @param throughput     relative efficiency, applied to object and sky counts
 * @param telluric       whether atmospheric bands are left in (no telluric correction)
 * @param gain           electrons per count, sets the photon noise
 * @param readVariance   read-noise variance per pixel, counts²
 */
public record Spectrograph(double resolvingPower, Throughput throughput, boolean telluric, double gain,
                           double readVariance) {

    /** 2dF with the 300B grating (2dFGRS, 2QZ, MGC, 2SLAQ): R ≈ 644. */
    public static final Spectrograph TWO_DF_300B = new Spectrograph(644, Throughput.hump(5200, 1500), true, 2.79, 30);
    /** 6dF on the UKST, 600V grating. */
    public static final Spectrograph SIX_DF_V = new Spectrograph(1000, Throughput.hump(4900, 700), true, 0.64, 25);
    /** 6dF on the UKST, 316R grating. */
    public static final Spectrograph SIX_DF_R = new Spectrograph(1000, Throughput.hump(6900, 1100), true, 0.64, 25);
    /** AAOmega 580V + 385R through the x5700 dichroic (GAMA, OzDES, WiggleZ): R ≈ 1361. */
    public static final Spectrograph AAOMEGA = new Spectrograph(1361, Throughput.aaOmega(), true, 1.8, 12);
    /** SDSS double spectrograph: R ≈ 2000. */
    public static final Spectrograph SDSS = new Spectrograph(2000, Throughput.hump(6200, 1600), false, 1.0, 4);
    /** Liverpool Telescope FrodoSpec, red arm low resolution. */
    public static final Spectrograph FRODOSPEC = new Spectrograph(2200, Throughput.hump(7400, 1100), true, 1.5, 10);
}
