package org.ozvo.server.vosi;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * TAPRegExt 1.0 {@code tr:TableAccess} content (TAP-2, TAP-16, TAP-20): data models,
 * languages with their features, output formats, upload methods and limits. pyvo 1.2.1 reads
 * {@code outputLimit} for {@code maxrec}/{@code hardlimit} and {@code uploadMethod} for
 * uploads, so all blocks are written whenever a value exists.
 *
 * @param dataModels        data models published (e.g. ObsCore 1.1)
 * @param languages         query languages; at least one
 * @param outputFormats     result formats; at least one
 * @param uploadMethods     upload method IVOIDs ({@code ivo://ivoa.net/std/TAPRegExt#upload-inline}, ...)
 * @param retentionPeriod   async job lifetime in seconds (default, hard), or null
 * @param executionDuration async execution time limit in seconds (default, hard), or null
 * @param outputLimitRows   MAXREC default and hard limit in rows, or null
 * @param uploadLimitBytes  upload size limit in bytes (default, hard), or null
 */
public record TapCapability(List<DataModel> dataModels, List<Language> languages, List<OutputFormat> outputFormats,
                            List<String> uploadMethods, Limit retentionPeriod, Limit executionDuration,
                            Limit outputLimitRows, Limit uploadLimitBytes) implements CapabilityExtension {

    /** TAPRegExt upload method key prefix. */
    public static final String UPLOAD_PREFIX = "ivo://ivoa.net/std/TAPRegExt#upload-";

    public TapCapability {
        dataModels = List.copyOf(dataModels);
        languages = List.copyOf(languages);
        outputFormats = List.copyOf(outputFormats);
        uploadMethods = List.copyOf(uploadMethods);
        if (languages.isEmpty() || outputFormats.isEmpty()) {
            throw new IllegalArgumentException("TAPRegExt needs at least one language and one output format");
        }
    }

    /** A data model: {@code <dataModel ivo-id="...">name</dataModel>}. */
    public record DataModel(String name, String ivoId) {
    }

    /**
     * A query language.
     *
     * @param name        e.g. {@code ADQL}
     * @param versions    version name to version IVOID, in order
     * @param description free text, or null
     * @param features    optional feature groups
     */
    public record Language(String name, List<Version> versions, String description, List<FeatureList> features) {
        public Language {
            versions = List.copyOf(versions);
            features = List.copyOf(features);
        }
    }

    /** A language version, e.g. {@code 2.0} with {@code ivo://ivoa.net/std/ADQL#v2.0}. */
    public record Version(String name, String ivoId) {
    }

    /** A group of language features of one type, e.g. {@code ...TAPRegExt#features-adqlgeo}. */
    public record FeatureList(String type, List<Feature> features) {
        public FeatureList {
            features = List.copyOf(features);
        }
    }

    /** A language feature: its form (e.g. {@code CONTAINS}) and an optional description. */
    public record Feature(String form, String description) {
    }

    /**
     * An output format.
     *
     * @param mime    MIME type as clients pass in RESPONSEFORMAT
     * @param aliases short names (e.g. {@code votable}, {@code csv})
     * @param ivoId   TAPRegExt key such as {@code ivo://ivoa.net/std/TAPRegExt#output-votable-td}, or null
     */
    public record OutputFormat(String mime, List<String> aliases, String ivoId) {
        public OutputFormat {
            aliases = List.copyOf(aliases);
        }
    }

    /** A default and a hard limit; either may be null. */
    public record Limit(Long defaultValue, Long hard) {
    }

    @Override
    public String xsiType() {
        return VoNamespace.TR.qname("TableAccess");
    }

    @Override
    public void writeContent(XmlOut out) throws XMLStreamException {
        for (DataModel dm : dataModels) {
            out.start("dataModel").attr("ivo-id", dm.ivoId()).text(dm.name()).end();
        }
        for (Language lang : languages) {
            writeLanguage(out, lang);
        }
        for (OutputFormat f : outputFormats) {
            out.start("outputFormat").attr("ivo-id", f.ivoId()).element("mime", f.mime());
            for (String alias : f.aliases()) {
                out.element("alias", alias);
            }
            out.end();
        }
        for (String method : uploadMethods) {
            out.empty("uploadMethod", "ivo-id", method);
        }
        timeLimits(out, "retentionPeriod", retentionPeriod);
        timeLimits(out, "executionDuration", executionDuration);
        dataLimits(out, "outputLimit", outputLimitRows, "row");
        dataLimits(out, "uploadLimit", uploadLimitBytes, "byte");
    }

    private static void writeLanguage(XmlOut out, Language lang) throws XMLStreamException {
        out.start("language").element("name", lang.name());
        for (Version v : lang.versions()) {
            out.start("version").attr("ivo-id", v.ivoId()).text(v.name()).end();
        }
        out.element("description", lang.description());
        for (FeatureList list : lang.features()) {
            out.start("languageFeatures").attr("type", list.type());
            for (Feature f : list.features()) {
                out.start("feature").element("form", f.form()).element("description", f.description()).end();
            }
            out.end();
        }
        out.end();
    }

    private static void timeLimits(XmlOut out, String name, Limit limit) throws XMLStreamException {
        if (limit != null) {
            out.start(name).element("default", limit.defaultValue()).element("hard", limit.hard()).end();
        }
    }

    private static void dataLimits(XmlOut out, String name, Limit limit, String unit) throws XMLStreamException {
        if (limit != null) {
            out.start(name);
            if (limit.defaultValue() != null) {
                out.start("default").attr("unit", unit).text(limit.defaultValue()).end();
            }
            if (limit.hard() != null) {
                out.start("hard").attr("unit", unit).text(limit.hard()).end();
            }
            out.end();
        }
    }
}
