package org.ozvo.datalink.links;

import java.util.List;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * The service descriptors this archive publishes: the {links} service (for discovery
 * responses, bound to the publisher DID column) and the per-spectrum cut-out of the spectrum
 * service, which follows SODA 1.0 sync for ID and BAND. Stateless.
 */
public final class Descriptors {

    /** standardID of SODA sync. */
    public static final String SODA_SYNC = "ivo://ivoa.net/std/SODA#sync-1.0";

    private Descriptors() {
    }

    /**
     * The {links} descriptor for a discovery response (DataLink 1.1 section 4.5): its ID
     * parameter takes its value from the FIELD whose XML ID is {@code didFieldId}.
     */
    public static ServiceDescriptor links(ArchiveUrls urls, String didFieldId) {
        return new ServiceDescriptor("datalink", "links", "DataLink links of each dataset: the spectrum as FITS and"
            + " VOTable, the original file, a preview plot and a cut-out service", LinkTable.STANDARD_ID,
            urls.links(), ArchiveLayout.DATALINK_MIME,
            List.of(DescriptorParam.fromColumn("ID", "meta.id;meta.main", didFieldId, "Publisher DID of the dataset")));
    }

    /**
     * The cut-out service of one spectrum (SODA 1.0 section 4.2 style): ID fixed, BAND with
     * the spectrum's coverage as MIN/MAX, and the response formats.
     *
     * @param xmlId XML ID of the RESOURCE, unique in the document
     */
    public static ServiceDescriptor cutout(ArchiveUrls urls, ProductInfo p, String xmlId) {
        DescriptorParam band = new DescriptorParam("BAND", "double", "2", "interval", "m", "em.wl;stat.interval", "",
            null, p.emMin() == null ? null : Double.toString(p.emMin()),
            p.emMax() == null ? null : Double.toString(p.emMax()), List.of(),
            "Wavelength range to keep, 'lo hi' in metres of vacuum wavelength (-Inf/+Inf for open ends)");
        DescriptorParam format = new DescriptorParam("RESPONSEFORMAT", "char", "*", null, null, "meta.code.mime", "",
            null, null, null, List.of("application/x-votable+xml", "application/fits"),
            "Format of the cut-out: VOTable (default) or the simplified 1D FITS");
        // RESOURCE names must be unique in a document (votlint), so the name repeats the XML ID.
        return new ServiceDescriptor(xmlId, xmlId, "Spectral cut-out of " + p.label() + " (SODA sync: BAND in"
            + " metres)", SODA_SYNC, urls.slink(), null,
            List.of(DescriptorParam.fixed("ID", "meta.ref.url;meta.curation", p.publisherDid(),
                "Publisher DID of the spectrum"), band, format));
    }
}
