package org.ozvo.datalink.links;

import java.util.ArrayList;
import java.util.List;
import org.ozvo.dali.fault.NotFoundFault;

/**
 * The link rows of one identifier. For a known spectrum: {@code #this} twice (the simplified
 * FITS first, so clients that follow the first {@code #this} get FITS; then the VOTable
 * rendition), {@code #progenitor} (the survey's original file), {@code #preview-plot} (PNG)
 * and {@code #cutout} pointing at the spectrum's SODA descriptor. Images (thumbnails) get the
 * FITS, the original and the preview only. For an unknown identifier one
 * {@code NotFoundFault} row, so a batch never fails as a whole. Immutable and thread-safe.
 */
public final class LinkFactory {

    /** MIME type of the simplified product. */
    public static final String FITS_MIME = "application/fits";
    /** MIME type of the VOTable rendition. */
    public static final String VOTABLE_MIME = "application/x-votable+xml";
    /** MIME type of preview plots. */
    public static final String PNG_MIME = "image/png";

    private final ArchiveUrls urls;
    private final ProductFiles files;

    public LinkFactory(ArchiveUrls urls, ProductFiles files) {
        this.urls = urls;
        this.files = files;
    }

    /**
     * Rows for an identifier the archive holds.
     *
     * @param id           the identifier exactly as the client sent it
     * @param p            the product
     * @param spectrum     true for a 1D spectrum, false for an image
     * @param descriptorId XML ID of the product's cut-out descriptor in the same document (spectra)
     */
    public List<LinkRow> rows(String id, ProductInfo p, boolean spectrum, String descriptorId) {
        List<LinkRow> rows = new ArrayList<>(5);
        String did = p.publisherDid();
        rows.add(LinkRow.link(id, Semantics.THIS, urls.productFits(did), FITS_MIME, ProductFiles.size(files.product(p)),
            spectrum ? "Spectrum as simplified 1D FITS (flux in the primary HDU, linear wavelength WCS in Angstrom)"
                : "Image as FITS with celestial WCS"));
        if (spectrum) {
            rows.add(LinkRow.link(id, Semantics.THIS, urls.productVotable(did), VOTABLE_MIME, null,
                "Spectrum as VOTable (wavelength, flux and error columns with Spectrum DM utypes)"));
        }
        String originalUrl = p.fullDataUrl() != null ? p.fullDataUrl() : p.originalPath() != null ? urls.original(did) : null;
        if (originalUrl != null) {
            rows.add(LinkRow.link(id, Semantics.PROGENITOR, originalUrl,
                p.fullDataFormat() == null ? FITS_MIME : p.fullDataFormat(), ProductFiles.size(files.original(p)),
                "Original file as distributed by the survey"));
        }
        rows.add(LinkRow.link(id, spectrum ? Semantics.PREVIEW_PLOT : Semantics.PREVIEW_IMAGE, urls.preview(did),
            PNG_MIME, ProductFiles.size(files.preview(p)), spectrum ? "Plot of the spectrum (PNG)" : "Image preview (PNG)"));
        if (spectrum) {
            rows.add(LinkRow.service(id, Semantics.CUTOUT, descriptorId, null,
                "Cut the spectrum to a wavelength range (BAND in metres), as VOTable or FITS"));
        }
        return rows;
    }

    /** The row for an identifier the archive does not hold. */
    public static LinkRow unknown(String id) {
        return LinkRow.error(id, Semantics.THIS, new NotFoundFault("no dataset with ID " + id).prefixedMessage());
    }
}
