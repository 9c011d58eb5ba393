package org.ozvo.loaders.twodfgrs;

import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.model.RawSpectrum;

/**
 * One {@code SPECTRUM} extension of a 2dFGRS file as read, before mapping.
 *
 * @param hdu       index of the extension in the file
 * @param primary   the catalogue record in the primary header
 * @param header    the extension's own keywords
 * @param spectrum  flux and variance, sentinel pixels masked
 */
record TwoDfgrsObservation(int hdu, Keywords primary, Keywords header, RawSpectrum spectrum) {
}
