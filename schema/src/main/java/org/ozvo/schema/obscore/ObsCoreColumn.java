package org.ozvo.schema.obscore;

import static org.ozvo.schema.obscore.ColumnType.DOUBLE;
import static org.ozvo.schema.obscore.ColumnType.INT;
import static org.ozvo.schema.obscore.ColumnType.LONG;
import static org.ozvo.schema.obscore.ColumnType.POINT;
import static org.ozvo.schema.obscore.ColumnType.POLYGON;
import static org.ozvo.schema.obscore.ColumnType.TEXT;
import static org.ozvo.schema.obscore.ColumnType.TIMESTAMP;
import static org.ozvo.schema.obscore.ObsCoreColumn.Flag.INDEXED;
import static org.ozvo.schema.obscore.ObsCoreColumn.Flag.NOT_NULL;
import static org.ozvo.schema.obscore.ObsCoreColumn.Flag.PRINCIPAL;
import static org.ozvo.schema.obscore.ObsCoreColumn.Level.CUSTOM;
import static org.ozvo.schema.obscore.ObsCoreColumn.Level.INTERNAL;
import static org.ozvo.schema.obscore.ObsCoreColumn.Level.MANDATORY;
import static org.ozvo.schema.obscore.ObsCoreColumn.Level.OPTIONAL;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The single definition of every column of {@code ivoa.obscore}: ObsCore 1.1 mandatory and
 * optional columns, this archive's custom columns, and the internal bookkeeping columns that
 * are stored but never published. TAP_SCHEMA, VOSI tables, SSA/SIA2 responses and the loaders
 * all read their metadata from here; a test checks the migrated table against it.
 *
 * <p>Declaration order is the table's column order as published.
 */
