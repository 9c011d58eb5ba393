package org.ozvo.server.tap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.List;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.server.http.RequestParams;
import org.ozvo.tap.TapRequest;
import org.ozvo.tap.UploadResolver;

/**
 * {@code /vo/tap/sync}: GET, form POST and multipart POST with the same parameters (DALI 1.1
 * section 2.2). The query runs (and fails, with a VOTable error and HTTP status) before the
 * response starts; the rows then stream from the database cursor to the socket.
 */
@Path("tap/sync")
@RequestScoped
public class TapSyncResource {

    @Inject
    TapService tap;

    @Context
    UriInfo uriInfo;

    @GET
    public Response get() {
        return run(RequestParams.of(uriInfo, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postForm(MultivaluedMap<String, String> form) {
        return run(RequestParams.of(uriInfo, form));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postMultipart(List<EntityPart> parts) {
        return run(RequestParams.ofMultipart(uriInfo, parts, tap.limits().maxUploadBytes()));
    }

    private Response run(RequestParams request) {
        try {
            TapRequest query = TapRequest.from(request.params(), tap.limits());
            TableWriterRegistry.Selection format = tap.formats().select(query.responseFormat());
            UploadResolver uploads = UploadResolver.withInline(spec -> Files.newInputStream(request.part(spec.partName())
                .orElseThrow(() -> new UsageFault("UPLOAD " + spec.name() + ": the request has no part named '"
                    + spec.partName() + "'"))));
            TableResult result = tap.execute(query, uploads, tap.limits().syncExecutionSecs(), null,
                format.writer().acceptsDatabaseText());
            StreamingOutput body = out -> {
                try (request; result) {
                    format.writer().write(result, out);
                }
            };
            return Response.ok(body, format.contentType()).build();
        } catch (RuntimeException e) {
            request.close();
            throw e;
        }
    }
}
