package org.ozvo.server.slink;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.value.Interval;

/**
 * A spectrum request: {@code ID} (required, once), {@code RESPONSEFORMAT} (VOTable by default,
 * or FITS; MIME types or the short names {@code votable} and {@code fits}, case-insensitive)
 * and an optional SODA {@code BAND} ({@code "lo hi"} in metres, open ends as {@code -Inf}/
 * {@code +Inf} or pyvo's {@code inf}; a single value means {@code [v, v]}). Other parameters
 * are ignored.
 *
 * @param id          the publisher DID as sent
 * @param fits        true for FITS, false for VOTable
 * @param contentType Content-Type to answer with (a MIME type the client gave, echoed)
 * @param band        the wavelength band to keep, if any
 */
record SlinkRequest(String id, boolean fits, String contentType, Optional<Interval> band) {

    static final String VOTABLE_MIME = "application/x-votable+xml";
    static final String FITS_MIME = "application/fits";

    /** Reads the parameters of a spectrum request. */
    static SlinkRequest parse(ParamMap params) {
        String id = id(params);
        String format = single(params, "RESPONSEFORMAT").orElse(null);
        boolean fits;
        String contentType;
        if (format == null) {
            fits = false;
            contentType = VOTABLE_MIME;
        } else {
            String base = format.split(";")[0].trim().toLowerCase(Locale.ROOT);
            switch (base) {
                case "votable", "application/x-votable+xml", "text/xml" -> fits = false;
                case "fits", "application/fits", "image/fits" -> fits = true;
                default -> throw SodaError.usage("RESPONSEFORMAT '" + format + "' is not supported; use votable"
                    + " (application/x-votable+xml) or fits (application/fits)");
            }
            contentType = format.contains("/") ? format : fits ? FITS_MIME : VOTABLE_MIME;
        }
        return new SlinkRequest(id, fits, contentType, band(params));
    }

    /** The ID of a request for one product (spectrum, original, preview). */
    static String id(ParamMap params) {
        return single(params, "ID").orElseThrow(() -> SodaError.usage("ID is required: the publisher DID of the"
            + " dataset, as in obs_publisher_did"));
    }

    private static Optional<Interval> band(ParamMap params) {
        Optional<String> raw = single(params, "BAND");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Interval band;
        try {
            band = Interval.parse("BAND", raw.get());
        } catch (UsageFault e) {
            throw SodaError.usage(e.getMessage() + " (BAND is 'lo hi' in metres, e.g. BAND=5e-7 6e-7)");
        }
        if (band.lo() < 0 && band.hasLower() || band.hi() <= 0) {
            throw SodaError.usage("BAND: wavelengths must be positive, not '" + raw.get() + "'");
        }
        return Optional.of(band);
    }

    /** One value of a parameter that must not repeat; blank counts as absent. */
    private static Optional<String> single(ParamMap params, String name) {
        List<String> values = params.all(name);
        if (values.size() > 1) {
            throw SodaError.multiValued(name);
        }
        return values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0).trim());
    }
}
