package org.ozvo.loaders.obscore;

/** The {@code dataproduct_subtype} values this archive uses (see ObsCoreColumn). */
public final class Subtypes {

    /** A coadd of all epochs of a target (OzDES). */
    public static final String COMBINED = "combined";
    /** One exposure or epoch that also exists combined (OzDES). */
    public static final String EPOCH = "epoch";
    /** One observation of a target, not a coadd over epochs (2dFGRS, GAMA, WiggleZ). */
    public static final String SINGLE = "single";
    /** One spectrograph arm or grating (6dFGS V and R). */
    public static final String ARM = "arm";
    /** Arms joined into one spectrum (6dFGS VR). */
    public static final String SPLICED = "spliced";
    /** A small image around the target (6dFGS SuperCOSMOS and 2MASS stamps). */
    public static final String THUMBNAIL = "thumbnail";

    private Subtypes() {
    }
}
