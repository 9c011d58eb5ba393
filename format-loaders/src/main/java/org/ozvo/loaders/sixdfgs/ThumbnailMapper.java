package org.ozvo.loaders.sixdfgs;

import static org.ozvo.schema.obscore.ObsCoreColumn.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.model.SkyPolygons;
import org.ozvo.loaders.model.Thumbnail;
import org.ozvo.loaders.obscore.ObsCoreValues;
import org.ozvo.loaders.obscore.ObsTimes;
import org.ozvo.loaders.obscore.Subtypes;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Maps a 6dFGS thumbnail to ObsCore values of an image product. The primary header's
 * DATE-OBS/MJD-OBS/TELESCOP describe the Schmidt plate of the bJ thumbnail (1970s-90s), which
 * is exactly what the thumbnail's own time is, and never the spectrum's.
 *
 * <p>calib_level is 1 for SuperCOSMOS scans (photographic density: instrumental units,
 * astrometrically calibrated) and 2 for 2MASS Atlas images (photometrically calibrated).
 * em_xel is -1 as a filter band is not sampled (the same convention as s_xel for fibres).
 */
final class ThumbnailMapper {

    ObsCoreValues map(ThumbnailReader.Read read, String collection, String stem, String target) {
        ThumbnailBand band = read.band();
        Keywords k = read.header();
        Thumbnail image = read.image();
        Map<ObsCoreColumn, Object> v = new EnumMap<>(ObsCoreColumn.class);
        v.put(DATAPRODUCT_TYPE, "image");
        v.put(DATAPRODUCT_SUBTYPE, Subtypes.THUMBNAIL);
        v.put(CALIB_LEVEL, band.isPlate() ? 1 : 2);
        v.put(OBS_COLLECTION, collection);
        v.put(OBS_ID, stem + "_" + band.label());
        v.put(TARGET_NAME, target);
        double[] centre = image.centre();
        v.put(S_RA, centre[0]);
        v.put(S_DEC, centre[1]);
        double[] region = image.footprint();
        v.put(S_REGION, region);
        v.put(S_FOV, SkyPolygons.diameter(region));
        v.put(S_XEL1, (long) image.naxis1());
        v.put(S_XEL2, (long) image.naxis2());
        v.put(EM_MIN, band.emMin());
        v.put(EM_MAX, band.emMax());
        v.put(EM_MIDPOINT, (band.emMin() + band.emMax()) / 2);
        v.put(EM_XEL, -1L);
        v.put(EM_UCD, "em.wl");
        v.put(POL_XEL, -1L);
        v.put(BAND_NAME, band.label());
        v.put(FULL_DATA_FORMAT, "application/fits");
        times(k, band, v);
        if (band.isPlate()) {
            v.put(FACILITY_NAME, "UKST");
            v.put(INSTRUMENT_NAME, "SuperCOSMOS");
            v.put(OBS_CREATOR_NAME, "SuperCOSMOS Sky Survey");
            v.put(BIB_REFERENCE, "2001MNRAS.326.1279H");
            String plate = k.string("PLATENUM").map(p -> "UKST plate " + p).orElse("UKST plate");
            String emulsion = k.string("EMULSION").map(e -> ", " + e + k.string("FILTER").map(f -> "/" + f).orElse(""))
                .orElse("");
            v.put(OBS_TITLE, "SuperCOSMOS " + band.label() + " thumbnail around " + target + " (" + plate + emulsion
                + date(k).map(d -> ", " + d).orElse("") + ")");
        } else {
            v.put(FACILITY_NAME, "2MASS");
            v.put(INSTRUMENT_NAME, "2MASS");
            v.put(OBS_CREATOR_NAME, "2MASS");
            v.put(BIB_REFERENCE, "2006AJ....131.1163S");
            v.put(O_UCD, "phot.count");
            v.put(OBS_TITLE, "2MASS " + band.label() + " Atlas thumbnail around " + target
                + date(k).map(d -> " (" + d + ")").orElse(""));
        }
        return new ObsCoreValues(v);
    }

    /** Plate: MJD-OBS plus the exposure in minutes from the SuperCOSMOS housekeeping lines. 2MASS: DATE-OBS. */
    private static void times(Keywords k, ThumbnailBand band, Map<ObsCoreColumn, Object> v) {
        Double start = null;
        Double exposure = null;
        try {
            OptionalDouble mjd = k.number("MJD-OBS");
            if (mjd.isPresent()) {
                start = mjd.getAsDouble();
            } else if (k.has("DATE-OBS")) {
                start = ObsTimes.mjd(k.string("DATE-OBS").get());
            }
        } catch (IllegalArgumentException e) {
            start = null; // an unreadable plate date only loses the time of a thumbnail
        }
        if (band.isPlate()) {
            exposure = housekeeping(k, "PLATE.EXPOSURE").map(m -> m * 60).orElse(null);
        } else {
            exposure = ThumbnailBand.TWOMASS_EXPOSURE_S;
        }
        if (start != null) {
            v.put(T_MIN, start);
            double end = start + (exposure == null ? 0 : exposure / 86400.0);
            v.put(T_MAX, end);
            v.put(T_MIDPOINT, (start + end) / 2);
        }
        v.put(T_EXPTIME, exposure);
        v.put(T_XEL, 1L);
    }

    /** A numeric value from SuperCOSMOS {@code HKLINnnn = 'PLATE.EXPOSURE 75'} cards. */
    private static Optional<Double> housekeeping(Keywords k, String name) {
        int n = k.integer("NHKLINES").orElse(999);
        for (int i = 1; i <= n && i <= 999; i++) {
            // not String.format: up to 999 keys per plate thumbnail, and Formatter was a tenth of a 6dFGS load
            Optional<String> line = k.string(i < 10 ? "HKLIN00" + i : i < 100 ? "HKLIN0" + i : "HKLIN" + i);
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.get().trim().split("\\s+");
            if (parts.length == 2 && parts[0].equals(name)) {
                try {
                    return Optional.of(Double.parseDouble(parts[1]));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> date(Keywords k) {
        return k.string("DATE-OBS").map(d -> d.length() >= 10 ? d.substring(0, 10) : d);
    }
}
