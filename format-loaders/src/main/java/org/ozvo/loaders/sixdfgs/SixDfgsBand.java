package org.ozvo.loaders.sixdfgs;

import java.util.Optional;

/** The three 6dFGS spectra of an observation. */
enum SixDfgsBand {
    /** The blue V grating (600V). */
    V("SPECTRUM V"),
    /** The red R grating (316R). */
    R("SPECTRUM R"),
    /** V and R spliced. */
    VR("SPECTRUM VR");

    private final String extName;

    SixDfgsBand(String extName) {
        this.extName = extName;
    }

    String extName() {
        return extName;
    }

    static Optional<SixDfgsBand> ofExtName(String extName) {
        for (SixDfgsBand b : values()) {
            if (b.extName.equalsIgnoreCase(extName.trim())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
