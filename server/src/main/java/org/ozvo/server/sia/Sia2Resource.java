package org.ozvo.server.sia;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ozvo.dali.fault.Fault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.server.http.RequestParams;
import org.ozvo.server.vosi.VosiResponses;

/**
 * {@code /vo/sia2}: the SIA 2.0 {query} resource (GET, form POST and multipart POST with the
 * same parameters, DALI-3) and its VOSI siblings {@code capabilities} and {@code availability},
 * where pyvo looks first (SIA-P1). The query runs, and fails with an error document and HTTP
 * status, before the response starts; the rows then stream from the database cursor.
 */
@Path(Sia2Description.ROOT)
@RequestScoped
public class Sia2Resource {

    /** Largest multipart body accepted; SIA 2.0 has no uploads, so this only bounds form fields. */
    private static final long MAX_MULTIPART_BYTES = 1024 * 1024;

    @Inject
    Sia2Service service;

    @Inject
    VosiResponses vosi;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("query")
    public Response query() {
        return run(RequestParams.of(uriInfo, null));
    }

    @POST
    @Path("query")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response queryForm(MultivaluedMap<String, String> form) {
        return run(RequestParams.of(uriInfo, form));
    }

    @POST
    @Path("query")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response queryMultipart(List<EntityPart> parts) {
        return run(RequestParams.ofMultipart(uriInfo, parts, MAX_MULTIPART_BYTES));
    }

    @GET
    @Path("capabilities")
    @Produces("text/xml")
    public Response capabilities() {
        return vosi.capabilities(Sia2Description.ROOT);
    }

    @GET
    @Path("availability")
    @Produces("text/xml")
    public Response availability() {
        return vosi.availability();
    }

    private Response run(RequestParams request) {
        ParamMap params;
        try (request) {
            params = request.params();
        }
        TableWriterRegistry.Selection format = null;
        try {
            format = TableWriterRegistry.standard().select(params.single(Sia2Parameter.RESPONSEFORMAT.name()));
            TableResult result = service.run(Sia2RequestParser.parse(params));
            TableWriterRegistry.Selection chosen = format;
            StreamingOutput body = out -> {
                try (result) {
                    chosen.writer().write(result, out);
                }
            };
            return Response.ok(body, format.contentType()).build();
        } catch (Fault f) {
            return Sia2Errors.response(f, format);
        }
    }
}
