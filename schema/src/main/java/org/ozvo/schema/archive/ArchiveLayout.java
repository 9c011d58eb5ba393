package org.ozvo.schema.archive;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * How the archive names and places things: publisher DIDs, where products and originals live
 * under the data directory, and the public URLs that point at them. The ingest command writes
 * rows with these values and the server resolves requests with the same rules, so both must
 * use this class and nothing else.
 *
 * @param authority IVOA authority of the publisher, e.g. {@code ivo://demo.ozvo.org}
 * @param baseUrl   public base URL of the VO services, e.g. {@code http://localhost:8080/vo},
 *                  without trailing slash
 * @param dataDir   root directory of products and copied originals
 */
public record ArchiveLayout(String authority, String baseUrl, Path dataDir) {

    /** MIME type of a DataLink {links} response, exactly as clients compare it. */
    public static final String DATALINK_MIME = "application/x-votable+xml;content=datalink";

    public ArchiveLayout {
        authority = stripSlash(authority);
        baseUrl = stripSlash(baseUrl);
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /**
     * Reads {@code VO_AUTHORITY} (default {@code ivo://demo.ozvo.org}), {@code VO_BASE_URL}
     * (default {@code http://localhost:8080/vo}) and {@code VO_DATA_DIR} (default {@code var/data}).
     */
    public static ArchiveLayout from(Function<String, String> env) {
        return new ArchiveLayout(orDefault(env.apply("VO_AUTHORITY"), "ivo://demo.ozvo.org"),
            orDefault(env.apply("VO_BASE_URL"), "http://localhost:8080/vo"),
            Path.of(orDefault(env.apply("VO_DATA_DIR"), "var/data")));
    }

    /** The stable publisher DID of a product: {@code <authority>/archive?<collection>/<obs_id>}. */
    public String publisherDid(String collection, String obsId) {
        return authority + "/archive?" + collection + "/" + obsId;
    }

    /** The IVOA identifier of this publisher's archive resource. */
    public String archiveIvoid() {
        return authority + "/archive";
    }

    /** Path of a product's file relative to the data directory. */
    public String productPath(String collection, String obsId) {
        return "products/" + safe(collection) + "/" + safe(obsId) + ".fits";
    }

    /** Path where a copied original file is kept, relative to the data directory. */
    public String originalPath(String collection, String fileName) {
        return "originals/" + safe(collection) + "/" + safe(fileName);
    }

    /**
     * Resolves a relative path under the data directory.
     *
     * @throws IllegalArgumentException if the path would leave the data directory
     */
    public Path resolve(String relativePath) {
        Path p = dataDir.resolve(relativePath).normalize();
        if (!p.startsWith(dataDir)) {
            throw new IllegalArgumentException("path outside the archive: " + relativePath);
        }
        return p;
    }

    /** ObsCore access_url: the DataLink {links} document of a product. */
    public String accessUrl(String publisherDid) {
        return baseUrl + "/datalink/links?ID=" + encode(publisherDid);
    }

    /** URL of the simplified product itself (slink, FITS). */
    public String productUrl(String publisherDid) {
        return baseUrl + "/slink?ID=" + encode(publisherDid) + "&RESPONSEFORMAT=fits";
    }

    /** URL of an original file, served from the data directory or its reference location. */
    public String originalUrl(String publisherDid) {
        return baseUrl + "/slink/original?ID=" + encode(publisherDid);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Replaces characters that are unsafe in file names. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._+-]", "_");
        if (s.isEmpty() || s.startsWith(".")) {
            s = "_" + s;
        }
        return s;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
