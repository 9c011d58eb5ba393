package org.ozvo.server.datalink;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.ozvo.dali.fault.Fault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.votable.VOTableErrorDocument;
import org.ozvo.server.http.RequestParams;

/**
 * {@code /vo/datalink/links}: DataLink 1.1 {links} by GET or form POST, for any number of
 * {@code ID}s (pyvo posts all IDs of a result at once). Unknown IDs get an error row; only a
 * malformed request as a whole, or a database outage, gives an error document, whose message
 * starts with the DataLink fault name.
 */
@Path("datalink/links")
@RequestScoped
public class LinksResource {

    @Inject
    LinksService service;

    @Context
    UriInfo uriInfo;

    @GET
    public Response get() {
        return answer(RequestParams.of(uriInfo, null).params());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> form) {
        return answer(RequestParams.of(uriInfo, form).params());
    }

    private Response answer(ParamMap params) {
        try {
            LinksRequest request = LinksRequest.parse(params);
            TableResult result = service.links(request);
            StreamingOutput body = out -> {
                try (result) {
                    request.format().writer().write(result, out);
                }
            };
            return Response.ok(body, request.format().contentType()).build();
        } catch (Fault f) {
            return Response.status(f.httpStatus()).type(VOTableErrorDocument.CONTENT_TYPE)
                .entity(VOTableErrorDocument.text(f.prefixedMessage())).build();
        }
    }
}
