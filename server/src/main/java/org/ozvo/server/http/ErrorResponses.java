package org.ozvo.server.http;

import jakarta.ws.rs.core.Response;
import org.ozvo.dali.votable.VOTableErrorDocument;

/** Error responses in the form every VO endpoint uses. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    /** A VOTable error document with the given HTTP status. */
    public static Response votable(int status, String message) {
        return Response.status(status)
            .type(VOTableErrorDocument.CONTENT_TYPE)
            .entity(VOTableErrorDocument.text(message))
            .build();
    }
}