public enum ObsCoreColumn {
    // --- ObsCore 1.1 mandatory (ObsCore 1.1 section 4, table 4) ---
    DATAPRODUCT_TYPE(MANDATORY, TEXT, null, "meta.code.class", "ObsDataset.dataProductType",
        "Data product type: spectrum or image", PRINCIPAL),
    CALIB_LEVEL(MANDATORY, INT, null, "meta.code;obs.calib", "ObsDataset.calibLevel",
        "Calibration level: 0 raw .. 4 analysis product", NOT_NULL, PRINCIPAL),
    OBS_COLLECTION(MANDATORY, TEXT, null, "meta.id", "DataID.collection",
        "Name of the data collection (survey and release)", NOT_NULL, PRINCIPAL, INDEXED),
    OBS_ID(MANDATORY, TEXT, null, "meta.id", "DataID.observationID",
        "Observation identifier, unique within the collection", NOT_NULL, PRINCIPAL),
    OBS_PUBLISHER_DID(MANDATORY, TEXT, null, "meta.ref.ivoid", "Curation.publisherDID",
        "Stable IVOA identifier of this dataset assigned by the publisher", NOT_NULL, PRINCIPAL, INDEXED),
    ACCESS_URL(MANDATORY, TEXT, null, "meta.ref.url", "Access.reference",
        "URL of the DataLink document of the dataset", PRINCIPAL),
    ACCESS_FORMAT(MANDATORY, TEXT, null, "meta.code.mime", "Access.format",
        "MIME type of what access_url returns", PRINCIPAL),
    ACCESS_ESTSIZE(MANDATORY, LONG, "kbyte", "phys.size;meta.file", "Access.size",
        "Estimated size of the simplified product", PRINCIPAL),
    TARGET_NAME(MANDATORY, TEXT, null, "meta.id;src", "Target.name",
        "Name of the observed target", PRINCIPAL, INDEXED),
    S_RA(MANDATORY, DOUBLE, "deg", "pos.eq.ra", "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C1",
        "Right ascension (ICRS) of the observation centre", PRINCIPAL, INDEXED),
    S_DEC(MANDATORY, DOUBLE, "deg", "pos.eq.dec", "Char.SpatialAxis.Coverage.Location.Coord.Position2D.Value2.C2",
        "Declination (ICRS) of the observation centre", PRINCIPAL, INDEXED),
    S_FOV(MANDATORY, DOUBLE, "deg", "phys.angSize;instr.fov", "Char.SpatialAxis.Coverage.Bounds.Extent.diameter",
        "Diameter of the covered region (fibre aperture for spectra)", PRINCIPAL),
    S_REGION(MANDATORY, POLYGON, "deg", "pos.outline;obs.field", "Char.SpatialAxis.Coverage.Support.Area",
        "Sky region covered by the data product", INDEXED),
    S_RESOLUTION(MANDATORY, DOUBLE, "arcsec", "pos.angResolution", "Char.SpatialAxis.Resolution.Refval.value",
        "Spatial resolution (seeing or PSF FWHM)"),
    S_XEL1(MANDATORY, LONG, null, "meta.number", "Char.SpatialAxis.numBins1",
        "Number of pixels along the first spatial axis (-1: not pixelated)"),
    S_XEL2(MANDATORY, LONG, null, "meta.number", "Char.SpatialAxis.numBins2",
        "Number of pixels along the second spatial axis (-1: not pixelated)"),
    T_MIN(MANDATORY, DOUBLE, "d", "time.start;obs.exposure", "Char.TimeAxis.Coverage.Bounds.Limits.StartTime",
        "Start of the first exposure (MJD, UTC)", PRINCIPAL, INDEXED),
    T_MAX(MANDATORY, DOUBLE, "d", "time.end;obs.exposure", "Char.TimeAxis.Coverage.Bounds.Limits.StopTime",
        "End of the last exposure (MJD, UTC)", PRINCIPAL, INDEXED),
    T_EXPTIME(MANDATORY, DOUBLE, "s", "time.duration;obs.exposure", "Char.TimeAxis.Coverage.Support.Extent",
        "Total exposure time (summed over epochs for combined spectra)", PRINCIPAL),
    T_RESOLUTION(MANDATORY, DOUBLE, "s", "time.resolution", "Char.TimeAxis.Resolution.Refval.value",
        "Temporal resolution"),
    T_XEL(MANDATORY, LONG, null, "meta.number", "Char.TimeAxis.numBins",
        "Number of exposures (epochs) combined in the product"),
    EM_MIN(MANDATORY, DOUBLE, "m", "em.wl;stat.min", "Char.SpectralAxis.Coverage.Bounds.Limits.LoLimit",
        "Shortest wavelength of valid data (observed frame)", PRINCIPAL, INDEXED),
    EM_MAX(MANDATORY, DOUBLE, "m", "em.wl;stat.max", "Char.SpectralAxis.Coverage.Bounds.Limits.HiLimit",
        "Longest wavelength of valid data (observed frame)", PRINCIPAL, INDEXED),
    EM_RES_POWER(MANDATORY, DOUBLE, null, "spect.resolution", "Char.SpectralAxis.Resolution.ResolPower.refVal",
        "Typical spectral resolving power lambda/delta-lambda"),
    EM_XEL(MANDATORY, LONG, null, "meta.number", "Char.SpectralAxis.numBins",
        "Number of spectral pixels"),
    O_UCD(MANDATORY, TEXT, null, "meta.ucd", "Char.ObservableAxis.ucd",
        "UCD of the observable (flux) axis"),
    POL_STATES(MANDATORY, TEXT, null, "meta.code;phys.polarization", "Char.PolarizationAxis.stateList",
        "Polarisation states (none for these data)"),
    POL_XEL(MANDATORY, LONG, null, "meta.number", "Char.PolarizationAxis.numBins",
        "Number of polarisation samples"),
    FACILITY_NAME(MANDATORY, TEXT, null, "meta.id;instr.tel", "Provenance.ObsConfig.Facility.name",
        "Telescope or observatory", PRINCIPAL),
    INSTRUMENT_NAME(MANDATORY, TEXT, null, "meta.id;instr", "Provenance.ObsConfig.Instrument.name",
        "Instrument", PRINCIPAL),

