package org.ozvo.loaders.sixdfgs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The V, R and VR spectra of one observation of a combined file.
 *
 * @param number 1-based position of the observation in the file
 */
record SixDfgsObservation(int number, SixDfgsArm v, SixDfgsArm r, SixDfgsArm vr) {

    /**
     * The spectra worth publishing. When only one grating was observed, the release fills the
     * other grating's HDU and the VR HDU with copies of the one that exists (WFAU 6dFGS FITS
     * page); publishing the copies would duplicate data under wrong band names, so only the
     * real arm is kept: the one whose header carries its own band's observation id.
     */
    List<SixDfgsArm> published() {
        if (!Arrays.equals(v.spectrum().flux(), r.spectrum().flux())) {
            return List.of(v, r, vr);
        }
        List<SixDfgsArm> out = new ArrayList<>();
        if (v.header().has("OBSID_V")) {
            out.add(v);
        } else if (r.header().has("OBSID_R")) {
            out.add(r);
        }
        return out;
    }
}
