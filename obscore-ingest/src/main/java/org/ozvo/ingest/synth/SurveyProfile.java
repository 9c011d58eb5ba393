package org.ozvo.ingest.synth;

/**
 * What rows of one survey look like (from the survey notes, section 8): instrument, aperture,
 * resolving power, wavelength range and pixels, epoch, redshift range, sky fields and the radius
 * of the instrument's field of view (2dF and AAOmega 1.05 deg, 6dF 2.85 deg).
 */
enum SurveyProfile {
    TWODFGRS("2dFGRS", "TGN", "AAT", "2dF", 1.05, 2.1, 644, 3600, 8000, 1024, 50500, 52400, 3600, 0.0, 0.3,
        "2003astro.ph..6581C", new double[][] {{147, 218, -7, 2}, {325, 415, -37, -22}}),
    SIXDFGS("6dFGS", "g", "UKST", "6dF", 2.85, 6.7, 1000, 3900, 7500, 1536, 52000, 54000, 3600, 0.0, 0.2,
        "2009MNRAS.399..683J", new double[][] {{0, 360, -89, -12}}),
    GAMA("GAMA", "G", "AAT", "2dF-AAOmega", 1.05, 2.1, 1361, 3700, 8850, 4954, 54500, 56500, 2700, 0.0, 0.5,
        "2015MNRAS.452.2087L", new double[][] {{129, 141, -2, 3}, {174, 186, -3, 2}, {211.5, 223.5, -2, 3}}),
    OZDES("OzDES", "DES", "AAT", "2dF-AAOmega", 1.05, 2.1, 1361, 3700, 8850, 5000, 56500, 58500, 2400, 0.0, 4.0,
        "2020MNRAS.496...19L", new double[][] {{53.1, 55.5, -28.3, -25.9}, {6.7, 9.1, -44.7, -42.3},
            {41.1, 43.5, -1.7, 0.7}, {34.3, 36.7, -6.7, -4.3}}),
    WIGGLEZ("WiggleZ", "wig", "AAT", "2dF-AAOmega", 1.05, 2.1, 1300, 4700, 9500, 4904, 54200, 55600, 3600, 0.2, 1.0,
        "2018MNRAS.474.4151D", new double[][] {{7.5, 22.5, -18, -3}, {37.5, 52.5, -15, -1}, {133, 148, -4, 6},
            {155, 170, -2, 8}, {213, 228, -4, 6}, {320, 335, -6, 5}});

    final String survey;
    final String targetPrefix;
    final String facility;
    final String instrument;
    /** Radius of the instrument's field of view: the targets of one pointing lie within it. */
    final double fieldOfViewRadiusDeg;
    final double apertureArcsec;
    final double resolvingPower;
    final double emMinAngstrom;
    final double emMaxAngstrom;
    final long emXel;
    final double mjdFirst;
    final double mjdLast;
    final double exposureSeconds;
    final double zMin;
    final double zMax;
    final String bibcode;
    /** Fields as {raMin, raMax, decMin, decMax} in degrees; raMax may exceed 360 (wraps). */
    final double[][] fields;

    SurveyProfile(String survey, String targetPrefix, String facility, String instrument, double fieldOfViewRadiusDeg,
                  double apertureArcsec,
                  double resolvingPower, double emMinAngstrom, double emMaxAngstrom, long emXel, double mjdFirst,
                  double mjdLast, double exposureSeconds, double zMin, double zMax, String bibcode,
                  double[][] fields) {
        this.survey = survey;
        this.targetPrefix = targetPrefix;
        this.facility = facility;
        this.instrument = instrument;
        this.fieldOfViewRadiusDeg = fieldOfViewRadiusDeg;
        this.apertureArcsec = apertureArcsec;
        this.resolvingPower = resolvingPower;
        this.emMinAngstrom = emMinAngstrom;
        this.emMaxAngstrom = emMaxAngstrom;
        this.emXel = emXel;
        this.mjdFirst = mjdFirst;
        this.mjdLast = mjdLast;
        this.exposureSeconds = exposureSeconds;
        this.zMin = zMin;
        this.zMax = zMax;
        this.bibcode = bibcode;
        this.fields = fields;
    }
}
