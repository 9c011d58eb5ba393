package org.ozvo.server.vosi;

import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * What one VO service contributes to the VOSI capabilities of its root and to its registry
 * record. Each service provides one as an {@code @ApplicationScoped} bean;
 * {@link ServiceCatalog} collects them, adds the VOSI capabilities, and both the
 * {@code <root>/capabilities} endpoint and the OAI-PMH registry are generated from it.
 */
public interface VoServiceDescription {

    /**
     * Path of the service root below the public base URL, without slashes at either end,
     * e.g. {@code sia2}, {@code tap}. Its VOSI endpoints are {@code <root>/capabilities} and
     * {@code <root>/availability}.
     */
    String root();

    /**
     * The capabilities of the protocols the service implements, without the VOSI ones.
     *
     * @param layout the archive's public base URL ({@code layout.baseUrl()}, e.g.
     *               {@code http://host:8080/vo}) and authority
     */
    List<Capability> capabilities(ArchiveLayout layout);

    /** True if the service has a VOSI tables endpoint at {@code <root>/tables}. */
    default boolean hasTables() {
        return false;
    }

    /** What the registry record says about the service besides its capabilities. */
    ServiceRegistration registration();
}
