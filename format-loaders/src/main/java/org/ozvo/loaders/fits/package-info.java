/**
 * FITS input and output on top of nom-tam-fits: a cheap header scan for detection, a
 * whole-file reader that turns every structural problem into a
 * {@link org.ozvo.loaders.spi.LoaderException}, tolerant keyword access, survey WCS reading,
 * and the writers of the archive's simplified products.
 */
package org.ozvo.loaders.fits;
