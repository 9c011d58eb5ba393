package org.ozvo.tap;

import adql.db.DBTable;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ozvo.adql.AdqlTables;
import org.ozvo.dali.fault.TooLargeFault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.table.ColumnSpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.TableFormatException;
import uk.ac.starlink.table.TableSink;

/**
 * Loads uploaded tables into session-private temporary tables, streaming: STIL reads the
 * VOTable, CSV or FITS input row by row ({@link StarTableFactory#streamStarTable}) and each
 * row goes straight into a PostgreSQL {@code COPY}. The tables are created
 * {@code ON COMMIT DROP} in the connection's open transaction, so they vanish with the query's
 * transaction and never outlive the request, even on a pooled connection. Stateless apart from
 * its limits; one call per request.
 */
public final class UploadLoader {

    private static final int COPY_CHUNK = 64 * 1024;

    private final TapLimits limits;

    public UploadLoader(TapLimits limits) {
        this.limits = limits;
    }

    /**
     * Loads every upload.
     *
     * @param connection autocommit off (the temporary tables live in its transaction); not closed
     * @return one checker table per upload, {@code TAP_UPLOAD.<name>}
     * @throws UsageFault    for unreadable tables or unresolvable URIs
     * @throws TooLargeFault when the byte or row limits are exceeded
     */
    public List<DBTable> load(Connection connection, List<UploadSpec> uploads, UploadResolver resolver)
            throws SQLException {
        List<DBTable> tables = new ArrayList<>();
        long[] bytesLeft = {limits.maxUploadBytes()};
        for (UploadSpec spec : uploads) {
            tables.add(loadOne(connection, spec, resolver, bytesLeft));
        }
        return tables;
    }

