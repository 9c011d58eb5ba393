package org.ozvo.dali.write;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.write.VOTableTableWriter.Serialization;

/**
 * The output formats every service offers, and the RESPONSEFORMAT (DALI 1.1 section 3.4.3) /
 * TAP FORMAT lookup: a value is either one of a format's MIME types (compared case-insensitively,
 * blanks ignored, parameters such as {@code serialization=BINARY2} significant) or one of its
 * short aliases (case-insensitive). Immutable and thread-safe; use {@link #standard()}.
 *
 * <p>Typical use in a resource:
 * <pre>
 * TableWriterRegistry.Selection sel = TableWriterRegistry.standard().select(params.single("RESPONSEFORMAT"));
 * response.type(sel.contentType());        // echoes a MIME type the client asked for
 * sel.writer().write(tableResult, out);    // out is not closed by the writer
 * </pre>
 */
public final class TableWriterRegistry {

    /**
     * One output format.
     *
     * @param mimeTypes  accepted MIME types; the first is the announced one (TAPRegExt outputFormat mime)
     * @param aliases    accepted short names; the first is the announced alias
     * @param ivoId      TAPRegExt output format key, or null
     * @param writer     the writer
     */
    public record Format(List<String> mimeTypes, List<String> aliases, String ivoId, TableWriter writer) {

        public Format {
            mimeTypes = List.copyOf(mimeTypes);
            aliases = List.copyOf(aliases);
        }

        /** The MIME type to announce in capabilities. */
        public String mime() {
            return mimeTypes.get(0);
        }
    }

    /**
     * The result of a lookup.
     *
     * @param format      the format found
     * @param contentType Content-Type to answer with: the MIME type exactly as the client gave
     *                    it, or the writer's own for an alias
     */
    public record Selection(Format format, String contentType) {
        public TableWriter writer() {
            return format.writer();
        }
    }

    private static final String TAPREGEXT = "ivo://ivoa.net/std/TAPRegExt#";

    private static final TableWriterRegistry STANDARD = new TableWriterRegistry(List.of(
        new Format(List.of("application/x-votable+xml", "text/xml", "application/xml",
                "application/x-votable+xml;serialization=TABLEDATA", "text/xml;serialization=TABLEDATA"),
            List.of("votable", "votable/td", "votabletd", "vot", "xml"), TAPREGEXT + "output-votable-td",
            new VOTableTableWriter(Serialization.TABLEDATA)),
        new Format(List.of("application/x-votable+xml;serialization=BINARY2", "text/xml;serialization=BINARY2"),
            List.of("votable/b2", "votableb2", "binary2", "votable-binary2"), TAPREGEXT + "output-votable-binary2",
            new VOTableTableWriter(Serialization.BINARY2)),
        new Format(List.of("application/x-votable+xml;serialization=BINARY", "text/xml;serialization=BINARY"),
            List.of("votable/b", "votableb", "binary", "votable-binary"), TAPREGEXT + "output-votable-binary",
            new VOTableTableWriter(Serialization.BINARY)),
        new Format(List.of("text/csv;header=present", "text/csv"), List.of("csv"), null,
            new DelimitedTableWriter(DelimitedTableWriter.Dialect.CSV)),
        new Format(List.of("text/tab-separated-values"), List.of("tsv"), null,
            new DelimitedTableWriter(DelimitedTableWriter.Dialect.TSV)),
        new Format(List.of("application/fits", "image/fits"), List.of("fits"), null, new FitsTableWriter()),
        new Format(List.of("application/json"), List.of("json"), null, new JsonTableWriter())));

    private final List<Format> formats;

    private TableWriterRegistry(List<Format> formats) {
        this.formats = List.copyOf(formats);
    }

    /** VOTable (TABLEDATA, BINARY2, BINARY), CSV, TSV, FITS and JSON; VOTable TABLEDATA first (default). */
    public static TableWriterRegistry standard() {
        return STANDARD;
    }

    /** All formats, the default first. */
    public List<Format> formats() {
        return formats;
    }

    /** The default format: VOTable TABLEDATA. */
    public Format defaultFormat() {
        return formats.get(0);
    }

    /**
     * Looks a RESPONSEFORMAT/FORMAT value up.
     *
     * @param value a MIME type or alias; null or blank gives the default format
     * @throws UsageFault naming the accepted values if nothing matches
     */
    public Selection select(String value) {
        if (value == null || value.isBlank()) {
            return new Selection(defaultFormat(), defaultFormat().writer().contentType());
        }
        return find(value).orElseThrow(() -> new UsageFault("unsupported RESPONSEFORMAT '" + value
            + "'; supported: " + String.join(", ", formats.stream().map(f -> f.mime() + " (" + f.aliases().get(0) + ")")
                .toList())));
    }

    /** Like {@link #select(String)} for an optional value. */
    public Selection select(Optional<String> value) {
        return select(value.orElse(null));
    }

    /** Looks a value up; empty if no format matches. */
    public Optional<Selection> find(String value) {
        String v = value.trim();
        String norm = normaliseMime(v);
        for (Format f : formats) {
            for (String mime : f.mimeTypes()) {
                if (normaliseMime(mime).equals(norm)) {
                    return Optional.of(new Selection(f, v));
                }
            }
        }
        String alias = v.toLowerCase(Locale.ROOT);
        for (Format f : formats) {
            if (f.aliases().contains(alias)) {
                return Optional.of(new Selection(f, f.writer().contentType()));
            }
        }
        return Optional.empty();
    }

    /** Lower case, no blanks, no quotes: {@code Text/CSV; header="present"} equals {@code text/csv;header=present}. */
    private static String normaliseMime(String mime) {
        StringBuilder sb = new StringBuilder(mime.length());
        for (int i = 0; i < mime.length(); i++) {
            char c = mime.charAt(i);
            if (!Character.isWhitespace(c) && c != '"') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
