package org.ozvo.dali.write;

import java.io.IOException;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableResult;

/**
 * The rows a writer may emit: at most MAXREC, peeking one row further to detect overflow, and
 * (when {@code captureFailures}) turning a read failure into a normal end of rows that is
 * remembered for the trailing error status. Single-threaded.
 */
final class LimitedRows {

    private final RowCursor cursor;
    private final long maxrec;
    private final boolean captureFailures;
    private long rows;
    private boolean overflow;
    private boolean done;
    private Throwable failure;

    LimitedRows(TableResult result, boolean captureFailures) {
        this.cursor = result.cursor();
        this.maxrec = result.maxrec();
        this.captureFailures = captureFailures;
        if (maxrec == 0) {
            overflow = true; // DALI: MAXREC=0 is metadata only, reported as overflow
            done = true;
        }
    }

    /** Advances; false at the end (limit reached, cursor exhausted or failure captured). */
    boolean next() throws IOException {
        if (done) {
            return false;
        }
        try {
            if (maxrec >= 0 && rows >= maxrec) {
                done = true;
                overflow = cursor.next();
                return false;
            }
            if (!cursor.next()) {
                done = true;
                return false;
            }
            rows++;
            return true;
        } catch (IOException | RuntimeException e) {
            done = true;
            if (!captureFailures) {
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            failure = e;
            return false;
        }
    }

    Object get(int column) {
        return cursor.get(column);
    }

    WriteReport report() {
        return new WriteReport(rows, overflow, failure);
    }

    Throwable failure() {
        return failure;
    }

    boolean overflow() {
        return overflow;
    }
}
