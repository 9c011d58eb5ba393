package org.ozvo.server.slink;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ozvo.dali.fault.Fault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.server.http.RequestParams;

/**
 * {@code /vo/slink}: one spectrum by ID (GET or form POST), {@code /vo/slink/original}: the
 * survey's original file, {@code /vo/slink/preview}: the preview PNG. Errors are SODA-style
 * {@code text/plain} with the HTTP status of the failure ({@link SodaError}).
 */
@Path("slink")
@RequestScoped
public class SlinkResource {

    @Inject
    SlinkService service;

    @Context
    UriInfo uriInfo;

    @GET
    public Response spectrum() {
        return spectrum(RequestParams.of(uriInfo, null).params());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response spectrumPost(MultivaluedMap<String, String> form) {
        return spectrum(RequestParams.of(uriInfo, form).params());
    }

    @GET
    @Path("original")
    public Response original() {
        return guarded(() -> service.original(SlinkRequest.id(params())));
    }

    @GET
    @Path("preview")
    public Response preview() {
        return guarded(() -> service.preview(SlinkRequest.id(params())));
    }

    private Response spectrum(ParamMap params) {
        return guarded(() -> service.spectrum(SlinkRequest.parse(params)));
    }

    private ParamMap params() {
        return RequestParams.of(uriInfo, null).params();
    }

    private static Response guarded(java.util.function.Supplier<Response> action) {
        try {
            return action.get();
        } catch (SodaError e) {
            return e.response();
        } catch (Fault f) {
            return (f.httpStatus() == 503 ? SodaError.unavailable(f.getMessage())
                : f.httpStatus() == 404 ? SodaError.notFound(f.getMessage())
                : f.httpStatus() < 500 ? SodaError.usage(f.getMessage()) : SodaError.internal(f.getMessage())).response();
        }
    }

}
