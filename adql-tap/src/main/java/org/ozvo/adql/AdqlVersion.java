package org.ozvo.adql;

import adql.parser.ADQLParser.ADQLVersion;
import java.util.Locale;
import java.util.Optional;

/**
 * The query languages this service accepts as TAP LANG values: {@code ADQL} (the newest,
 * 2.1), {@code ADQL-2.0} and {@code ADQL-2.1} (TAP 1.1 section 2.7.1).
 */
public enum AdqlVersion {
    V2_0("2.0", "ivo://ivoa.net/std/ADQL#v2.0", ADQLVersion.V2_0),
    V2_1("2.1", "ivo://ivoa.net/std/ADQL#v2.1", ADQLVersion.V2_1);

    private final String number;
    private final String ivoId;
    private final ADQLVersion parserVersion;

    AdqlVersion(String number, String ivoId, ADQLVersion parserVersion) {
        this.number = number;
        this.ivoId = ivoId;
        this.parserVersion = parserVersion;
    }

    /** {@code 2.0} or {@code 2.1}. */
    public String number() {
        return number;
    }

    /** The TAPRegExt language version ivo-id. */
    public String ivoId() {
        return ivoId;
    }

    ADQLVersion parserVersion() {
        return parserVersion;
    }

    /**
     * Parses a LANG value case-insensitively: {@code ADQL} means the newest version.
     *
     * @return empty if the value names another language or an unknown version
     */
    public static Optional<AdqlVersion> fromLang(String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        return switch (lang.trim().toUpperCase(Locale.ROOT)) {
            case "ADQL", "ADQL-2.1" -> Optional.of(V2_1);
            case "ADQL-2.0" -> Optional.of(V2_0);
            default -> Optional.empty();
        };
    }
}
