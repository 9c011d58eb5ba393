package org.ozvo.ingest.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.ozvo.ingest.db.CopyIn;
import org.ozvo.ingest.db.CopyRowWriter;
import org.ozvo.ingest.db.ObsCoreCopyFormat;

/**
 * Streams generated rows into {@code ivoa.obscore} with COPY (no staging, no upsert: synth
 * rows are always new), committing every chunk, or into a file in COPY text format. Each
 * stream holds one row at a time.
 */
public final class SynthWriter {

    private final SynthRowGenerator generator;
    private final int chunkRows;

    public SynthWriter(SynthRowGenerator generator, int chunkRows) {
        this.generator = generator;
        this.chunkRows = chunkRows;
    }

    /** The first free row number of a collection: after the largest synth obs_id in it. */
    public static long nextIndex(Connection c, String collection) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(obs_id) FROM ivoa.obscore"
                + " WHERE obs_collection = ? AND obs_id ~ '^S[0-9]{9}$'")) {
            ps.setString(1, collection);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String max = rs.getString(1);
                return max == null ? 0 : Long.parseLong(max.substring(1)) + 1;
            }
        }
    }

    /**
     * COPYs rows {@code first .. first + count - 1} into the table over several connections at
     * once (PostgreSQL spends most of the time in index maintenance, one core per connection).
     * Chunks are handed out in order and each is committed on its own.
     *
     * @param connections parallel COPY streams
     * @param progress    receives the number of rows committed so far after each chunk
     */
    public void toDatabase(DataSource owner, long first, long count, int connections, LongConsumer progress)
            throws SQLException, IOException, InterruptedException {
        AtomicLong nextChunk = new AtomicLong();
        AtomicLong committed = new AtomicLong();
        long chunks = (count + chunkRows - 1) / chunkRows;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Void>> streams = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            streams.add(pool.submit(() -> {
                try (Connection c = owner.getConnection()) {
                    c.setAutoCommit(false);
                    String sql = "COPY ivoa.obscore (" + ObsCoreCopyFormat.columnList() + ") FROM STDIN";
                    for (long k = nextChunk.getAndIncrement(); k < chunks; k = nextChunk.getAndIncrement()) {
                        long start = k * chunkRows;
                        long n = Math.min(chunkRows, count - start);
                        CopyIn.run(c, sql, out -> writeRows(out, first + start, n));
                        c.commit();
                        progress.accept(committed.addAndGet(n));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        try {
            for (Future<Void> stream : streams) {
                stream.get();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * COPYs rows {@code first .. first + count - 1} in one transaction on one connection, with
     * the table's non-unique secondary indexes dropped before and rebuilt after (exactly as
     * they were: their definitions are read from the catalogue before they are dropped), then
     * ANALYZE. Building an index once over all rows is much cheaper than maintaining it row by
     * row, so this pays when the rows added are many compared with those already there. The
     * primary key and any unique or constraint index stay (duplicates are still refused). A
     * failure anywhere rolls everything back: the table, its rows and its indexes are as they
     * were. Readers of the table wait for the whole run (DROP INDEX takes an exclusive lock).
     *
     * @param progress receives the number of rows COPYed so far after each chunk (they become
     *                 visible only at the end)
     * @return the names of the indexes rebuilt
     */
    public List<String> toDatabaseRebuildingIndexes(DataSource owner, long first, long count, LongConsumer progress)
            throws SQLException, IOException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    st.execute("LOCK TABLE ivoa.obscore IN ACCESS EXCLUSIVE MODE");
                    // More memory for the index builds (sorts, GiST buffering); this transaction only.
                    st.execute("SET LOCAL maintenance_work_mem = '256MB'");
                }
                Map<String, String> indexes = secondaryIndexes(c);
                try (Statement st = c.createStatement()) {
                    for (String name : indexes.keySet()) {
                        st.execute("DROP INDEX ivoa." + quote(name));
                    }
                }
                String sql = "COPY ivoa.obscore (" + ObsCoreCopyFormat.columnList() + ") FROM STDIN";
                for (long start = 0; start < count; start += chunkRows) {
                    long n = Math.min(chunkRows, count - start);
                    long from = first + start;
                    CopyIn.run(c, sql, out -> writeRows(out, from, n));
                    progress.accept(start + n);
                }
                try (Statement st = c.createStatement()) {
                    for (String definition : indexes.values()) {
                        st.execute(definition);
                    }
                    st.execute("ANALYZE ivoa.obscore");
                }
                c.commit();
                return List.copyOf(indexes.keySet());
            } catch (SQLException | IOException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        }
    }

    /**
     * Name and {@code CREATE INDEX} statement of every valid index of {@code ivoa.obscore} that
     * is neither unique nor the primary key nor backs a constraint, in name order.
     */
    public static Map<String, String> secondaryIndexes(Connection c) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ci.relname, pg_get_indexdef(x.indexrelid)"
                 + " FROM pg_index x JOIN pg_class ci ON ci.oid = x.indexrelid"
                 + " WHERE x.indrelid = 'ivoa.obscore'::regclass AND NOT x.indisunique AND NOT x.indisprimary"
                 + " AND NOT x.indisexclusion AND x.indisvalid AND x.indisready"
                 + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
                 + " ORDER BY ci.relname")) {
            while (rs.next()) {
                found.put(rs.getString(1), rs.getString(2));
            }
        }
        return found;
    }

    /** Estimated rows in {@code ivoa.obscore}, from the planner statistics (cheap, approximate). */
    public static long estimatedRows(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT reltuples::bigint, pg_relation_size(oid)"
                 + " FROM pg_class WHERE oid = 'ivoa.obscore'::regclass")) {
            rs.next();
            long tuples = rs.getLong(1);
            // never analysed: about 1.4 kB per row on disk
            return tuples >= 0 ? tuples : rs.getLong(2) / 1400;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Writes rows {@code first .. first + count - 1} as COPY text to a stream, which is closed. */
    public void toStream(OutputStream stream, long first, long count) throws IOException {
        try (CopyRowWriter out = new CopyRowWriter(stream)) {
            writeRows(out, first, count);
        }
    }

    private void writeRows(CopyRowWriter out, long first, long count) throws IOException {
        for (long i = first; i < first + count; i++) {
            ObsCoreCopyFormat.write(generator.row(i), out);
        }
    }
}
