package org.ozvo.query;

/** Unit of a computed angular distance, with its VOUnit spelling. */
public enum DistanceUnit {
    DEG(1.0, "deg"),
    ARCMIN(60.0, "arcmin"),
    ARCSEC(3600.0, "arcsec");

    private final double perDegree;
    private final String voUnit;

    DistanceUnit(double perDegree, String voUnit) {
        this.perDegree = perDegree;
        this.voUnit = voUnit;
    }

    /** How many of this unit make one degree. */
    public double perDegree() {
        return perDegree;
    }

    /** The VOUnit string, e.g. {@code arcsec}. */
    public String voUnit() {
        return voUnit;
    }
}
