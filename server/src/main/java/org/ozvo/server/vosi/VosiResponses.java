package org.ozvo.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import org.ozvo.dali.fault.NotFoundFault;
import org.ozvo.server.app.StartupCheck;

/**
 * The VOSI responses of one service root, for the resources of each service: capabilities
 * from the {@link ServiceCatalog}, availability from the shared {@link AvailabilityProbe}.
 */
@ApplicationScoped
public class VosiResponses {

    @Inject
    ServiceCatalog catalog;

    @Inject
    AvailabilityProbe probe;

    @Inject
    StartupCheck startup;

    /**
     * The capabilities document of the service at {@code root}. Capabilities come from the
     * configuration read at startup, so Last-Modified (VOSI-1) is the start time.
     *
     * @throws NotFoundFault if no service has that root
     */
    public Response capabilities(String root) {
        VoServiceDescription service = catalog.service(root)
            .orElseThrow(() -> new NotFoundFault("no VO service at " + root));
        return Response.ok(CapabilitiesDocument.render(catalog.capabilities(service)), CapabilitiesDocument.CONTENT_TYPE)
            .lastModified(Date.from(startup.startedAt()))
            .build();
    }

    /** The availability document; the database is probed now. */
    public Response availability() {
        return Response.ok(AvailabilityDocument.render(probe.check(), Instant.now()), AvailabilityDocument.CONTENT_TYPE)
            .build();
    }
}