    // --- ObsCore 1.1 optional columns this archive fills (ObsCore 1.1 appendix C) ---
    DATAPRODUCT_SUBTYPE(OPTIONAL, TEXT, null, "meta.code.class", "ObsDataset.dataProductSubtype",
        "Finer product type: combined, epoch, single, arm (V, R), spliced, thumbnail", PRINCIPAL),
    OBS_TITLE(OPTIONAL, TEXT, null, "meta.title;obs", "DataID.title",
        "Short human-readable description of the dataset"),
    TARGET_CLASS(OPTIONAL, TEXT, null, "src.class", "Target.class",
        "Class of the target (galaxy, star, QSO)"),
    OBS_CREATION_DATE(OPTIONAL, TIMESTAMP, null, "time;meta.dataset", "DataID.date",
        "Date the original data product was created"),
    OBS_CREATOR_NAME(OPTIONAL, TEXT, null, "meta.id", "DataID.creator",
        "Survey team that created the original data"),
    OBS_CREATOR_DID(OPTIONAL, TEXT, null, "meta.id", "DataID.creatorDID",
        "Identifier given to the original file by its creator"),
    OBS_RELEASE_DATE(OPTIONAL, TIMESTAMP, null, "time.release", "Curation.releaseDate",
        "Date the data became or becomes public (end of the proprietary period)"),
    PUBLISHER_ID(OPTIONAL, TEXT, null, "meta.ref.ivoid", "Curation.publisherID",
        "IVOA identifier of the publisher"),
    BIB_REFERENCE(OPTIONAL, TEXT, null, "meta.bib.bibcode", "Curation.reference",
        "Bibcode of the survey's data release paper"),
    DATA_RIGHTS(OPTIONAL, TEXT, null, "meta.code", "Curation.rights",
        "Access rights: public, secure or proprietary"),
    EM_UCD(OPTIONAL, TEXT, null, "meta.ucd", "Char.SpectralAxis.ucd",
        "UCD of the spectral axis"),
    EM_UNIT(OPTIONAL, TEXT, null, "meta.unit", "Char.SpectralAxis.unit",
        "Unit of the spectral axis in the product"),

    // --- Data Central style extensions for a spectral archive ---
    REDSHIFT(CUSTOM, DOUBLE, null, "src.redshift", null,
        "Redshift of the target as measured by the survey (null when unknown)", PRINCIPAL, INDEXED),
    REDSHIFT_QUALITY(CUSTOM, INT, null, "meta.code.qual;src.redshift", null,
        "Survey's redshift quality flag, in the survey's own scale"),
    T_MIDPOINT(CUSTOM, DOUBLE, "d", "time.epoch;obs", null,
        "Mid-point of the observation (MJD, UTC)", PRINCIPAL),
    EM_MIDPOINT(CUSTOM, DOUBLE, "m", "em.wl.central", null,
        "Central wavelength of valid data (observed frame)"),
    EM_MIN_REST(CUSTOM, DOUBLE, "m", "em.wl;stat.min", null,
        "Shortest wavelength of valid data in the rest frame, em_min/(1+redshift)", INDEXED),
    EM_MAX_REST(CUSTOM, DOUBLE, "m", "em.wl;stat.max", null,
        "Longest wavelength of valid data in the rest frame, em_max/(1+redshift)", INDEXED),
    EM_MIDPOINT_REST(CUSTOM, DOUBLE, "m", "em.wl.central", null,
        "Central wavelength of valid data in the rest frame"),
    EM_SNR(CUSTOM, DOUBLE, null, "stat.snr", null,
        "Median signal-to-noise ratio per pixel"),
    BAND_NAME(CUSTOM, TEXT, null, "instr.bandpass", null,
        "Spectrograph arm or band label (V, R, VR for 6dFGS; image band for thumbnails)"),
    S_SEEING(CUSTOM, DOUBLE, "arcsec", "instr.obsty.seeing", null,
        "Seeing during the observation"),
    FULL_DATA_URL(CUSTOM, TEXT, null, "meta.ref.url;meta.file", null,
        "URL of the original file as distributed by the survey"),
    FULL_DATA_FORMAT(CUSTOM, TEXT, null, "meta.code.mime", null,
        "MIME type of the original file"),

