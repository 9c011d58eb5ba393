package org.ozvo.dali.write;

import java.io.IOException;
import java.io.OutputStream;
import org.ozvo.dali.table.TableResult;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StoragePolicy;

/**
 * FITS binary table output through STIL. STIL's FITS writer needs two passes over the rows
 * (column widths first), so the rows are first copied to a temporary disk-backed table
 * ({@link StoragePolicy#PREFER_DISK}, stack.md Gotcha 12): memory stays flat, but the first byte
 * is sent only after the last row was read. No overflow indicator is possible. Stateless.
 */
public final class FitsTableWriter implements TableWriter {

    @Override
    public String contentType() {
        return "application/fits";
    }

    @Override
    public String fileExtension() {
        return "fits";
    }

    @Override
    public WriteReport write(TableResult result, OutputStream out) throws IOException {
        LimitedRows rows = new LimitedRows(result, false);
        StarTable oneShot = new CursorStarTable(result.columns(), rows, false);
        StarTable buffered = StoragePolicy.PREFER_DISK.copyTable(oneShot);
        try {
            new uk.ac.starlink.fits.FitsTableWriter().writeStarTable(buffered, out);
        } finally {
            buffered.close(); // releases the temporary file
        }
        out.flush();
        return rows.report();
    }
}
