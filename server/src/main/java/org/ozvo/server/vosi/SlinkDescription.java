package org.ozvo.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * The spectrum service at {@code /vo/slink}: one simplified product per ID, as VOTable or FITS,
 * cut to a wavelength BAND on request. Its ID and BAND behave as SODA 1.0 sync defines them
 * (SODA-2, SODA-3; the DataLink cut-out descriptors announce it as SODA too), so its capability
 * is {@code ivo://ivoa.net/std/SODA#sync-1.0}.
 */
@ApplicationScoped
public class SlinkDescription implements VoServiceDescription {

    /** Service root below the base URL. */
    public static final String ROOT = "slink";

    private static final List<InputParam> PARAMS = List.of(
        new InputParam("ID", "Publisher DID of the dataset (obs_publisher_did)", null, "meta.ref.url;meta.curation",
            "char", "*", null, true, true),
        new InputParam("BAND", "Wavelength range to keep, 'lo hi' in metres of vacuum wavelength (-Inf/+Inf for"
            + " open ends)", "m", "em.wl;stat.interval", "double", "2", "interval", false, true),
        InputParam.text("RESPONSEFORMAT", "votable (default, application/x-votable+xml) or fits (application/fits)"));

    @Override
    public String root() {
        return ROOT;
    }

    @Override
    public List<Capability> capabilities(ArchiveLayout layout) {
        return List.of(StandardCapabilities.sodaSync(layout.baseUrl() + "/" + ROOT, PARAMS,
            StandardCapabilities.VOTABLE));
    }

    @Override
    public ServiceRegistration registration() {
        return new ServiceRegistration(ROOT, "OzVO spectrum access and cut-outs (SODA)", "OzVO slink",
            "Returns one simplified data product of the archive by its publisher DID: a 1D spectrum as a VOTable"
                + " (Spectrum data model utypes) or as FITS, optionally cut to a wavelength band (IVOA SODA 1.0"
                + " sync, ID and BAND), and the image thumbnails as FITS.",
            List.of("Spectroscopy", "Astronomical databases"),
            ServiceRegistration.ResourceType.DATA_SERVICE, List.of(), List.of("Optical", "Infrared"));
    }
}
