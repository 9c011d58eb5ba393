package org.ozvo.server.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /vo/oai}: the OAI-PMH 2.0 endpoint of the publishing registry (REG-5), answering GET
 * and form-encoded POST. OAI-PMH errors are part of the document and go out with HTTP 200.
 */
@Path("oai")
@RequestScoped
public class OaiResource {

    /** OAI-PMH responses are XML in UTF-8. */
    static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    @Inject
    RegistryContent registry;

    @GET
    @Produces(CONTENT_TYPE)
    public String get(@Context UriInfo uri) {
        return registry.oai().respond(copy(uri.getQueryParameters()), Instant.now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(CONTENT_TYPE)
    public String post(MultivaluedMap<String, String> form) {
        return registry.oai().respond(copy(form), Instant.now());
    }

    private static Map<String, List<String>> copy(MultivaluedMap<String, String> params) {
        Map<String, List<String>> args = new java.util.LinkedHashMap<>();
        params.forEach((k, v) -> args.put(k, List.copyOf(v)));
        return args;
    }
}
