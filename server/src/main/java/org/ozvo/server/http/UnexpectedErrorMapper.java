package org.ozvo.server.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line of defence: anything not mapped elsewhere becomes a VOTable error document. JAX-RS
 * errors (unknown path, wrong method) keep their status; anything else is a 500 whose body
 * names a log id instead of a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String reason = wae.getResponse().getStatusInfo().getReasonPhrase();
            return ErrorResponses.votable(status, status == 404 ? "no such resource on this server" : reason);
        }
        String logId = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "request failed, log id " + logId, error);
        return ErrorResponses.votable(500, "internal server error (log id " + logId + ")");
    }
}
