package org.ozvo.server.vosi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.time.Instant;

/** {@code /vo/availability}: VOSI availability of the whole server. */
@Path("availability")
@RequestScoped
public class AvailabilityResource {

    @Inject
    AvailabilityProbe probe;

    @GET
    @Produces(AvailabilityDocument.CONTENT_TYPE)
    public String availability() {
        return AvailabilityDocument.render(probe.check(), Instant.now());
    }
}
