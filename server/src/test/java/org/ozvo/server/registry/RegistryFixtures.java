package org.ozvo.server.registry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.server.sia.Sia2Description;
import org.ozvo.server.ssa.SsaDescription;
import org.ozvo.server.tap.TapService;
import org.ozvo.server.vosi.DataLinkDescription;
import org.ozvo.server.vosi.SlinkDescription;
import org.ozvo.server.vosi.TapDescription;
import org.ozvo.server.vosi.VoServiceDescription;

/** Records and responders for the registry unit tests, without a server. */
final class RegistryFixtures {

    static final ArchiveLayout LAYOUT = new ArchiveLayout("ivo://test.ozvo.org", "http://example.org:8093/vo",
        Path.of("/tmp/vo-test"));
    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private RegistryFixtures() {
    }

    static List<VoServiceDescription> services() {
        return List.of(new DataLinkDescription(), new Sia2Description(), new SlinkDescription(), new SsaDescription(),
            new TapDescription(new TapService()));
    }

    static RegistryIdentity identity(int pageSize) {
        return new RegistryIdentity("test.ozvo.org", "Test & Co", "Archive team", "team@test.ozvo.org",
            "http://example.org:8093/vo", pageSize);
    }

    static List<ResourceRecord> records(RegistryIdentity identity) {
        return RegistryRecords.build(services(), LAYOUT, identity);
    }

    static OaiPmh responder(int pageSize) {
        RegistryIdentity id = identity(pageSize);
        return RegistryContent.responder("http://example.org:8093/vo/oai", id, records(id), new RecordDatestamps(null), T0);
    }
}
