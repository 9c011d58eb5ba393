package org.ozvo.server.ssa.request;

import java.util.List;

/**
 * Every input parameter the SSA service understands, declared once: the parser reads them by
 * these names, and the FORMAT=METADATA response and the VOSI capabilities describe them from
 * here (SSA 1.1 sections 4.1, 6.1). Names are upper case; requests may use any case.
 */
public enum SsaParam {
    REQUEST("char", null, null, "queryData", "Must be queryData (case does not matter)"),
    VERSION("char", null, null, "1.1", "SSA version; 1.x is accepted, other versions are refused"),
    POS("char", "deg", "pos.eq", "", "Search position as ra,dec in decimal degrees, ICRS (an optional ;ICRS"
        + " suffix is accepted); results are ordered by distance from it"),
    SIZE("double", "deg", "instr.fov", String.valueOf(SsaLimits.DEFAULT_SIZE_DEG), "Diameter of the search cone"
        + " around POS, in degrees; defaults to " + SsaLimits.DEFAULT_SIZE_DEG),
    BAND("char", "m", "em.wl", "", "Spectral coverage wanted, in metres of vacuum wavelength: a value (the"
        + " spectrum covers it) or a range list lo/hi, lo/, /hi (any overlap). Observed frame; append ;source for"
        + " the rest frame (same as BANDREST)"),
    TIME("char", null, "time.epoch", "", "Observation time: ISO 8601 value or range list (yyyy, yyyy-mm,"
        + " yyyy-mm-dd, yyyy-mm-ddThh:mm:ss), UTC; any overlap with the exposure matches"),
    FORMAT("char", null, null, "all", "Dataset format: all, native, fits or application/fits select every"
        + " spectrum (served as simplified 1D FITS); compliant, votable, xml, graphic and other MIME types select"
        + " none; METADATA returns this description"),
    MAXREC("int", null, null, String.valueOf(SsaLimits.DEFAULT_MAXREC), "Maximum number of records returned;"
        + " at most " + SsaLimits.HARD_MAXREC + ". 0 returns only the table metadata"),
    TOP("int", null, null, "", "Return only the N best-scoring (nearest, with POS) records"),
    TARGETNAME("char", null, "meta.id;src", "", "Target name as the survey gives it (case-insensitive exact match)"),
    TARGETCLASS("char", null, "src.class", "", "Comma-separated target classes (e.g. galaxy, star, QSO)"),
    COLLECTION("char", null, "meta.id", "", "Comma-separated collections; case-insensitive, and a part of a"
        + " name selects every collection containing it (ozdes selects ozdes_dr2)"),
    REDSHIFT("char", null, "src.redshift", "", "Redshift range list lo/hi (optical convention)"),
    SPECRP("double", null, "spect.resolution", "", "Minimum spectral resolving power lambda/delta-lambda"),
    SPATRES("double", "deg", "pos.angResolution", "", "Worst acceptable spatial resolution, in degrees"),
    TIMERES("double", "s", "time.resolution", "", "Worst acceptable time resolution, in seconds"),
    SNR("double", null, "stat.snr", "", "Minimum median signal-to-noise ratio per pixel"),
    PUBDID("char", null, "meta.ref.ivoid", "", "Publisher dataset identifier (obs_publisher_did),"
        + " case-insensitive"),
    CREATORDID("char", null, "meta.id", "", "Creator dataset identifier, case-insensitive"),
    MTIME("char", null, "time", "", "Time range of the last modification of the record (ISO 8601 range list)"),
    BANDREST("char", "m", "em.wl", "", "Data Central extension: spectral coverage in the target's rest frame,"
        + " in metres, with BAND's syntax; spectra whose rest-frame coverage overlaps it (needs a redshift)"),
    DPSUBTYPE("char", null, "meta.code.class", "", "Data Central extension: comma-separated product subtypes"
        + " (combined, epoch, single, arm, spliced)"),
    RUNID("char", null, "meta.id", "", "Identifier of the client's run, echoed in the response");

    private final String datatype;
    private final String unit;
    private final String ucd;
    private final String defaultValue;
    private final String description;

    SsaParam(String datatype, String unit, String ucd, String defaultValue, String description) {
        this.datatype = datatype;
        this.unit = unit;
        this.ucd = ucd;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** VOTable datatype of the PARAM describing it. */
    public String datatype() {
        return datatype;
    }

    /** VOUnit or null. */
    public String unit() {
        return unit;
    }

    /** UCD or null. */
    public String ucd() {
        return ucd;
    }

    /** Default value as text, empty when none. */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** Fixed choices for the metadata response, empty when free. */
    public List<String> options() {
        return switch (this) {
            case REQUEST -> List.of("queryData");
            case FORMAT -> SsaFormat.KEYWORDS;
            default -> List.of();
        };
    }
}
