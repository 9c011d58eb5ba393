package org.ozvo.server.vosi;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code <root>/capabilities} and {@code <root>/availability} of a service whose protocol
 * resources live elsewhere. A subclass fixes the root with
 * {@code @Path("<root>/{document: capabilities|availability}")}: the literal root makes the
 * path more specific than the protocol resource's {@code @Path("<root>")}, so JAX-RS routes
 * these two documents here and everything else there.
 */
public abstract class ServiceVosiResource {

    @Inject
    VosiResponses vosi;

    /** The service root this resource serves, as in {@link VoServiceDescription#root()}. */
    protected abstract String root();

    /** The VOSI document named by the last path segment. */
    @GET
    @Produces("text/xml")
    public Response document(@PathParam("document") String document) {
        return "capabilities".equals(document) ? vosi.capabilities(root()) : vosi.availability();
    }
}
