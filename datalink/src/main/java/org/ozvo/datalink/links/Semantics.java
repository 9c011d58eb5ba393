package org.ozvo.datalink.links;

/**
 * Terms of the DataLink core vocabulary (http://www.ivoa.net/rdf/datalink/core) used here,
 * written relative as {@code #term} as DataLink 1.1 section 3.2.6 asks.
 */
public final class Semantics {

    /** The dataset itself. */
    public static final String THIS = "#this";
    /** The data the dataset was made from: the survey's original file. */
    public static final String PROGENITOR = "#progenitor";
    /** A plot of the spectrum (narrower than {@code #preview}). */
    public static final String PREVIEW_PLOT = "#preview-plot";
    /** A preview of an image (narrower than {@code #preview}). */
    public static final String PREVIEW_IMAGE = "#preview-image";
    /** A cut-out service on the dataset (narrower than {@code #proc}). */
    public static final String CUTOUT = "#cutout";

    private Semantics() {
    }
}
