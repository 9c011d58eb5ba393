package org.ozvo.datalink.links;

import java.util.Objects;

/**
 * One row of a DataLink {links} table (DataLink 1.1 section 3.2). Exactly one of
 * {@code accessUrl}, {@code serviceDef} and {@code errorMessage} is set.
 *
 * @param id            the identifier as the client sent it, byte for byte
 * @param accessUrl     URL of the linked resource, or null
 * @param serviceDef    XML ID of a service descriptor RESOURCE, or null
 * @param errorMessage  {@code <Fault>: text}, or null
 * @param description   human-readable text, or null
 * @param semantics     core vocabulary term ({@code #this}) or a full URI
 * @param contentType   MIME type of the resource, or null
 * @param contentLength size in bytes, or null when unknown
 */
public record LinkRow(String id, String accessUrl, String serviceDef, String errorMessage, String description,
                      String semantics, String contentType, Long contentLength) {

    public LinkRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(semantics, "semantics");
        int set = (accessUrl == null ? 0 : 1) + (serviceDef == null ? 0 : 1) + (errorMessage == null ? 0 : 1);
        if (set != 1) {
            throw new IllegalArgumentException("a link row has exactly one of access_url, service_def, error_message");
        }
    }

    /** A link to a resource. */
    public static LinkRow link(String id, String semantics, String url, String contentType, Long length,
                               String description) {
        return new LinkRow(id, url, null, null, description, semantics, contentType, length);
    }

    /** A link to a service described by a descriptor. */
    public static LinkRow service(String id, String semantics, String descriptorId, String contentType,
                                  String description) {
        return new LinkRow(id, null, descriptorId, null, description, semantics, contentType, null);
    }

    /** An error row (DataLink 1.1 section 3.4): the message must start with a fault name. */
    public static LinkRow error(String id, String semantics, String faultMessage) {
        return new LinkRow(id, null, null, faultMessage, null, semantics, null, null);
    }
}