    // --- Internal bookkeeping: stored, never published ---
    S_POS(INTERNAL, POINT, null, null, null,
        "pgSphere point of (s_ra, s_dec), generated by the database"),
    PRODUCT_PATH(INTERNAL, TEXT, null, null, null,
        "Path of the simplified product, relative to the data directory"),
    ORIGINAL_PATH(INTERNAL, TEXT, null, null, null,
        "Path of the original file, relative to the data directory or absolute"),
    ORIGINAL_HDU(INTERNAL, TEXT, null, null, null,
        "Which part of the original file this record came from (HDU or row)"),
    RECORD_MODIFIED(INTERNAL, TIMESTAMP, null, null, null,
        "When this row was last inserted or updated", NOT_NULL);

    /** Where a column comes from: the standard, our extension, or internal bookkeeping. */
    public enum Level { MANDATORY, OPTIONAL, CUSTOM, INTERNAL }

    /** Optional properties of a column. */
    public enum Flag { NOT_NULL, PRINCIPAL, INDEXED }

    private static final String OBSCORE_UTYPE_PREFIX = "obscore:";

    private final Level level;
    private final ColumnType type;
    private final String unit;
    private final String ucd;
    private final String utype;
    private final String description;
    private final Set<Flag> flags;

    ObsCoreColumn(Level level, ColumnType type, String unit, String ucd, String utype,
                  String description, Flag... flags) {
        this.level = level;
        this.type = type;
        this.unit = unit;
        this.ucd = ucd;
        this.utype = utype == null ? null : OBSCORE_UTYPE_PREFIX + utype;
        this.description = description;
        this.flags = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(Arrays.asList(flags));
    }

    /** Column name as in the database and in every protocol: the enum name in lower case. */
    public String columnName() { return name().toLowerCase(Locale.ROOT); }

    public Level level() { return level; }

    public ColumnType type() { return type; }

    /** VOUnit string, or null when dimensionless. */
    public String unit() { return unit; }

    /** UCD1+, or null for internal columns. */
    public String ucd() { return ucd; }

    /** Full utype including the {@code obscore:} prefix, or null for custom and internal columns. */
    public String utype() { return utype; }

    public String description() { return description; }

    public boolean nullable() { return !flags.contains(Flag.NOT_NULL); }

    public boolean principal() { return flags.contains(Flag.PRINCIPAL); }

    public boolean indexed() { return flags.contains(Flag.INDEXED); }

    /** True for columns defined by the ObsCore standard (TAP_SCHEMA std=1). */
    public boolean standard() { return level == MANDATORY || level == OPTIONAL; }

    /** True for columns clients can see (TAP_SCHEMA, VOSI tables, query results). */
    public boolean published() { return level != INTERNAL; }

    /** True for columns the database computes itself; writers never set them. */
    public boolean generated() { return this == S_POS; }

    /** Columns clients can see, in table order. */
    public static List<ObsCoreColumn> publishedColumns() {
        return Arrays.stream(values()).filter(ObsCoreColumn::published).toList();
    }

    /** Columns a writer supplies, in table order. */
    public static List<ObsCoreColumn> writableColumns() {
        return Arrays.stream(values()).filter(c -> !c.generated()).toList();
    }

    /** Looks a column up by its name, case-insensitively. */
    public static Optional<ObsCoreColumn> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.columnName().equals(wanted)).findFirst();
    }
}
