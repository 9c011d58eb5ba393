package org.ozvo.loaders.fits;

/** Name and version of this software, as written into the HISTORY of generated files. */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    /** E.g. {@code ozvo format-loaders 0.1.0-SNAPSHOT}; the version comes from the jar manifest when packaged. */
    public static String describe() {
        String v = SoftwareVersion.class.getPackage().getImplementationVersion();
        return "ozvo format-loaders " + (v == null ? "0.1.0-SNAPSHOT" : v);
    }
}
