package org.ozvo.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS headers on every response of every service, errors and UWS redirects included
 * (checklist HTTP-1), so browser clients (Aladin Lite, web portals, JavaScript TAP clients)
 * can read results and follow links. Everything served here is public.
 */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("Access-Control-Allow-Origin", "*");
        h.putSingle("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
        h.putSingle("Access-Control-Allow-Headers", "Authorization, Content-Type");
        h.putSingle("Access-Control-Expose-Headers", "Location, Content-Disposition, Content-Length");
    }
}
