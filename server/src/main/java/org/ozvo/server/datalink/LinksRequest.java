package org.ozvo.server.datalink;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.dali.write.VOTableTableWriter;

/**
 * A {links} request (DataLink 1.1 section 2.1): the identifiers in the order given (each once,
 * exactly as sent), how many of them are answered (MAXREC, at most {@link #MAX_IDS}) and the
 * response format, which must be a VOTable.
 *
 * @param ids      distinct identifiers, in request order
 * @param answered how many of {@code ids} get rows; the rest are reported as overflow
 * @param format   the VOTable writer chosen by RESPONSEFORMAT
 */
public record LinksRequest(List<String> ids, int answered, TableWriterRegistry.Selection format) {

    /** Most identifiers answered in one request. */
    public static final int MAX_IDS = 1000;

    /** MIME type of a {links} response. */
    public static final String LINKS_MIME = "application/x-votable+xml;content=datalink";

    /**
     * Reads the parameters.
     *
     * @throws UsageFault for a RESPONSEFORMAT that is not a VOTable or a bad MAXREC
     */
    public static LinksRequest parse(ParamMap params) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(params.all("ID").stream()
            .filter(id -> !id.isEmpty()).toList()));
        int maxrec = params.integer("MAXREC", 0, Integer.MAX_VALUE).orElse(MAX_IDS);
        return new LinksRequest(ids, Math.min(ids.size(), Math.min(maxrec, MAX_IDS)), format(params));
    }

    private static TableWriterRegistry.Selection format(ParamMap params) {
        String asked = params.single("RESPONSEFORMAT").orElse(null);
        // DataLink 1.1 section 3.3: parameters of the MIME type (content=datalink) are ignored when matching.
        String base = asked == null ? null : asked.split(";")[0].trim();
        TableWriterRegistry.Selection sel = TableWriterRegistry.standard().select(base);
        if (!(sel.writer() instanceof VOTableTableWriter)) {
            throw new UsageFault("RESPONSEFORMAT '" + asked + "' is not supported; {links} answers in VOTable"
                + " (votable or application/x-votable+xml)");
        }
        String contentType = asked != null && asked.contains("/") ? asked : LINKS_MIME;
        return new TableWriterRegistry.Selection(sel.format(), contentType);
    }

    /** True if some identifiers were left unanswered. */
    public boolean overflow() {
        return answered < ids.size();
    }
}
