package org.ozvo.server.sia;

import java.util.Arrays;
import java.util.List;
import org.ozvo.server.vosi.InputParam;

/**
 * The SIA 2.0 query parameters (SIA 2.0 section 2.1), declared once: their names, units and
 * types feed the parser's error messages, the capabilities {@code param} list and the
 * self-describing service descriptor of the responses.
 */
public enum Sia2Parameter {
    POS("char", "*", null, "deg", "pos.outline;obs",
        "Region that must overlap s_region: CIRCLE ra dec radius, RANGE ra1 ra2 dec1 dec2 or POLYGON ra1 dec1 ..."
            + " (ICRS degrees; -Inf/+Inf allowed in RANGE)"),
    BAND("double", "2", "interval", "m", "em.wl",
        "Observed wavelength in metres, a value or an interval 'lo hi', that must overlap [em_min, em_max]"),
    TIME("double", "2", "interval", "d", "time.interval;obs.exposure",
        "Time (MJD, UTC), a value or an interval 'lo hi', that must overlap [t_min, t_max]"),
    POL("char", "*", null, null, "meta.code;phys.polarization",
        "Polarisation state that pol_states must contain (I Q U V RR LL RL LR XX YY XY YX POLI POLA)"),
    FOV("double", "2", "interval", "deg", "phys.angSize;instr.fov",
        "Interval of degrees that must contain s_fov"),
    SPATRES("double", "2", "interval", "arcsec", "pos.angResolution",
        "Interval of arcseconds that must contain s_resolution"),
    EXPTIME("double", "2", "interval", "s", "time.duration;obs.exposure",
        "Interval of seconds that must contain t_exptime"),
    TIMERES("double", "2", "interval", "s", "time.resolution",
        "Interval of seconds that must contain t_resolution"),
    SPECRP("double", "2", "interval", null, "spect.resolution",
        "Interval that must contain the resolving power em_res_power"),
    ID("char", "*", null, null, "meta.ref.ivoid",
        "Publisher DID (obs_publisher_did), compared case-insensitively"),
    COLLECTION("char", "*", null, null, "meta.id", "Collection name (obs_collection), exact"),
    FACILITY("char", "*", null, null, "meta.id;instr.tel", "Facility name (facility_name), exact"),
    INSTRUMENT("char", "*", null, null, "meta.id;instr", "Instrument name (instrument_name), exact"),
    DPTYPE("char", "*", null, null, "meta.code.class", "Data product type (dataproduct_type): image or cube"),
    CALIB("int", null, null, null, "meta.code;obs.calib", "Calibration level (calib_level), 0 to 4"),
    TARGET("char", "*", null, null, "meta.id;src", "Target name (target_name), exact"),
    FORMAT("char", "*", null, null, "meta.code.mime", "MIME type of the access_url target (access_format), exact"),
    MAXREC("int", null, null, null, null, "Maximum number of rows to return; 0 returns only the metadata"),
    RESPONSEFORMAT("char", "*", null, null, "meta.code.mime",
        "Output format: votable (default), or another format of the TAP result writers");

    private final String datatype;
    private final String arraysize;
    private final String xtype;
    private final String unit;
    private final String ucd;
    private final String description;

    Sia2Parameter(String datatype, String arraysize, String xtype, String unit, String ucd, String description) {
        this.datatype = datatype;
        this.arraysize = arraysize;
        this.xtype = xtype;
        this.unit = unit;
        this.ucd = ucd;
        this.description = description;
    }

    /** VOTable datatype of a value. */
    public String datatype() {
        return datatype;
    }

    /** VOTable arraysize of a value, or null for scalars. */
    public String arraysize() {
        return arraysize;
    }

    /** DALI xtype of a value, or null. */
    public String xtype() {
        return xtype;
    }

    /** Unit of the values, or null. */
    public String unit() {
        return unit;
    }

    /** UCD, or null. */
    public String ucd() {
        return ucd;
    }

    /** Human description including syntax and units. */
    public String description() {
        return description;
    }

    /** As a capabilities/registry input parameter; RESPONSEFORMAT is DALI's, so standard too. */
    public InputParam inputParam() {
        return new InputParam(name(), description, unit, ucd, datatype, arraysize, xtype, false, true);
    }

    /** All parameters as input parameters, in declaration order. */
    public static List<InputParam> inputParams() {
        return Arrays.stream(values()).map(Sia2Parameter::inputParam).toList();
    }
}
