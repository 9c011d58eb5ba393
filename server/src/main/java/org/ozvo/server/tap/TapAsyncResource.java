package org.ozvo.server.tap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.server.http.RequestParams;
import org.ozvo.server.uws.UwsActions;

/**
 * {@code /vo/tap/async}: the UWS 1.1 job list of TAP (UWS 1.1 section 2.2), mapped onto
 * {@link UwsActions}. Job and result links are absolute, built from the URL the client used.
 */
@Path("tap/async")
@RequestScoped
public class TapAsyncResource {

    private static final String LIST = TapJobRunner.JOB_LIST;

    @Inject
    UwsActions uws;

    @Inject
    TapService tap;

    @Context
    UriInfo uriInfo;

    private String listUrl() {
        String base = uriInfo.getBaseUri().toString();
        return (base.endsWith("/") ? base : base + "/") + "tap/async";
    }

    private ParamMap query() {
        return RequestParams.of(uriInfo, null).params();
    }

    private static ParamMap form(UriInfo uriInfo, MultivaluedMap<String, String> form) {
        return RequestParams.of(uriInfo, form).params();
    }

    @GET
    public Response list() {
        return uws.list(LIST, listUrl(), query());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createForm(MultivaluedMap<String, String> form) {
        try (RequestParams request = RequestParams.of(uriInfo, form)) {
            return uws.create(LIST, listUrl(), request);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createMultipart(List<EntityPart> parts) {
        try (RequestParams request = RequestParams.ofMultipart(uriInfo, parts, tap.limits().maxUploadBytes())) {
            return uws.create(LIST, listUrl(), request);
        }
    }

    @GET
    @Path("{job}")
    public Response job(@PathParam("job") String job) throws InterruptedException {
        return uws.job(LIST, listUrl(), job, query());
    }

    @DELETE
    @Path("{job}")
    public Response delete(@PathParam("job") String job) {
        return uws.delete(LIST, listUrl(), job);
    }

    @POST
    @Path("{job}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("job") String job, MultivaluedMap<String, String> form) {
        return uws.post(LIST, listUrl(), job, form(uriInfo, form));
    }

    @GET
    @Path("{job}/phase")
    public Response phase(@PathParam("job") String job) {
        return uws.phase(LIST, job);
    }

    @POST
    @Path("{job}/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPhase(@PathParam("job") String job, MultivaluedMap<String, String> form) {
        return uws.setPhase(LIST, listUrl(), job, form(uriInfo, form));
    }

    @GET
    @Path("{job}/executionduration")
    public Response executionDuration(@PathParam("job") String job) {
        return uws.executionDuration(LIST, job);
    }

    @POST
    @Path("{job}/executionduration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setExecutionDuration(@PathParam("job") String job, MultivaluedMap<String, String> form) {
        return uws.setExecutionDuration(LIST, listUrl(), job, form(uriInfo, form));
    }

    @GET
    @Path("{job}/destruction")
    public Response destruction(@PathParam("job") String job) {
        return uws.destruction(LIST, job);
    }

    @POST
    @Path("{job}/destruction")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setDestruction(@PathParam("job") String job, MultivaluedMap<String, String> form) {
        return uws.setDestruction(LIST, listUrl(), job, form(uriInfo, form));
    }

    @GET
    @Path("{job}/quote")
    public Response quote(@PathParam("job") String job) {
        return uws.quote(LIST, job);
    }

    @GET
    @Path("{job}/owner")
    public Response owner(@PathParam("job") String job) {
        return uws.owner(LIST, job);
    }

    @GET
    @Path("{job}/error")
    public Response error(@PathParam("job") String job) {
        return uws.error(LIST, job);
    }

    @GET
    @Path("{job}/results")
    public Response results(@PathParam("job") String job) {
        return uws.results(LIST, listUrl(), job);
    }

    @GET
    @Path("{job}/results/{result}")
    public Response result(@PathParam("job") String job, @PathParam("result") String result) {
        return uws.result(LIST, job, result);
    }

    @GET
    @Path("{job}/parameters")
    public Response parameters(@PathParam("job") String job) {
        return uws.parameters(LIST, job);
    }

    @POST
    @Path("{job}/parameters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addParameters(@PathParam("job") String job, MultivaluedMap<String, String> form) {
        try (RequestParams request = RequestParams.of(uriInfo, form)) {
            return uws.addParameters(LIST, listUrl(), job, request);
        }
    }

    @POST
    @Path("{job}/parameters")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addParametersMultipart(@PathParam("job") String job, List<EntityPart> parts) {
        try (RequestParams request = RequestParams.ofMultipart(uriInfo, parts, tap.limits().maxUploadBytes())) {
            return uws.addParameters(LIST, listUrl(), job, request);
        }
    }

    @GET
    @Path("{job}/parameters/{name}")
    public Response parameter(@PathParam("job") String job, @PathParam("name") String name) {
        return uws.parameter(LIST, job, name);
    }
}
