package org.ozvo.server.vosi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/** {@code /vo/datalink/capabilities} and {@code /vo/datalink/availability}. */
@Path(DataLinkDescription.ROOT + "/{document: capabilities|availability}")
@RequestScoped
public class DataLinkVosiResource extends ServiceVosiResource {

    @Override
    protected String root() {
        return DataLinkDescription.ROOT;
    }
}
