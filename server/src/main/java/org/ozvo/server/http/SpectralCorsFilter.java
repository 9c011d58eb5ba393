package org.ozvo.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS headers (checklist HTTP-1) on every response of the spectrum services: {@code ssa},
 * {@code datalink} and {@code slink}, errors included, so browser clients can read results
 * and follow links. Same headers as {@link CorsFilter} gives TAP; one server-wide filter may
 * replace both.
 */
@Provider
public class SpectralCorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (!(p.startsWith("ssa/") || p.startsWith("datalink/") || p.equals("slink") || p.startsWith("slink/"))) {
            return;
        }
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("Access-Control-Allow-Origin", "*");
        h.putSingle("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        h.putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type");
        h.putSingle("Access-Control-Expose-Headers", "Location, Content-Disposition, Content-Length");
    }
}
