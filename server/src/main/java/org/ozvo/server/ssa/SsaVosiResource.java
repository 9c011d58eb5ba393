package org.ozvo.server.ssa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import org.ozvo.server.vosi.ServiceVosiResource;

/** {@code /vo/ssa/capabilities} and {@code /vo/ssa/availability} (VOSI 1.1). */
@Path(SsaDescription.ROOT + "/{document: capabilities|availability}")
@RequestScoped
public class SsaVosiResource extends ServiceVosiResource {

    @Override
    protected String root() {
        return SsaDescription.ROOT;
    }
}
