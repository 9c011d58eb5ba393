package org.ozvo.server.ssa.response;

import static org.ozvo.schema.obscore.ObsCoreColumn.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.server.ssa.request.SsaFormat;

/**
 * The columns of an SSA 1.1 query response, in order. Standard fields carry their exact
 * {@code ssa:} utype (pyvo compares the whole string) and the UCD of SSA 1.1 appendix D; every
 * mandatory field of section 4.2.5 is present. Column names follow ObsCore where a column
 * exists, so Data Central's clients find {@code access_url}, {@code target_name},
 * {@code t_midpoint}, {@code redshift}, {@code em_snr}, {@code dataproduct_subtype},
 * {@code band_name}, {@code full_data_url} and {@code score}.
 *
 * <p>Two access columns on purpose: {@code accref} ({@code ssa:Access.Reference}, first, so
 * pyvo's {@code getdataurl()}, TOPCAT and SPLAT get the spectrum itself as simplified FITS) and
 * {@code access_url} (the DataLink document, as ObsCore and Data Central publish it). The
 * response also carries a DataLink service descriptor bound to {@code obs_publisher_did}.
 * Immutable and thread-safe.
 */
public final class SsaFields {

    /** XML ID of the publisher DID FIELD, referenced by the DataLink descriptor's ID PARAM. */
    public static final String PUBDID_ID = "pubdid";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final List<SsaField> fields;

    /**
     * @param layout    gives the product URLs
     * @param publisher the publisher's name (Curation.Publisher)
     */
    public SsaFields(ArchiveLayout layout, String publisher) {
        this.fields = List.copyOf(define(layout, publisher));
    }

    /** The fields in table order. */
    public List<SsaField> fields() {
        return fields;
    }

    /** Their FIELD metadata, in order. */
    public List<ColumnSpec> specs() {
        return fields.stream().map(SsaField::spec).toList();
    }

    /** The ObsCore columns the fields read: every published column but the footprint polygon. */
    public static List<ObsCoreColumn> selectedColumns() {
        return ObsCoreColumn.publishedColumns().stream().filter(c -> c != S_REGION).toList();
    }

