package org.ozvo.ingest.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Reads {@code archive.ingested_file}: what was loaded from which original file. */
final class IngestLedger {

    private IngestLedger() {
    }

    /** The entries of the given source paths that exist, by path. One query. */
    static Map<String, LedgerEntry> lookup(Connection connection, Collection<String> sourcePaths) throws SQLException {
        Map<String, LedgerEntry> found = new HashMap<>();
        if (sourcePaths.isEmpty()) {
            return found;
        }
        Array paths = connection.createArrayOf("text", sourcePaths.toArray());
        try (PreparedStatement ps = connection.prepareStatement("SELECT source_path, size_bytes, mtime_micros,"
                + " sha256, loader_id, load_options, original_path, original_copied"
                + " FROM archive.ingested_file WHERE source_path = ANY(?)")) {
            ps.setArray(1, paths);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LedgerEntry e = new LedgerEntry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));
                    found.put(e.sourcePath(), e);
                }
            }
        } finally {
            paths.free();
        }
        return found;
    }
}
