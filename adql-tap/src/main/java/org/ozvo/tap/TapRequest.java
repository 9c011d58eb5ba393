package org.ozvo.tap;

import java.util.List;
import java.util.Optional;
import org.ozvo.adql.AdqlVersion;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;

/**
 * The TAP parameters of one query (TAP 1.1 section 2.7), validated: LANG, QUERY, MAXREC,
 * RESPONSEFORMAT (or its synonym FORMAT), UPLOAD and RUNID. REQUEST, VERSION and anything else
 * are ignored, as TAP 1.1 wants. Immutable.
 *
 * @param lang           ADQL version asked for
 * @param query          the ADQL text
 * @param maxrec         MAXREC as given, or null
 * @param responseFormat RESPONSEFORMAT/FORMAT as given, or null for the default
 * @param uploads        tables to upload, possibly empty
 * @param runId          RUNID, or null
 */
public record TapRequest(AdqlVersion lang, String query, Long maxrec, String responseFormat,
                         List<UploadSpec> uploads, String runId) {

    public TapRequest {
        uploads = List.copyOf(uploads);
    }

    /**
     * Reads and checks the parameters.
     *
     * @throws UsageFault for a missing or unknown LANG, a missing QUERY, a bad MAXREC, a bad
     *                    UPLOAD, or a single-valued parameter given twice
     */
    public static TapRequest from(ParamMap params, TapLimits limits) {
        String langValue = params.single("LANG")
            .orElseThrow(() -> new UsageFault("LANG is required; this service accepts ADQL, ADQL-2.0 and ADQL-2.1"));
        AdqlVersion lang = AdqlVersion.fromLang(langValue)
            .orElseThrow(() -> new UsageFault("unsupported LANG '" + langValue + "'; use ADQL, ADQL-2.0 or ADQL-2.1"));
        String query = params.single("QUERY").orElseThrow(() -> new UsageFault("QUERY is required"));
        Long maxrec = maxrec(params.single("MAXREC"));
        Optional<String> format = params.single("RESPONSEFORMAT");
        if (format.isEmpty()) {
            format = params.single("FORMAT");
        }
        List<UploadSpec> uploads = UploadSpec.parseAll(params.all("UPLOAD"), limits.maxUploads());
        String runId = params.single("RUNID").orElse(null);
        return new TapRequest(lang, query, maxrec, format.orElse(null), uploads, runId);
    }

    private static Long maxrec(Optional<String> raw) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(raw.get());
            if (v < 0) {
                throw new UsageFault("MAXREC must not be negative, not " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageFault("MAXREC must be an integer, not '" + raw.get() + "'");
        }
    }
}
