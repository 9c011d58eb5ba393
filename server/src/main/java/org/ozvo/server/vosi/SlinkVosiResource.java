package org.ozvo.server.vosi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** {@code /vo/slink/capabilities} and {@code /vo/slink/availability}. */
@Path(SlinkDescription.ROOT + "/{document: capabilities|availability}")
@RequestScoped
public class SlinkVosiResource extends ServiceVosiResource {

    @Override
    protected String root() {
        return SlinkDescription.ROOT;
    }
}
