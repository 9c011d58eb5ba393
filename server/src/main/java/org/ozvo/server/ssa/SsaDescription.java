package org.ozvo.server.ssa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.server.ssa.request.SsaLimits;
import org.ozvo.server.ssa.request.SsaParam;
import org.ozvo.server.vosi.Capability;
import org.ozvo.server.vosi.InputParam;
import org.ozvo.server.vosi.ServiceRegistration;
import org.ozvo.server.vosi.SsaCapability;
import org.ozvo.server.vosi.StandardCapabilities;
import org.ozvo.server.vosi.VoServiceDescription;

/**
 * The SSA service at {@code /vo/ssa} as VOSI capabilities and the registry see it: the SSA
 * capability ({@code ivo://ivoa.net/std/SSA}, {@code vs:ParamHTTP} with the query URL, the
 * {@code ssa:SimpleSpectralAccess} limits) with every input parameter of {@link SsaParam}.
 */
@ApplicationScoped
public class SsaDescription implements VoServiceDescription {

    /** Service root below the base URL. */
    public static final String ROOT = "ssa";

    /** Parameters SSA 1.1 defines; the others are this service's extensions. */
    private static final List<SsaParam> CUSTOM = List.of(SsaParam.BANDREST, SsaParam.DPSUBTYPE);

    @Override
    public String root() {
        return ROOT;
    }

    @Override
    public List<Capability> capabilities(ArchiveLayout layout) {
        SsaCapability limits = new SsaCapability("query", List.of("survey"), List.of("archival"), List.of("ICRS"),
            180.0, SsaLimits.HARD_MAXREC, SsaLimits.DEFAULT_MAXREC, null, null,
            "REQUEST=queryData&MAXREC=1");
        return List.of(StandardCapabilities.ssaQuery(layout.baseUrl() + "/" + ROOT + "/query", params(), limits));
    }

    /** The interface parameters, from the one parameter declaration. */
    static List<InputParam> params() {
        return Arrays.stream(SsaParam.values()).map(p -> {
            InputParam ip = new InputParam(p.name(), p.description(), p.unit(), p.ucd(), p.datatype(),
                p.datatype().equals("char") ? "*" : null, null, p == SsaParam.REQUEST, true);
            return CUSTOM.contains(p) ? ip.asCustom() : ip;
        }).toList();
    }

    @Override
    public ServiceRegistration registration() {
        return new ServiceRegistration(ROOT, "OzVO spectra of the Australian redshift surveys (SSA)", "OzVO SSA",
            "Simple Spectral Access to the spectra of 2dFGRS, 6dFGS, GAMA, OzDES and WiggleZ: search by position,"
                + " wavelength (observed or rest frame), time, target name, redshift and collection. Each record links"
                + " to the simplified 1D FITS spectrum and, through DataLink, to the original survey file, a preview"
                + " plot and a cut-out service.",
            List.of("Spectroscopy", "Redshift surveys", "Galaxies"), ServiceRegistration.ResourceType.DATA_SERVICE,
            List.of(), List.of("Optical"));
    }
}
