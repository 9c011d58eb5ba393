package org.ozvo.datalink.links;

import java.util.Objects;

/**
 * What the DataLink and spectrum services need to know about one product, read from its
 * ObsCore row.
 *
 * @param publisherDid   obs_publisher_did
 * @param collection     obs_collection
 * @param obsId          obs_id
 * @param productPath    simplified product, relative to the data directory (internal column); null
 *                       when the row has no product file (e.g. synthetic benchmark rows)
 * @param originalPath   original file, relative to the data directory or absolute; may be null
 * @param fullDataUrl    URL of the original file as published, or null
 * @param fullDataFormat MIME type of the original file, or null
 * @param emMin          shortest wavelength in metres (vacuum), or null
 * @param emMax          longest wavelength in metres (vacuum), or null
 * @param title          obs_title, or null
 */
public record ProductInfo(String publisherDid, String collection, String obsId, String productPath,
                          String originalPath, String fullDataUrl, String fullDataFormat, Double emMin, Double emMax,
                          String title) {

    public ProductInfo {
        Objects.requireNonNull(publisherDid, "publisherDid");
    }

    /** A label for file names and plot titles: the title, or collection and obs_id. */
    public String label() {
        return title != null && !title.isBlank() ? title : collection + " " + obsId;
    }
}
