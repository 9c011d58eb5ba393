package org.ozvo.loaders.sixdfgs;

import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.model.RawSpectrum;

/**
 * One 6dFGS spectrum as read.
 *
 * @param hdu      index in the file
 * @param band     V, R or VR
 * @param header   its keywords (VR carries no date or exposure keywords of its own)
 * @param spectrum flux and variance (NaN = bad)
 */
record SixDfgsArm(int hdu, SixDfgsBand band, Keywords header, RawSpectrum spectrum) {
}
