/**
 * Writing FITS files with nom-tam-fits so that the same content always gives the same bytes:
 * a fluent card builder with fixed-decimal numbers and a writer that removes the only
 * time-dependent thing nom-tam-fits adds (the date in the {@code SIMPLE} comment).
 */
package org.ozvo.sampledata.fits;
