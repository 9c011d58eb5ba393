package org.ozvo.sampledata.synth;

/** Where a survey put its fibres; draws positions uniformly on the sphere within it. */
public interface SkyRegion {

    /** @return {ra, dec} in degrees, ra in [0, 360) */
    double[] sample(Rng rng);

    /**
     * An RA/Dec box. {@code raMin > raMax} means the box wraps through RA 0 (e.g. the 2dFGRS
     * SGP strip from 325° to 55°).
     */
    static SkyRegion box(double raMin, double raMax, double decMin, double decMax) {
        double width = raMin <= raMax ? raMax - raMin : raMax + 360.0 - raMin;
        double sinLo = StrictMath.sin(StrictMath.toRadians(decMin));
        double sinHi = StrictMath.sin(StrictMath.toRadians(decMax));
        return rng -> new double[] {
            (raMin + rng.uniform() * width) % 360.0,
            StrictMath.toDegrees(StrictMath.asin(rng.uniform(sinLo, sinHi))),
        };
    }

    /** A circular field of the given radius (degrees), e.g. a 2dF pointing. */
    static SkyRegion circle(double raCentre, double decCentre, double radius) {
        return rng -> {
            double r = radius * StrictMath.sqrt(rng.uniform());
            double angle = rng.uniform(0, 2 * Math.PI);
            double dec = decCentre + r * StrictMath.sin(angle);
            double cosDec = StrictMath.cos(StrictMath.toRadians(dec));
            double ra = raCentre + r * StrictMath.cos(angle) / cosDec;
            return new double[] {(ra + 360.0) % 360.0, dec};
        };
    }

    /** One of several regions, chosen with probability proportional to {@code weights}. */
    static SkyRegion anyOf(double[] weights, SkyRegion... regions) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double sum = total;
        return rng -> {
            double x = rng.uniform(0, sum);
            for (int i = 0; i < regions.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return regions[i].sample(rng);
                }
            }
            return regions[regions.length - 1].sample(rng);
        };
    }
}
