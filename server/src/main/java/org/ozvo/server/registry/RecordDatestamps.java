package org.ozvo.server.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives records stable dates (REG-11): a record keeps its {@code created} date, and its
 * {@code updated} date moves only when the fingerprint of its content changes, so harvesters
 * re-fetch exactly the records that changed, also across restarts. A record that disappears is
 * kept as deleted. The state lives in a small properties file; if it cannot be read or written,
 * the dates fall back to this run's first sight of each record and a warning is logged.
 * Thread-safe.
 */
public final class RecordDatestamps {

    private static final Logger LOG = Logger.getLogger(RecordDatestamps.class.getName());

    private final Path stateFile;
    private final Map<String, Entry> memory = new LinkedHashMap<>();

    /** @param stateFile where the state is kept, or null to keep it in memory only */
    public RecordDatestamps(Path stateFile) {
        this.stateFile = stateFile;
    }

    /** What is remembered of one record. */
    private record Entry(Instant created, Instant updated, String fingerprint, boolean deleted) {
        String encode() {
            return created + " " + updated + " " + fingerprint + " " + deleted;
        }

        static Entry decode(String text) {
            String[] f = text.trim().split(" ");
            if (f.length != 4) {
                throw new IllegalArgumentException("bad state entry: " + text);
            }
            return new Entry(Instant.parse(f[0]), Instant.parse(f[1]), f[2], Boolean.parseBoolean(f[3]));
        }
    }

    /**
     * Brings the remembered dates up to date with the current records and returns every
     * record's state, deleted ones included.
     *
     * @param fingerprints current records: IVOID to content fingerprint
     * @param now          the time to stamp new and changed records with
     * @return IVOID to state, current records in the given order, then deleted ones
     */
    public synchronized Map<String, RecordState> update(Map<String, String> fingerprints, Instant now) {
        Map<String, Entry> known = load();
        Map<String, Entry> next = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, String> e : fingerprints.entrySet()) {
            Entry old = known.get(e.getKey());
            Entry entry;
            if (old == null) {
                entry = new Entry(now, now, e.getValue(), false);
            } else if (!old.fingerprint().equals(e.getValue()) || old.deleted()) {
                entry = new Entry(old.created(), later(old.updated(), now), e.getValue(), false);
            } else {
                entry = old;
            }
            changed |= !entry.equals(old);
            next.put(e.getKey(), entry);
        }
        for (Map.Entry<String, Entry> e : known.entrySet()) {
            if (!next.containsKey(e.getKey())) {
                Entry old = e.getValue();
                Entry entry = old.deleted() ? old : new Entry(old.created(), later(old.updated(), now), "-", true);
                changed |= !entry.equals(old);
                next.put(e.getKey(), entry);
            }
        }
        if (changed) {
            store(next);
        }
        Map<String, RecordState> states = new LinkedHashMap<>();
        next.forEach((ivoid, entry) -> states.put(ivoid, new RecordState(entry.created(), entry.updated(), entry.deleted())));
        return states;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Map<String, Entry> load() {
        Map<String, Entry> known = new LinkedHashMap<>(memory);
        if (stateFile == null || !Files.isRegularFile(stateFile)) {
            return known;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
            p.load(r);
            for (String key : p.stringPropertyNames()) {
                known.put(key, Entry.decode(p.getProperty(key)));
            }
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            LOG.log(Level.WARNING, "registry datestamps: cannot read " + stateFile + " (" + e.getMessage()
                + "); dating records from now on");
        }
        return known;
    }

    private void store(Map<String, Entry> entries) {
        memory.clear();
        memory.putAll(entries);
        if (stateFile == null) {
            return;
        }
        Properties p = new Properties();
        entries.forEach((k, v) -> p.setProperty(k, v.encode()));
        try {
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(stateFile.toAbsolutePath().getParent(), "datestamps", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "OAI-PMH datestamps of the registry records: created updated fingerprint deleted");
            }
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "registry datestamps: cannot write " + stateFile + " (" + e.getMessage()
                + "); dates will restart with the next server start");
        }
    }
}
