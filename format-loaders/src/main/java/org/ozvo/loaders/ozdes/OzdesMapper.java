package org.ozvo.loaders.ozdes;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.obscore.ObsTimes;
import org.ozvo.loaders.obscore.Redshifts;
import org.ozvo.loaders.obscore.SpectrumMetadata;
import org.ozvo.loaders.obscore.Subtypes;
import org.ozvo.loaders.obscore.SurveyInfo;
import org.ozvo.loaders.obscore.TimeSpan;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Maps an OzDES file to ObsCore values (survey-formats.md section 5). The coadd header has no
 * time keywords, so the combined spectrum's times are those of its exposures: earliest start,
 * latest end, summed EXPOSED, number of exposures. Redshift and quality live only in the
 * coadd header and apply to every exposure of the object. Traps avoided: OBJECT in exposures is
 * the field name and SOURCE there is the slit, so the target is ORIGTARG (exposures) or the
 * coadd's SOURCE.
 */
final class OzdesMapper {

    /** QOP 6 marks a star (OzDES DR2 FAQ). */
    private static final int QOP_STAR = 6;

    SpectrumMetadata combined(OzdesFile file, String collection, String stem) throws LoaderException {
        Keywords k = file.coaddHeader();
        SpectrumMetadata m = common(k, k, collection, stem + "_combined", Subtypes.COMBINED, 3, stem);
        List<TimeSpan> spans = new ArrayList<>();
        for (OzdesExposure e : file.exposures()) {
            spans.add(exposureTime(e.header()));
        }
        m.time(TimeSpan.combine(spans));
        m.timeResolution(smallestGapSeconds(spans));
        k.string("NDATE").ifPresent(d -> m.creationDate(ObsTimes.dateTime(d).toInstant(ZoneOffset.UTC)));
        m.title("OzDES coadd of " + file.exposures().size() + " exposure(s) of " + targetOf(k, k, stem));
        return m;
    }

    SpectrumMetadata exposure(OzdesFile file, OzdesExposure e, String collection, String stem) throws LoaderException {
        SpectrumMetadata m = common(e.header(), file.coaddHeader(), collection, stem + "_" + e.tag(), Subtypes.EPOCH, 2,
            stem);
        TimeSpan t = exposureTime(e.header());
        m.time(t);
        m.title("OzDES exposure of " + targetOf(e.header(), file.coaddHeader(), stem) + " starting MJD "
            + (t.start() == null ? e.tag() : String.format("%.4f", t.start())));
        return m;
    }

    private SpectrumMetadata common(Keywords own, Keywords coadd, String collection, String obsId, String subtype,
                                    int calib, String stem) throws LoaderException {
        SpectrumMetadata m = new SpectrumMetadata(SurveyInfo.OZDES, collection, obsId, subtype, calib);
        OptionalInt qop = coadd.integer("QOP");
        m.target(targetOf(own, coadd, stem), qop.isPresent() && qop.getAsInt() == QOP_STAR ? "star" : null);
        Keywords pos = own.has("RA") && own.has("DEC") ? own : coadd;
        double ra = pos.requireNumber("RA");
        double dec = pos.requireNumber("DEC");
        if (ra < 0 || ra >= 360 || dec < -90 || dec > 90) {
            throw new LoaderException(pos.where() + ": RA/DEC (" + ra + ", " + dec + ") are not degrees");
        }
        m.position(ra, dec);
        m.redshift(Redshifts.valid(coadd.number("Z")), qop.isPresent() ? qop.getAsInt() : null);
        return m;
    }

    private static String targetOf(Keywords own, Keywords coadd, String stem) {
        return own.string("ORIGTARG").or(() -> coadd.string("SOURCE")).orElse(stem);
    }

    /** UTDATE + UTSTART to UTDATE + UTEND (else start + EXPOSED, else UTMJD); exposure EXPOSED. */
    static TimeSpan exposureTime(Keywords k) throws LoaderException {
        try {
            OptionalDouble exposed = k.firstNumber("EXPOSED", "TOTALEXP");
            Double exp = exposed.isPresent() && exposed.getAsDouble() > 0 ? exposed.getAsDouble() : null;
            Double start = null;
            if (k.has("UTDATE") && k.has("UTSTART")) {
                if (k.has("UTEND")) {
                    TimeSpan s = TimeSpan.ofDay(k.requireString("UTDATE"), k.requireString("UTSTART"),
                        k.requireString("UTEND"), exp, 1);
                    return new TimeSpan(s.start(), s.end(), exp, 1);
                }
                start = ObsTimes.mjd(k.requireString("UTDATE"), k.requireString("UTSTART"));
            } else if (k.number("UTMJD").isPresent()) {
                start = k.number("UTMJD").getAsDouble();
            }
            Double end = start != null && exp != null ? start + exp / 86400 : null;
            return new TimeSpan(start, end, exp, 1);
        } catch (IllegalArgumentException e) {
            throw new LoaderException(k.where() + ": unreadable exposure time: " + e.getMessage(), e);
        }
    }

    /** t_resolution of a coadd: the smallest interval between exposure mid-times, seconds. */
    private static Double smallestGapSeconds(List<TimeSpan> spans) {
        List<Double> mids = new ArrayList<>();
        for (TimeSpan s : spans) {
            if (s.midpoint() != null) {
                mids.add(s.midpoint());
            }
        }
        mids.sort(Double::compare);
        Double gap = null;
        for (int i = 1; i < mids.size(); i++) {
            double g = (mids.get(i) - mids.get(i - 1)) * 86400;
            gap = gap == null ? g : Math.min(gap, g);
        }
        return gap;
    }
}
