package org.ozvo.tap;

import java.sql.SQLException;
import org.ozvo.dali.fault.Fault;
import org.ozvo.dali.fault.FatalFault;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.dali.fault.UsageFault;

/**
 * Classifies database errors of a query by SQLSTATE: problems of the query itself (data
 * exceptions, undefined functions, a statement timeout) are the client's; a lost connection
 * is transient; anything else is ours.
 */
public final class SqlFaults {

    private SqlFaults() {
    }

    /** The fault to report for a failed query. */
    public static Fault of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = firstLine(e.getMessage());
        if (state.equals("57014")) {
            return new UsageFault("the query was cancelled: it exceeded the execution time limit or was aborted", e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03") || state.equals("53300")) {
            return new TransientFault("the database is not available: " + message, e);
        }
        if (state.startsWith("22") || state.startsWith("42") || state.startsWith("XX") && message.contains("sphere")
                || state.startsWith("2201")) {
            return new UsageFault("the query failed in the database: " + message, e);
        }
        if (state.equals("53200") || state.equals("54000") || state.equals("54001")) {
            return new UsageFault("the query needs more resources than this service allows: " + message, e);
        }
        return new FatalFault("the query failed in the database: " + message, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
