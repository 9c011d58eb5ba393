package org.ozvo.server.sia;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.tap.SchemaDesc;
import org.ozvo.schema.tap.TapSchemaContent;
import org.ozvo.server.vosi.Capability;
import org.ozvo.server.vosi.ServiceRegistration;
import org.ozvo.server.vosi.SiaCapability;
import org.ozvo.server.vosi.StandardCapabilities;
import org.ozvo.server.vosi.VoServiceDescription;

/**
 * The SIA 2.0 service at {@code /vo/sia2}: its query capability (with its parameters and row
 * limits) and its registry record. Holds the service's limits, read once from the environment.
 */
@ApplicationScoped
public class Sia2Description implements VoServiceDescription {

    /** Service root below the base URL. */
    public static final String ROOT = "sia2";

    private final Sia2Limits limits = Sia2Limits.from(System::getenv);

    @Override
    public String root() {
        return ROOT;
    }

    /** MAXREC default and cap. */
    public Sia2Limits limits() {
        return limits;
    }

    @Override
    public List<Capability> capabilities(ArchiveLayout layout) {
        SiaCapability ext = new SiaCapability("Pointed", null, null, null, null, limits.maxrecLimit(),
            null, null, null);
        return List.of(StandardCapabilities.sia2Query(layout.baseUrl() + "/" + ROOT + "/query", Sia2Parameter.inputParams(), ext));
    }

    @Override
    public ServiceRegistration registration() {
        SchemaDesc obscore = TapSchemaContent.schemas().stream()
            .filter(s -> s.tables().contains(TapSchemaContent.obscore()))
            .map(s -> new SchemaDesc(s.schemaName(), s.description(), s.utype(), List.of(TapSchemaContent.obscore())))
            .findFirst().orElseThrow();
        return new ServiceRegistration(ROOT, "OzVO image thumbnails (SIA 2.0)", "OzVO SIA2",
            "Image discovery over the archive's ObsCore table (IVOA SIA 2.0): the SuperCOSMOS and 2MASS "
                + "thumbnails around the 6dF Galaxy Survey targets, each with its sky footprint, downloadable "
                + "as FITS with a celestial WCS through DataLink.",
            List.of("Sky surveys", "Galaxies", "Astronomical databases"),
            ServiceRegistration.ResourceType.CATALOG_SERVICE, List.of(obscore), List.of("Optical", "Infrared"));
    }
}
