package org.ozvo.server.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.server.app.ServerSettings;
import org.ozvo.server.vosi.ServiceCatalog;

/**
 * The registry as served: records from {@link RegistryRecords}, dated by
 * {@link RecordDatestamps} kept in {@code <VO_DATA_DIR>/registry/datestamps.properties}, and
 * the {@link OaiPmh} responder over them. Records depend only on configuration read at
 * startup, so they are built once, when the application starts (a bad registry setting is
 * logged then, naming the variable) or on first use.
 */
@ApplicationScoped
public class RegistryContent {

    private static final Logger LOG = Logger.getLogger(RegistryContent.class.getName());

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServerSettings settings;

    private OaiPmh oai;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            oai();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "registry: cannot build the records: " + e.getMessage()
                + "; /oai answers with errors until the setting is fixed and the server restarted", e);
        }
    }

    /**
     * The OAI-PMH responder.
     *
     * @throws IllegalStateException if a registry setting (VO_CONTACT_EMAIL, VO_OAI_PAGE_SIZE, ...) is invalid
     */
    public synchronized OaiPmh oai() {
        if (oai == null) {
            RegistryIdentity identity = RegistryIdentity.from(System::getenv, settings.layout().authority(),
                settings.layout().baseUrl());
            List<ResourceRecord> records = RegistryRecords.build(catalog.services(), settings.layout(), identity);
            RecordDatestamps datestamps = new RecordDatestamps(
                settings.layout().dataDir().resolve("registry").resolve("datestamps.properties"));
            oai = responder(settings.layout().baseUrl() + "/oai", identity, records, datestamps, Instant.now());
        }
        return oai;
    }

    /** Dates the records and builds the responder; separate from CDI for tests. */
    static OaiPmh responder(String oaiUrl, RegistryIdentity identity, List<ResourceRecord> records,
                            RecordDatestamps datestamps, Instant now) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        Map<String, ResourceRecord> byIvoid = new LinkedHashMap<>();
        for (ResourceRecord r : records) {
            fingerprints.put(r.ivoid(), fingerprint(r, identity));
            byIvoid.put(r.ivoid(), r);
        }
        Map<String, RecordState> states = datestamps.update(fingerprints, now);
        List<PublishedRecord> published = new ArrayList<>();
        PublishedRecord self = null;
        for (Map.Entry<String, RecordState> e : states.entrySet()) {
            PublishedRecord p = new PublishedRecord(e.getKey(), byIvoid.get(e.getKey()), e.getValue());
            published.add(p);
            if (p.record() != null && p.record().kind() == ResourceRecord.Kind.REGISTRY) {
                self = p;
            }
        }
        return new OaiPmh(oaiUrl, identity, published, self);
    }

    /** Hash of the record's document with fixed dates: changes exactly when the content does. */
    static String fingerprint(ResourceRecord r, RegistryIdentity identity) {
        String xml = VoResourceWriter.document(r, new RecordState(Instant.EPOCH, Instant.EPOCH, false), identity);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
