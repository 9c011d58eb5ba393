package org.ozvo.server.tap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.ozvo.dali.fault.NotFoundFault;
import org.ozvo.dali.votable.Xml;
import org.ozvo.server.vosi.AvailabilityDocument;
import org.ozvo.server.vosi.AvailabilityProbe;
import org.ozvo.server.vosi.TablesDocument;
import org.ozvo.server.vosi.TablesetXml;
import org.ozvo.server.vosi.VosiResponses;
import org.ozvo.schema.tap.TapSchemaContent;

/**
 * The TAP base URL and its metadata children: a human page at {@code /vo/tap}, VOSI
 * capabilities (with TAPRegExt), availability and tables, and DALI examples.
 */
@Path("tap")
@RequestScoped
public class TapMetadataResource {

    @Inject
    AvailabilityProbe probe;

    @Inject
    VosiResponses vosi;

    @Context
    UriInfo uriInfo;

    /** Base URL of the TAP service as the client addressed it, without trailing slash. */
    private String tapUrl() {
        String base = uriInfo.getBaseUri().toString();
        return (base.endsWith("/") ? base : base + "/") + "tap";
    }

    @GET
    @Produces("text/html")
    public String home() {
        String u = Xml.escape(tapUrl());
        return "<!DOCTYPE html>\n<html><head><title>TAP service</title></head><body>\n"
            + "<h1>Table Access Protocol (TAP 1.1) service</h1>\n"
            + "<p>Query the archive's ObsCore table <code>ivoa.obscore</code> in ADQL with a TAP client such as"
            + " TOPCAT or pyvo, using the service URL <code>" + u + "</code>.</p>\n<ul>\n"
            + "<li><a href=\"" + u + "/capabilities\">capabilities</a></li>\n"
            + "<li><a href=\"" + u + "/tables\">tables</a></li>\n"
            + "<li><a href=\"" + u + "/examples\">example queries</a></li>\n"
            + "<li><a href=\"" + u + "/availability\">availability</a></li>\n"
            + "<li><a href=\"" + u + "/async\">async jobs</a></li>\n</ul>\n</body></html>\n";
    }

    @GET
    @Path("capabilities")
    public Response capabilities() {
        // The same document the registry publishes for TAP (vosi.TapDescription).
        return vosi.capabilities("tap");
    }

    @GET
    @Path("availability")
    @Produces(AvailabilityDocument.CONTENT_TYPE)
    public String availability() {
        return AvailabilityDocument.render(probe.check(), Instant.now());
    }

    @GET
    @Path("tables")
    @Produces(TablesDocument.CONTENT_TYPE)
    public String tables(@QueryParam("detail") String detail) {
        return TablesDocument.tableset(TapSchemaContent.schemas(),
            "min".equalsIgnoreCase(detail) ? TablesetXml.Detail.MIN : TablesetXml.Detail.MAX);
    }

    @GET
    @Path("tables/{name}")
    @Produces(TablesDocument.CONTENT_TYPE)
    public String table(@PathParam("name") String name) {
        return TapSchemaContent.table(name).map(TablesDocument::table)
            .orElseThrow(() -> new NotFoundFault("no published table " + name));
    }

    @GET
    @Path("examples")
    public Response examples() {
        return Response.ok(TapExamples.render(), TapExamples.CONTENT_TYPE).build();
    }
}
