package org.ozvo.server.registry;

import java.util.function.Function;

/**
 * Who publishes the records: the curation block of every record, the OAI-PMH Identify answer
 * and the authority record. Read from the environment with demo defaults.
 *
 * @param authorityId  the authority without {@code ivo://}, e.g. {@code demo.ozvo.org}
 * @param publisher    publisher name ({@code VO_PUBLISHER})
 * @param contactName  contact person or team ({@code VO_CONTACT_NAME})
 * @param contactEmail contact and OAI-PMH admin e-mail ({@code VO_CONTACT_EMAIL})
 * @param referenceUrl human-readable page about the archive ({@code VO_REFERENCE_URL}; default
 *                     the public base URL)
 * @param pageSize     records per OAI-PMH response before a resumptionToken
 *                     ({@code VO_OAI_PAGE_SIZE})
 */
public record RegistryIdentity(String authorityId, String publisher, String contactName, String contactEmail,
                               String referenceUrl, int pageSize) {

    private static final String AUTHORITY_PATTERN = "[\\w\\d][\\w\\d\\-_.!~*'()+=]{2,}";

    public RegistryIdentity {
        if (authorityId == null || !authorityId.matches(AUTHORITY_PATTERN)) {
            throw new IllegalStateException("VO_AUTHORITY must be ivo://<authority> with an authority of at least"
                + " 3 characters from [A-Za-z0-9-_.!~*'()+=], not '" + authorityId + "'");
        }
        if (contactEmail == null || !contactEmail.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalStateException("VO_CONTACT_EMAIL must be an e-mail address, not '" + contactEmail + "'");
        }
        if (pageSize < 1) {
            throw new IllegalStateException("VO_OAI_PAGE_SIZE must be a positive integer, not " + pageSize);
        }
    }

    /**
     * Reads the identity.
     *
     * @param env       usually {@code System::getenv}
     * @param authority the IVOA authority as configured ({@code ivo://demo.ozvo.org})
     * @param baseUrl   public base URL, the default reference URL
     * @throws IllegalStateException naming the variable that has a bad value
     */
    public static RegistryIdentity from(Function<String, String> env, String authority, String baseUrl) {
        String authorityId = authority.startsWith("ivo://") ? authority.substring("ivo://".length()) : authority;
        String pageSize = or(env.apply("VO_OAI_PAGE_SIZE"), "100");
        int size;
        try {
            size = Integer.parseInt(pageSize.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("VO_OAI_PAGE_SIZE must be a positive integer, not '" + pageSize + "'");
        }
        return new RegistryIdentity(authorityId,
            or(env.apply("VO_PUBLISHER"), "OzVO demonstration archive"),
            or(env.apply("VO_CONTACT_NAME"), "OzVO archive team"),
            or(env.apply("VO_CONTACT_EMAIL"), "vo-admin@" + authorityId),
            or(env.apply("VO_REFERENCE_URL"), baseUrl),
            size);
    }

    /** The authority as an IVOID: {@code ivo://<authorityId>}. */
    public String authorityIvoid() {
        return "ivo://" + authorityId;
    }

    /** IVOID of a resource below the authority. */
    public String ivoid(String resourceKey) {
        return authorityIvoid() + "/" + resourceKey;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
