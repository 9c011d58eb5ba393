/**
 * The {@link org.ozvo.loaders.spi.Product} implementations every survey loader returns: a
 * spectrum or a thumbnail image, its ObsCore values, and how to write its simplified FITS.
 */
package org.ozvo.loaders.product;
