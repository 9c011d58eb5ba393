package org.ozvo.loaders.ozdes;

import java.util.List;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.model.RawSpectrum;

/**
 * An OzDES file as read: the coadd and every exposure.
 *
 * @param coaddHeader primary header of the coadd (SOURCE, RA, DEC, Z, QOP...)
 * @param coadd       the combined spectrum
 * @param exposures   in file order
 */
record OzdesFile(Keywords coaddHeader, RawSpectrum coadd, List<OzdesExposure> exposures) {
}