    private static List<SsaField> define(ArchiveLayout layout, String publisher) {
        Collector f = new Collector();
        // --- Access: the dataset itself first (getdataurl takes the first Access.Reference) ---
        f.add(computed(text("accref", "ssa:Access.Reference", "meta.ref.url;meta.dataset",
            "URL of the simplified 1D FITS spectrum"), r -> layout.productUrl(r.text(OBS_PUBLISHER_DID))));
        f.add(computed(text("mime", "ssa:Access.Format", "meta.code.mime", "MIME type of accref"),
            r -> SsaFormat.PRODUCT_MIME));
        f.add(f.ssa(ACCESS_ESTSIZE, "accsize", "ssa:Access.Size", null));
        // --- Dataset and identification ---
        f.add(f.ssa(OBS_TITLE, null, "ssa:DataID.Title", "meta.title;meta.dataset"));
        f.add(new SsaField(f.obs(OBS_PUBLISHER_DID, "ssa:Curation.PublisherDID", null).withId(PUBDID_ID),
            r -> r.get(OBS_PUBLISHER_DID)));
        f.add(constant(text("publisher", "ssa:Curation.Publisher", "meta.curation", "Publisher of the dataset"), publisher));
        f.add(constant(text("data_model", "ssa:Dataset.DataModel", null, "Data model of the dataset"), "Spectrum-1.0"));
        f.add(constant(text("dataset_type", "ssa:Dataset.Type", null, "Type of the dataset"), "Spectrum"));
        f.add(f.ssa(EM_XEL, null, "ssa:Dataset.Length", "meta.number"));
        f.add(f.ssa(OBS_COLLECTION, null, "ssa:DataID.Collection", null));
        f.add(f.ssa(OBS_CREATOR_NAME, null, "ssa:DataID.Creator", null));
        f.add(f.ssa(OBS_CREATOR_DID, null, "ssa:DataID.CreatorDID", null));
        f.add(constant(text("data_source", "ssa:DataID.DataSource", null, "How the data were obtained"), "survey"));
        f.add(constant(text("creation_type", "ssa:DataID.CreationType", null, "How the dataset was made"), "archival"));
        f.add(new SsaField(f.obs(OBS_CREATION_DATE, "ssa:DataID.Date", "time;meta.dataset")
            .withDescription("Date the original data product was created (date only)"),
            r -> date(r.get(OBS_CREATION_DATE))));
        f.add(f.ssa(INSTRUMENT_NAME, null, "ssa:DataID.Instrument", "meta.id;instr"));
        f.add(f.ssa(BAND_NAME, null, "ssa:DataID.Bandpass", "instr.bandpass"));
        f.add(f.ssa(BIB_REFERENCE, null, "ssa:Curation.Reference", "meta.bib.bibcode"));
        f.add(constant(text("space_frame", "ssa:CoordSys.SpaceFrame.Name", null, "Celestial reference frame"), "ICRS"));
        // --- Target ---
        f.add(f.ssa(TARGET_NAME, null, "ssa:Target.Name", "meta.id;src"));
        f.add(f.ssa(TARGET_CLASS, null, "ssa:Target.Class", "src.class"));
        f.add(f.ssa(REDSHIFT, null, "ssa:Target.Redshift", "src.redshift"));
        f.add(computed(new ColumnSpec("target_pos", "double", "2", "point", "deg", "pos.eq;src", "ssa:Target.Pos",
            "Position of the target (ICRS)", null), SsaFields::position));
        f.add(f.ssa(EM_SNR, null, "ssa:Derived.SNR", "stat.snr"));
        // --- Spatial axis ---
        f.add(computed(new ColumnSpec("location", "double", "2", "point", "deg", "pos.eq",
            "ssa:Char.SpatialAxis.Coverage.Location.Value", "Position of the observation (ICRS)", null),
            SsaFields::position));
        f.add(f.ssa(S_FOV, null, "ssa:Char.SpatialAxis.Coverage.Bounds.Extent", "phys.angSize;instr.fov"));
        // --- Time axis ---
        f.add(f.ssa(T_MIDPOINT, null, "ssa:Char.TimeAxis.Coverage.Location.Value", "time.epoch"));
        f.add(computed(new ColumnSpec("t_extent", "double", null, null, "s", "time.duration",
            "ssa:Char.TimeAxis.Coverage.Bounds.Extent", "Time from the first exposure start to the last exposure end",
            null), r -> difference(r.dbl(T_MAX), r.dbl(T_MIN), 86400.0)));
        f.add(f.ssa(T_EXPTIME, null, "ssa:Char.TimeAxis.Coverage.Support.Extent", null));
        // --- Spectral axis ---
        f.add(f.ssa(EM_MIDPOINT, null, "ssa:Char.SpectralAxis.Coverage.Location.Value", "em.wl;instr.bandpass"));
        f.add(computed(new ColumnSpec("em_extent", "double", null, null, "m", "em.wl;instr.bandwidth",
            "ssa:Char.SpectralAxis.Coverage.Bounds.Extent", "Width of the spectral coverage", null),
            r -> difference(r.dbl(EM_MAX), r.dbl(EM_MIN), 1.0)));
        f.add(f.ssa(EM_MIN, null, "ssa:Char.SpectralAxis.Coverage.Bounds.Start", null));
        f.add(f.ssa(EM_MAX, null, "ssa:Char.SpectralAxis.Coverage.Bounds.Stop", null));
        f.add(f.ssa(EM_RES_POWER, null, "ssa:Char.SpectralAxis.ResPower", null));
        f.add(computed(new ColumnSpec("em_resolution", "double", null, null, "m", "spect.resolution;em.wl",
            "ssa:Char.SpectralAxis.Resolution", "Typical spectral resolution (FWHM): central wavelength / resolving power",
            null), r -> ratio(r.dbl(EM_MIDPOINT), r.dbl(EM_RES_POWER))));
        f.add(f.ssa(EM_UCD, null, "ssa:Char.SpectralAxis.Ucd", null));
        f.add(f.ssa(EM_UNIT, null, "ssa:Char.SpectralAxis.Unit", null));
        f.add(f.ssa(O_UCD, null, "ssa:Char.FluxAxis.Ucd", null));
        // --- Data Central conventions: distance, DataLink access, original file ---
        f.add(computed(new ColumnSpec("score", "double", null, null, "arcsec", "pos.angDistance",
            null, "Distance from the search position (null without POS); results are ordered by it", null),
            SsaRow::score));
        f.add(f.plain(ACCESS_URL, "URL of the DataLink document of the spectrum (links to the FITS and VOTable"
            + " spectrum, the original file, a preview plot and the cut-out service)"));
        f.add(f.plain(ACCESS_FORMAT, null));
        f.add(f.plain(FULL_DATA_URL, null));
        f.add(f.plain(FULL_DATA_FORMAT, null));
        // --- Every other published ObsCore column, as TAP publishes it (without ObsCore utypes) ---
        for (ObsCoreColumn c : selectedColumns()) {
            if (!f.used.contains(c)) {
                f.add(f.plain(c, null));
            }
        }
        return f.fields;
    }