    private DBTable loadOne(Connection connection, UploadSpec spec, UploadResolver resolver, long[] bytesLeft)
            throws SQLException {
        String dbName = "tap_upload_" + spec.name().toLowerCase(Locale.ROOT);
        CopySink sink = new CopySink(connection, dbName, spec.name());
        try (InputStream raw = resolver.open(spec);
             BufferedInputStream in = new BufferedInputStream(new LimitedStream(raw, bytesLeft), 64 * 1024)) {
            String format = sniffFormat(in);
            if (format.equals("csv")) {
                copyCsv(in, sink); // STIL cannot stream CSV: column types need a first pass
            } else {
                new StarTableFactory(false).getTableBuilder(format).streamStarTable(in, sink, null);
            }
        } catch (LimitException e) {
            sink.abort();
            throw e.fault;
        } catch (TableFormatException e) {
            sink.abort();
            throw new UsageFault("UPLOAD " + spec.name() + " is not a readable VOTable, CSV or FITS table: " + e.getMessage(), e);
        } catch (IOException e) {
            sink.abort();
            if (e.getCause() instanceof SQLException sql) {
                throw new UsageFault("UPLOAD " + spec.name() + " could not be stored: " + sql.getMessage(), sql);
            }
            throw new UsageFault("UPLOAD " + spec.name() + " could not be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            sink.abort();
            if (e instanceof UsageFault || e instanceof TooLargeFault) {
                throw e;
            }
            throw new UsageFault("UPLOAD " + spec.name() + " could not be read: " + e, e);
        }
        if (sink.columns == null) {
            throw new UsageFault("UPLOAD " + spec.name() + " holds no table");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("ANALYZE pg_temp." + quote(dbName)); // temp tables get no autovacuum statistics
        }
        return AdqlTables.upload(spec.name(), dbName, sink.columns, sink.dbColumns);
    }

    /** Reads CSV through a temporary file (STIL infers its column types in a first pass). */
    private static void copyCsv(InputStream in, TableSink sink) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("tap-upload-", ".csv");
        try {
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            StarTableFactory factory = new StarTableFactory(false);
            factory.setStoragePolicy(uk.ac.starlink.table.StoragePolicy.PREFER_DISK);
            StarTable table = factory.makeStarTable(new uk.ac.starlink.util.FileDataSource(tmp.toFile()), "csv");
            sink.acceptMetadata(table);
            try (uk.ac.starlink.table.RowSequence rows = table.getRowSequence()) {
                while (rows.next()) {
                    sink.acceptRow(rows.getRow());
                }
            }
            sink.endRows();
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    /** VOTable and FITS announce themselves; anything else is read as CSV with a header row. */
    private static String sniffFormat(BufferedInputStream in) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("SIMPLE  =")) {
            return "fits";
        }
        if (text.startsWith("<") || text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF")) {
            return "votable";
        }
        return "csv";
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Receives STIL's rows and writes them into COPY. */
    private final class CopySink implements TableSink {
        private final Connection connection;
        private final String dbName;
        private final String uploadName;
        private List<ColumnSpec> columns;
        private List<String> dbColumns;
        private UploadColumns.Kind[] kinds;
        private CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(COPY_CHUNK + 4096);
        private long rows;

        CopySink(Connection connection, String dbName, String uploadName) {
            this.connection = connection;
            this.dbName = dbName;
            this.uploadName = uploadName;
        }

        @Override
        public void acceptMetadata(StarTable meta) throws TableFormatException {
            int n = meta.getColumnCount();
            if (n == 0) {
                throw new TableFormatException("the table has no columns");
            }
            columns = new ArrayList<>(n);
            dbColumns = new ArrayList<>(n);
            kinds = new UploadColumns.Kind[n];
            StringBuilder ddl = new StringBuilder("CREATE TEMPORARY TABLE " + quote(dbName) + " (");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                ColumnInfo info = meta.getColumnInfo(i);
                UploadColumns.Column c = UploadColumns.of(info);
                if (!seen.add(c.spec().name().toLowerCase(Locale.ROOT))) {
                    throw new UsageFault("UPLOAD " + uploadName + ": column name '" + c.spec().name() + "' is used twice");
                }
                columns.add(c.spec());
                dbColumns.add("c" + (i + 1));
                kinds[i] = c.kind();
                ddl.append(i > 0 ? ", " : "").append("c").append(i + 1).append(' ').append(c.sqlType());
            }
            ddl.append(") ON COMMIT DROP");
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE IF EXISTS pg_temp." + quote(dbName));
                st.execute(ddl.toString());
                copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + quote(dbName) + " FROM STDIN");
            } catch (SQLException e) {
                throw new TableFormatException("cannot create the upload table: " + e.getMessage(), e);
            }
        }

        @Override
        public void acceptRow(Object[] row) throws IOException {
            if (++rows > limits.maxUploadRows()) {
                throw new LimitException(new TooLargeFault("UPLOAD " + uploadName + " has more than "
                    + limits.maxUploadRows() + " rows, the limit of this service"));
            }
            for (int i = 0; i < kinds.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                UploadColumns.appendCopy(buffer, kinds[i], i < row.length ? row[i] : null);
            }
            buffer.append('\n');
            if (buffer.length() >= COPY_CHUNK) {
                flush();
            }
        }

        @Override
        public void endRows() throws IOException {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        private void flush() throws IOException {
            if (buffer.length() == 0) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        void abort() {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the transaction is rolled back by the caller anyway
                }
            }
        }
    }

    /** Carries a limit fault through STIL, which only passes IOExceptions on. */
    private static final class LimitException extends IOException {
        private final TooLargeFault fault;

        LimitException(TooLargeFault fault) {
            super(fault.getMessage());
            this.fault = fault;
        }
    }

    /** Counts bytes against what all uploads of the request may use together. */
    private final class LimitedStream extends FilterInputStream {
        private final long[] left;

        LimitedStream(InputStream in, long[] left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws LimitException {
            left[0] -= n;
            if (left[0] < 0) {
                throw new LimitException(new TooLargeFault("uploads exceed " + limits.maxUploadBytes()
                    + " bytes, the limit of this service"));
            }
        }
    }
}
