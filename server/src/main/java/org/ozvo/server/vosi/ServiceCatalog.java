package org.ozvo.server.vosi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.server.app.ServerSettings;

/**
 * The one place capabilities come from: every {@link VoServiceDescription} bean, each with the
 * VOSI capabilities of its root added. The {@code <root>/capabilities} endpoints and the
 * registry records both read this.
 */
@ApplicationScoped
public class ServiceCatalog {

    @Inject
    @Any
    Instance<VoServiceDescription> descriptions;

    @Inject
    ServerSettings settings;

    /** All services, ordered by root. */
    public List<VoServiceDescription> services() {
        List<VoServiceDescription> all = new ArrayList<>();
        descriptions.forEach(all::add);
        all.sort(Comparator.comparing(VoServiceDescription::root));
        return all;
    }

    /** The service with the given root, if there is one. */
    public Optional<VoServiceDescription> service(String root) {
        return services().stream().filter(s -> s.root().equals(root)).findFirst();
    }

    /** Public base URL of the VO services, without trailing slash. */
    public String baseUrl() {
        return settings.layout().baseUrl();
    }

    /** The archive layout: base URL and authority. */
    public ArchiveLayout layout() {
        return settings.layout();
    }

    /** Every capability of a service, its VOSI ones included. */
    public List<Capability> capabilities(VoServiceDescription service) {
        return capabilities(service, layout());
    }

    /** Every capability of a service for the given layout, its VOSI ones included. */
    public static List<Capability> capabilities(VoServiceDescription service, ArchiveLayout layout) {
        List<Capability> caps = new ArrayList<>(service.capabilities(layout));
        caps.addAll(StandardCapabilities.vosi(layout.baseUrl() + "/" + service.root(), service.hasTables()));
        return List.copyOf(caps);
    }
}
