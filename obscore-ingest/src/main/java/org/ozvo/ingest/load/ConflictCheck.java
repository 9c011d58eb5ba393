package org.ozvo.ingest.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides, before a batch is written, which files may claim their DIDs and original copies.
 * A claim clashes with another file of the batch, or with an original file in the ledger: if
 * that file still exists the new one fails (two files cannot publish the same product, nor
 * copy their originals to the same place); if it is gone and the new file has every product
 * it had, the new file supersedes it (e.g. a release moved to another directory), otherwise
 * the new file fails rather than leave the old file's other products without their original.
 */
final class ConflictCheck {

    /**
     * A file that may be written.
     *
     * @param file       the loaded file
     * @param supersedes ledger entries (source paths) of vanished files it replaces
     */
    record Accepted(FileOutcome.Loaded file, List<String> supersedes) {
    }

    /** The outcome for a batch. */
    record Checked(List<Accepted> accepted, List<FileOutcome.Failed> failed) {
    }

    private static final String ORIGINAL_CLAIM = "its original copy ";

    private final Connection connection;
    private final Predicate<String> sourceExists;

    /** @param sourceExists whether an original file (absolute path) still exists */
    ConflictCheck(Connection connection, Predicate<String> sourceExists) {
        this.connection = connection;
        this.sourceExists = sourceExists;
    }

    ConflictCheck(Connection connection) {
        this(connection, path -> Files.exists(Path.of(path)));
    }

    Checked check(List<FileOutcome.Loaded> loaded) throws SQLException {
        List<FileOutcome.Failed> failed = new ArrayList<>();
        List<FileOutcome.Loaded> candidates = withinBatch(loaded, failed);
        Map<String, String> didOwners = owners("SELECT obs_publisher_did, source_path FROM archive.ingested_product"
            + " WHERE obs_publisher_did = ANY(?)", candidates.stream().flatMap(l -> dids(l).stream()).toList());
        Map<String, String> originalOwners = owners("SELECT original_path, source_path FROM archive.ingested_file"
            + " WHERE original_path = ANY(?) AND original_copied", candidates.stream()
            .filter(l -> l.entry().originalCopied()).map(l -> l.entry().originalPath()).toList());
        Map<String, Set<String>> goneFilesProducts = productsOfGoneFiles(candidates, didOwners, originalOwners);
        connection.commit();

        List<Accepted> accepted = new ArrayList<>();
        for (FileOutcome.Loaded file : candidates) {
            String self = file.entry().sourcePath();
            Set<String> dids = dids(file);
            Map<String, String> claims = new HashMap<>();   // other owner -> what this file claims of it
            for (String did : dids) {
                claims.putIfAbsent(didOwners.getOrDefault(did, self), did);
            }
            if (file.entry().originalCopied()) {
                claims.putIfAbsent(originalOwners.getOrDefault(file.entry().originalPath(), self),
                    ORIGINAL_CLAIM + file.entry().originalPath());
            }
            claims.remove(self);
            String clash = null;
            List<String> supersedes = new ArrayList<>();
            for (Map.Entry<String, String> claim : claims.entrySet()) {
                String owner = claim.getKey();
                Set<String> ownerProducts = goneFilesProducts.get(owner);
                if (ownerProducts == null) {
                    clash = claim.getValue() + (claim.getValue().startsWith(ORIGINAL_CLAIM)
                        ? " is the copy of " + owner + " (same name in the same collection; rename one or load"
                            + " with --originals reference)"
                        : " is already published from " + owner);
                } else if (!dids.containsAll(ownerProducts)) {
                    Set<String> missing = new LinkedHashSet<>(ownerProducts);
                    missing.removeAll(dids);
                    clash = claim.getValue() + " belongs to " + owner + ", which no longer exists but also had "
                        + missing.size() + " products this file does not have (e.g. " + missing.iterator().next()
                        + "); delete them or restore that file";
                } else {
                    supersedes.add(owner);
                    continue;
                }
                break;
            }
            if (clash == null) {
                accepted.add(new Accepted(file, supersedes));
            } else {
                failed.add(new FileOutcome.Failed(file.path(), clash));
            }
        }
        return new Checked(accepted, failed);
    }

    /** The first file of the batch to claim a DID or an original copy keeps it. */
    private static List<FileOutcome.Loaded> withinBatch(List<FileOutcome.Loaded> loaded, List<FileOutcome.Failed> failed) {
        Map<String, Path> claimed = new HashMap<>();
        List<FileOutcome.Loaded> candidates = new ArrayList<>();
        for (FileOutcome.Loaded file : loaded) {
            List<String> keys = new ArrayList<>(dids(file));
            if (file.entry().originalCopied()) {
                keys.add(ORIGINAL_CLAIM + file.entry().originalPath());
            }
            String clash = keys.stream().filter(claimed::containsKey).findFirst()
                .map(k -> k + " is also produced by " + claimed.get(k)).orElse(null);
            if (clash == null) {
                keys.forEach(k -> claimed.put(k, file.path()));
                candidates.add(file);
            } else {
                failed.add(new FileOutcome.Failed(file.path(), clash));
            }
        }
        return candidates;
    }

    /** DIDs of the ledger entries of vanished files that the candidates clash with. */
    private Map<String, Set<String>> productsOfGoneFiles(List<FileOutcome.Loaded> candidates,
                                                        Map<String, String> didOwners,
                                                        Map<String, String> originalOwners) throws SQLException {
        Set<String> selves = new HashSet<>();
        candidates.forEach(l -> selves.add(l.entry().sourcePath()));
        Set<String> gone = new HashSet<>();
        for (String owner : union(didOwners.values(), originalOwners.values())) {
            if (!selves.contains(owner) && !sourceExists.test(owner)) {
                gone.add(owner);
            }
        }
        Map<String, Set<String>> products = new HashMap<>();
        gone.forEach(owner -> products.put(owner, new HashSet<>()));
        if (gone.isEmpty()) {
            return products;
        }
        Array array = connection.createArrayOf("text", gone.toArray());
        try (PreparedStatement ps = connection.prepareStatement("SELECT source_path, obs_publisher_did"
                + " FROM archive.ingested_product WHERE source_path = ANY(?)")) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        } finally {
            array.free();
        }
        return products;
    }

    private Map<String, String> owners(String sql, List<String> keys) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        if (keys.isEmpty()) {
            return owners;
        }
        Array array = connection.createArrayOf("text", keys.toArray());
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getString(2));
                }
            }
        } finally {
            array.free();
        }
        return owners;
    }

    private static Set<String> dids(FileOutcome.Loaded file) {
        Set<String> dids = new LinkedHashSet<>();
        file.products().forEach(p -> dids.add(p.record().publisherDid()));
        return dids;
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
