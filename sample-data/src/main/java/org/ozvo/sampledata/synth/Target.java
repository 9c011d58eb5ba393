package org.ozvo.sampledata.synth;

/**
 * A synthetic astronomical source. {@code z} is the true redshift the spectrum is drawn
 * with; a survey may still publish a failed measurement (−9) for it. Observations of the
 * same target share {@code shapeSeed}, hence the same intrinsic spectrum.
 *
 * @param kind      source class
 * @param ra        J2000 right ascension, degrees in [0, 360)
 * @param dec       J2000 declination, degrees
 * @param z         true redshift (stars: radial velocity / c, may be slightly negative)
 * @param magnitude apparent magnitude in the survey's selection band
 * @param shapeSeed seed of the intrinsic spectrum's parameters
 */
public record Target(TargetKind kind, double ra, double dec, double z, double magnitude, long shapeSeed) {

    /** The same source at a slightly different measured position, e.g. a fibre position. */
    public Target offsetArcsec(double dRaArcsec, double dDecArcsec) {
        double cosDec = Math.max(1e-6, StrictMath.cos(StrictMath.toRadians(dec)));
        double newRa = (ra + dRaArcsec / 3600.0 / cosDec + 360.0) % 360.0;
        return new Target(kind, newRa, dec + dDecArcsec / 3600.0, z, magnitude, shapeSeed);
    }

    public boolean isGalaxy() {
        return kind == TargetKind.EMISSION_GALAXY || kind == TargetKind.ABSORPTION_GALAXY;
    }
}
