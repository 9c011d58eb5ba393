package org.ozvo.loaders.model;

/** Whether wavelengths are measured in air or in vacuum. */
public enum Medium {
    /** Air wavelengths: FITS {@code CTYPE1='AWAV'}. */
    AIR("AWAV"),
    /** Vacuum wavelengths: FITS {@code CTYPE1='WAVE'}. */
    VACUUM("WAVE");

    private final String fitsCtype;

    Medium(String fitsCtype) {
        this.fitsCtype = fitsCtype;
    }

    /** The FITS WCS spectral type code for a linear wavelength axis in this medium. */
    public String fitsCtype() {
        return fitsCtype;
    }
}