    /** Collects the fields and remembers which ObsCore columns already have one. */
    private static final class Collector {
        final List<SsaField> fields = new ArrayList<>();
        final Set<ObsCoreColumn> used = EnumSet.noneOf(ObsCoreColumn.class);

        void add(SsaField field) {
            fields.add(field);
        }

        /** An ObsCore column under an SSA utype; {@code name} overrides the column name. */
        SsaField ssa(ObsCoreColumn c, String name, String utype, String ucd) {
            ColumnSpec spec = obs(c, utype, ucd);
            return new SsaField(name == null ? spec : spec.withName(name), reader(c));
        }

        /** An ObsCore column without a utype (SSA has no field for it). */
        SsaField plain(ObsCoreColumn c, String description) {
            used.add(c);
            ColumnSpec spec = ColumnSpec.of(c).withUtype(null);
            if (c == S_RA || c == S_DEC) {
                spec = spec.withUcd(c.ucd() + ";meta.main");
            }
            return new SsaField(description == null ? spec : spec.withDescription(description), reader(c));
        }

        ColumnSpec obs(ObsCoreColumn c, String utype, String ucd) {
            used.add(c);
            ColumnSpec spec = ColumnSpec.of(c).withUtype(utype);
            return ucd == null ? spec : spec.withUcd(ucd);
        }
    }

    private static Function<SsaRow, Object> reader(ObsCoreColumn c) {
        if (c.type() == org.ozvo.schema.obscore.ColumnType.TIMESTAMP) {
            return r -> timestamp(r.get(c));
        }
        return r -> r.get(c);
    }

    private static ColumnSpec text(String name, String utype, String ucd, String description) {
        return new ColumnSpec(name, "char", "*", null, null, ucd, utype, description, null);
    }

    private static SsaField computed(ColumnSpec spec, Function<SsaRow, Object> value) {
        return new SsaField(spec, value);
    }

    private static SsaField constant(ColumnSpec spec, String value) {
        return new SsaField(spec, r -> value);
    }

    private static Object position(SsaRow r) {
        Double ra = r.dbl(S_RA);
        Double dec = r.dbl(S_DEC);
        return ra == null || dec == null ? null : new double[] {ra, dec};
    }

    private static Double difference(Double hi, Double lo, double factor) {
        return hi == null || lo == null ? null : (hi - lo) * factor;
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : a / b;
    }

    /** A DALI timestamp without zone; SSA's DataID.Date goes out date-only for pyvo (SSA-P2). */
    private static String date(Object instant) {
        return instant == null ? null : LocalDateTime.ofInstant((Instant) instant, ZoneOffset.UTC).format(DATE);
    }

    private static String timestamp(Object instant) {
        return instant == null ? null : LocalDateTime.ofInstant((Instant) instant, ZoneOffset.UTC).format(TIMESTAMP);
    }
}
