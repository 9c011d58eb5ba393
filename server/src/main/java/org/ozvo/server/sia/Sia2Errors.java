package org.ozvo.server.sia;

import jakarta.ws.rs.core.Response;
import org.ozvo.dali.fault.Fault;
import org.ozvo.dali.fault.FatalFault;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.votable.VOTableErrorDocument;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.dali.write.VOTableTableWriter;

/**
 * SIA 2.0 error responses (SIA-27, DALI-15): the fault's HTTP status, a message starting with
 * {@code UsageFault}, {@code TransientFault}, {@code FatalFault} or {@code DefaultFault}, as a
 * VOTable error document when a VOTable was asked for (or nothing usable) and as text/plain for
 * the other formats.
 */
public final class Sia2Errors {

    private Sia2Errors() {
    }

    /**
     * The response for a fault.
     *
     * @param format the requested output format, or null when it could not be determined
     */
    public static Response response(Fault fault, TableWriterRegistry.Selection format) {
        ErrorDocument doc = document(fault, format);
        return Response.status(doc.status()).type(doc.contentType()).entity(doc.body()).build();
    }

    /** An error document: HTTP status, Content-Type and body. */
    public record ErrorDocument(int status, String contentType, String body) {
    }

    /** The error document for a fault, without JAX-RS. */
    static ErrorDocument document(Fault fault, TableWriterRegistry.Selection format) {
        String message = name(fault) + ": " + fault.getMessage();
        if (format == null || format.writer() instanceof VOTableTableWriter) {
            return new ErrorDocument(fault.httpStatus(), VOTableErrorDocument.CONTENT_TYPE,
                VOTableErrorDocument.text(message));
        }
        return new ErrorDocument(fault.httpStatus(), "text/plain;charset=UTF-8", message + "\n");
    }

    /** The SIA 2.0 fault name: the three it defines, DefaultFault for everything else. */
    static String name(Fault fault) {
        if (fault instanceof UsageFault || fault instanceof TransientFault || fault instanceof FatalFault) {
            return fault.faultName();
        }
        return "DefaultFault";
    }
}
