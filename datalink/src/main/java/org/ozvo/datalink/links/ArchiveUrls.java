package org.ozvo.datalink.links;

import org.ozvo.schema.archive.ArchiveLayout;

/**
 * The public URLs of the spectrum services, all derived from {@link ArchiveLayout}'s base URL:
 * {links} at {@code /datalink/links}, the spectrum service (slink) at {@code /slink} (VOTable
 * by default, {@code RESPONSEFORMAT=fits} for the simplified FITS, the product URL of
 * ArchiveLayout), originals at {@code /slink/original} and preview plots at
 * {@code /slink/preview}. Immutable.
 *
 * @param layout the archive layout
 */
public record ArchiveUrls(ArchiveLayout layout) {

    /** The {links} endpoint, without parameters. */
    public String links() {
        return layout.baseUrl() + "/datalink/links";
    }

    /** The spectrum (slink/SODA) endpoint, without parameters. */
    public String slink() {
        return layout.baseUrl() + "/slink";
    }

    /** The simplified FITS of a product. */
    public String productFits(String did) {
        return layout.productUrl(did);
    }

    /** The spectrum as a VOTable. */
    public String productVotable(String did) {
        return slink() + "?ID=" + ArchiveLayout.encode(did);
    }

    /** The original file, as ArchiveLayout publishes it. */
    public String original(String did) {
        return layout.originalUrl(did);
    }

    /** The preview plot (PNG). */
    public String preview(String did) {
        return slink() + "/preview?ID=" + ArchiveLayout.encode(did);
    }
}
