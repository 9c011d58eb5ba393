/**
 * Survey-independent model of what a loader reads: a spectrum on a wavelength axis with its
 * flux unit and bad-pixel mask, and image thumbnails with a celestial WCS. Readers produce
 * these; mappers and writers consume them. Nothing here knows about FITS files or ObsCore.
 */
package org.ozvo.loaders.model;
