package org.ozvo.loaders.sixdfgs;

import java.util.Locale;
import java.util.Optional;

/**
 * The five thumbnails of a combined 6dFGS file: SuperCOSMOS scans of UK Schmidt plates and
 * 2MASS Atlas cutouts. Band limits are the usual half-power ranges: IIIaJ emulsion behind GG395
 * for bJ, IIIaF behind OG590 for rF, and the 2MASS J, H, Ks filters.
 */
enum ThumbnailBand {
    BJ("bJ", "SSS BJ IMAGE", 395e-9, 540e-9, true),
    RF("rF", "SSS RF IMAGE", 590e-9, 690e-9, true),
    J("J", "2MASS J IMAGE", 1.11e-6, 1.36e-6, false),
    H("H", "2MASS H IMAGE", 1.50e-6, 1.80e-6, false),
    KS("Ks", "2MASS K IMAGE", 1.99e-6, 2.31e-6, false);

    /** 2MASS Atlas images coadd six 1.3 s frames (Skrutskie et al. 2006). */
    static final double TWOMASS_EXPOSURE_S = 7.8;

    private final String label;
    private final String extName;
    private final double emMin;
    private final double emMax;
    private final boolean plate;

    ThumbnailBand(String label, String extName, double emMin, double emMax, boolean plate) {
        this.label = label;
        this.extName = extName;
        this.emMin = emMin;
        this.emMax = emMax;
        this.plate = plate;
    }

    /** Band name as published ({@code band_name}). */
    String label() {
        return label;
    }

    /** Shortest wavelength of the band, metres. */
    double emMin() {
        return emMin;
    }

    double emMax() {
        return emMax;
    }

    /** True for SuperCOSMOS scans of Schmidt plates, false for 2MASS. */
    boolean isPlate() {
        return plate;
    }

    static Optional<ThumbnailBand> ofExtName(String extName) {
        String e = extName.trim().toUpperCase(Locale.ROOT);
        for (ThumbnailBand b : values()) {
            if (b.extName.equals(e)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
