package org.ozvo.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * CORS headers (checklist HTTP-1) on the SIA 2.0 service, the OAI-PMH registry and the VOSI
 * documents of every service root, so browser clients (Aladin Lite, web portals) can read
 * them. {@link CorsFilter} does the same for TAP; a server-wide filter would replace both.
 */
@Provider
public class DiscoveryCorsFilter implements ContainerResponseFilter {

    private static final Pattern PATHS = Pattern.compile(
        "/?(sia2(/.*)?|oai|[a-z0-9]+/(capabilities|availability))");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!PATHS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("Access-Control-Allow-Origin", "*");
        h.putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        h.putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type");
        h.putSingle("Access-Control-Expose-Headers", "Location, Content-Disposition");
    }
}
