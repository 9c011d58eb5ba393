package org.ozvo.loaders.ozdes;

import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.model.RawSpectrum;

/**
 * One exposure of an OzDES file as read.
 *
 * @param hdu      index of its SPECTRUM_ HDU
 * @param tag      the MJD part of the EXTNAME, e.g. {@code 57747.658}
 * @param header   the exposure's full AAOmega header
 * @param spectrum flux and variance with BADPIX applied
 */
record OzdesExposure(int hdu, String tag, Keywords header, RawSpectrum spectrum) {
}
