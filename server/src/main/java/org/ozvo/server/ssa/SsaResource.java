package org.ozvo.server.ssa;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.dali.fault.Fault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.votable.VOTableErrorDocument;
import org.ozvo.dali.write.TableWriter;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.dali.write.VOTableTableWriter;
import org.ozvo.server.http.RequestParams;
import org.ozvo.server.ssa.request.SsaRequest;
import org.ozvo.server.ssa.request.SsaRequestParser;

/**
 * {@code /vo/ssa/query}: SSA 1.1 queryData by GET or form POST. The answer is always a VOTable:
 * the results (TABLEDATA by default; RESPONSEFORMAT may ask for another VOTable
 * serialization), the FORMAT=METADATA description, or an error document with
 * {@code QUERY_STATUS=ERROR} (HTTP 200 for usage errors, as SSA clients expect, 5xx when the
 * server fails). Thin: parsing, querying and writing live in the layers below.
 */
@Path("ssa/query")
@RequestScoped
public class SsaResource {

    private static final Logger LOG = Logger.getLogger(SsaResource.class.getName());

    @Inject
    SsaService service;

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
            TableWriterRegistry.Selection format = votableFormat(params);
            SsaRequest request = SsaRequestParser.parse(params);
            TableResult result = request.metadataOnly()
                ? service.metadata(request.runId().orElse(null))
                : service.query(request);
            return stream(result, format.writer(), format.contentType());
        } catch (UsageFault e) {
            return error(200, e.getMessage());
        } catch (Fault e) {
            return error(e.httpStatus(), e.getMessage());
        }
    }

    /** RESPONSEFORMAT: any VOTable serialization; SSA responses are always VOTables. */
    private static TableWriterRegistry.Selection votableFormat(ParamMap params) {
        TableWriterRegistry.Selection sel = TableWriterRegistry.standard().select(params.single("RESPONSEFORMAT"));
        if (!(sel.writer() instanceof VOTableTableWriter)) {
            throw new UsageFault("RESPONSEFORMAT: SSA responses are VOTables; use votable or votable/b2, not "
                + params.single("RESPONSEFORMAT").orElse(""));
        }
        return sel;
    }

    private static Response stream(TableResult result, TableWriter writer, String contentType) {
        StreamingOutput body = out -> {
            try (result) {
                writer.write(result, out);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "writing an SSA response failed", e);
                throw e;
            }
        };
        return Response.ok(body, contentType).build();
    }

    /** An SSA error document (SSA 1.1 section 8.10). */
    static Response error(int status, String message) {
        return Response.status(status)
            .type(VOTableErrorDocument.CONTENT_TYPE)
            .entity(VOTableErrorDocument.text(message, "SERVICE_PROTOCOL", "1.1"))
            .build();
    }
}
