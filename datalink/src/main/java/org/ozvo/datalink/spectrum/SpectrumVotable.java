package org.ozvo.datalink.spectrum;

import java.util.ArrayList;
import java.util.List;
import nom.tam.fits.Header;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableParam;
import org.ozvo.dali.table.TableResult;

/**
 * A spectrum (or a cut of it) as a VOTable table that SPLAT, TOPCAT and specutils recognise
 * without hints: columns {@code wavelength} (Angstrom, {@code em.wl}), {@code flux}
 * ({@code phot.flux.density;em.wl} or {@code phot.count}) and {@code flux_error} (square root
 * of the VARIANCE, null without one), with Spectrum DM 1.x utypes; the target and coverage as
 * PARAMs. Masked pixels have null flux. Stateless.
 */
public final class SpectrumVotable {

    private static final String SPEC = "spec:Spectrum.";

    private SpectrumVotable() {
    }

    /**
     * The table of pixels {@code cut} of {@code s}.
     *
     * @param title table description, e.g. the dataset title
     */
    public static TableResult table(SpectrumFile s, BandCut.Pixels cut, String title) {
        String unit = VoUnits.ofFits(s.fluxUnit());
        String fluxUcd = VoUnits.fluxUcd(s.fluxUnit());
        String medium = s.airWavelengths() ? "air" : "vacuum";
        List<ColumnSpec> columns = List.of(
            new ColumnSpec("wavelength", "double", null, null, "Angstrom", "em.wl",
                SPEC + "Data.SpectralAxis.Value", "Wavelength (" + medium + ") at the pixel centre", null),
            new ColumnSpec("flux", "float", null, null, unit, fluxUcd,
                SPEC + "Data.FluxAxis.Value", "Flux; null where the pixel is masked", null),
            new ColumnSpec("flux_error", "float", null, null, unit, "stat.error;" + fluxUcd,
                SPEC + "Data.FluxAxis.Accuracy.StatError", "1-sigma uncertainty of the flux", null));
        float[] flux = s.flux();
        float[] var = s.variance();
        RowCursor rows = new RowCursor() {
            private int i = cut.from() - 1;

            @Override
            public boolean next() {
                return ++i < cut.to();
            }

            @Override
            public Object get(int column) {
                switch (column) {
                    case 0:
                        return s.wavelength(i);
                    case 1:
                        return Float.isNaN(flux[i]) ? null : flux[i];
                    default:
                        return var == null || !(var[i] >= 0) ? null : (float) Math.sqrt(var[i]);
                }
            }

            @Override
            public void close() {
                i = cut.to();
            }
        };
        TableResult.Builder b = TableResult.builder(columns, rows).tableName("spectrum").description(title);
        for (TableParam p : params(s, cut)) {
            b.param(p);
        }
        return b.build();
    }

    private static List<TableParam> params(SpectrumFile s, BandCut.Pixels cut) {
        Header h = s.header();
        List<TableParam> out = new ArrayList<>();
        out.add(text("DataModel", SPEC + "DataModel", null, "Spectrum-1.0"));
        if (h.containsKey("OBJECT")) {
            out.add(text("TargetName", SPEC + "Target.Name", "meta.id;src", h.getStringValue("OBJECT")));
        }
        if (h.containsKey("SURVEY")) {
            out.add(text("Collection", SPEC + "DataID.Collection", "meta.id", h.getStringValue("SURVEY")));
        }
        if (h.containsKey("RA") && h.containsKey("DEC")) {
            out.add(new TableParam(new ColumnSpec("TargetPos", "double", "2", "point", "deg", "pos.eq;src",
                SPEC + "Target.Pos", "Target position (ICRS)", null),
                h.getDoubleValue("RA") + " " + h.getDoubleValue("DEC")));
        }
        if (h.containsKey("Z")) {
            out.add(new TableParam(new ColumnSpec("Redshift", "double", null, null, null, "src.redshift",
                SPEC + "Target.Redshift", "Redshift of the target", null), Double.toString(h.getDoubleValue("Z"))));
        }
        if (h.containsKey("TMID")) {
            out.add(new TableParam(new ColumnSpec("TimeMid", "double", null, null, "d", "time.epoch",
                SPEC + "Char.TimeAxis.Coverage.Location.Value", "Mid-time of the observation (MJD, UTC)", null),
                Double.toString(h.getDoubleValue("TMID"))));
        }
        out.add(new TableParam(new ColumnSpec("SpectralStart", "double", null, null, "Angstrom", "em.wl;stat.min",
            SPEC + "Char.SpectralAxis.Coverage.Bounds.Start", "First wavelength", null),
            Double.toString(s.wavelength(cut.from()))));
        out.add(new TableParam(new ColumnSpec("SpectralStop", "double", null, null, "Angstrom", "em.wl;stat.max",
            SPEC + "Char.SpectralAxis.Coverage.Bounds.Stop", "Last wavelength", null),
            Double.toString(s.wavelength(cut.to() - 1))));
        return out;
    }

    private static TableParam text(String name, String utype, String ucd, String value) {
        return new TableParam(new ColumnSpec(name, "char", "*", null, null, ucd, utype, null, null),
            value == null ? "" : value);
    }
}
