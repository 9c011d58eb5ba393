package org.ozvo.server.registry;

import java.util.ArrayList;
import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.tap.SchemaDesc;
import org.ozvo.schema.tap.TapSchemaContent;
import org.ozvo.server.vosi.ServiceCatalog;
import org.ozvo.server.vosi.ServiceRegistration;
import org.ozvo.server.vosi.StandardCapabilities;
import org.ozvo.server.vosi.VoServiceDescription;

/**
 * Assembles every record the registry publishes (REG-1, REG-10): one per service (capabilities
 * from the same {@link ServiceCatalog} as the VOSI endpoints), the archive's data collection
 * (the resource part of every publisher DID, {@link ArchiveLayout#archiveIvoid()}), the
 * registry itself and the naming authority.
 */
public final class RegistryRecords {

    /** Path of the registry's own record below the authority. */
    public static final String REGISTRY_KEY = "registry";

    private RegistryRecords() {
    }

    /**
     * Builds the records, services first in root order, then archive, registry, authority.
     *
     * @param services the service descriptions
     * @param layout   base URL and authority
     * @param identity publisher and contact
     */
    public static List<ResourceRecord> build(List<VoServiceDescription> services, ArchiveLayout layout,
                                             RegistryIdentity identity) {
        String archiveIvoid = layout.archiveIvoid();
        String archiveTitle = identity.publisher() + ": survey spectra and images";
        List<ResourceRecord> records = new ArrayList<>();
        List<ResourceRecord.Relationship> servedBy = new ArrayList<>();
        for (VoServiceDescription s : services) {
            ServiceRegistration reg = s.registration();
            ResourceRecord r = new ResourceRecord(identity.ivoid(reg.resourceKey()), kind(reg.type()), reg.title(),
                reg.shortName(), reg.description(), reg.subjects(), List.of(),
                ServiceCatalog.capabilities(s, layout), reg.tableset(), reg.waveband(),
                List.of(new ResourceRecord.Relationship("IsServiceFor", archiveIvoid, archiveTitle)));
            records.add(r);
            servedBy.add(new ResourceRecord.Relationship("IsServedBy", r.ivoid(), r.title()));
        }
        records.add(archive(archiveIvoid, archiveTitle, servedBy));
        records.add(registry(layout, identity));
        records.add(authority(identity));
        return List.copyOf(records);
    }

    private static ResourceRecord.Kind kind(ServiceRegistration.ResourceType type) {
        return type == ServiceRegistration.ResourceType.CATALOG_SERVICE
            ? ResourceRecord.Kind.CATALOG_SERVICE : ResourceRecord.Kind.DATA_SERVICE;
    }

    private static ResourceRecord archive(String ivoid, String title, List<ResourceRecord.Relationship> servedBy) {
        SchemaDesc ivoa = TapSchemaContent.schemas().stream()
            .filter(s -> s.tables().contains(TapSchemaContent.obscore())).findFirst().orElseThrow();
        return new ResourceRecord(ivoid, ResourceRecord.Kind.CATALOG_RESOURCE, title, "OzVO archive",
            "Spectra of the Australian redshift surveys (2dFGRS, 6dFGS, GAMA, OzDES, WiggleZ), each as the survey "
                + "distributed it and as a simplified 1D FITS spectrum, and the SuperCOSMOS and 2MASS image "
                + "thumbnails of the 6dF Galaxy Survey targets, described in one ObsCore table. Every dataset's "
                + "publisher DID starts with this record's identifier.",
            List.of("Redshift surveys", "Spectroscopy", "Galaxies", "Sky surveys"), List.of("Archive", "Survey"),
            List.of(), List.of(new SchemaDesc(ivoa.schemaName(), ivoa.description(), ivoa.utype(),
                List.of(TapSchemaContent.obscore()))),
            List.of("Optical", "Infrared"), servedBy);
    }

    private static ResourceRecord registry(ArchiveLayout layout, RegistryIdentity identity) {
        return new ResourceRecord(identity.ivoid(REGISTRY_KEY), ResourceRecord.Kind.REGISTRY,
            identity.publisher() + " publishing registry", "OzVO registry",
            "The OAI-PMH publishing registry of " + identity.publisher() + ": the records of its services, its "
                + "data collection and its naming authority " + identity.authorityIvoid() + ".",
            List.of("Virtual observatories"), List.of("Registry"),
            List.of(StandardCapabilities.harvest(layout.baseUrl() + "/oai", identity.pageSize())),
            List.of(), List.of(), List.of());
    }

    private static ResourceRecord authority(RegistryIdentity identity) {
        return new ResourceRecord(identity.authorityIvoid(), ResourceRecord.Kind.AUTHORITY,
            identity.publisher() + " naming authority", "OzVO authority",
            "The IVOA naming authority " + identity.authorityIvoid() + ", under which " + identity.publisher()
                + " identifies its services and datasets.",
            List.of("Virtual observatories"), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
