package org.ozvo.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.server.datalink.LinksRequest;

/** The DataLink service at {@code /vo/datalink}: its {links} endpoint and registry record. */
@ApplicationScoped
public class DataLinkDescription implements VoServiceDescription {

    /** Service root below the base URL. */
    public static final String ROOT = "datalink";

    private static final List<InputParam> PARAMS = List.of(
        new InputParam("ID", "Publisher DID of a dataset (obs_publisher_did); repeat for several datasets",
            null, "meta.id;meta.main", "char", "*", null, true, true),
        InputParam.text("RESPONSEFORMAT", "Output format: votable (default) or application/x-votable+xml"),
        new InputParam("MAXREC", "Maximum number of datasets to return links for (at most "
            + LinksRequest.MAX_IDS + " per request)", null, null, "int", null, null, false, true));

    @Override
    public String root() {
        return ROOT;
    }

    @Override
    public List<Capability> capabilities(ArchiveLayout layout) {
        return List.of(StandardCapabilities.datalinkLinks(layout.baseUrl() + "/" + ROOT + "/links", PARAMS));
    }

    @Override
    public ServiceRegistration registration() {
        return new ServiceRegistration(ROOT, "OzVO DataLink service for survey spectra and images", "OzVO DataLink",
            "Lists, for each spectrum and image of the archive, the simplified FITS product, the original "
                + "survey file, previews and the services that process the dataset (IVOA DataLink 1.1). "
                + "The access_url of every ObsCore, SSA and SIA 2.0 row points here.",
            List.of("Spectroscopy", "Redshift surveys", "Astronomical databases"),
            ServiceRegistration.ResourceType.DATA_SERVICE, List.of(), List.of("Optical", "Infrared"));
    }
}
