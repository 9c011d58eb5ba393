package org.ozvo.server.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ozvo.dali.fault.Fault;

/** Turns a {@link Fault} into its HTTP status and a DALI VOTable error document. */
@Provider
public class FaultMapper implements ExceptionMapper<Fault> {

    @Override
    public Response toResponse(Fault fault) {
        return ErrorResponses.votable(fault.httpStatus(), fault.getMessage());
    }
}
