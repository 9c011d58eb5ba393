/**
 * The plug-in contract between survey loaders and the ingest: a {@link
 * org.ozvo.loaders.spi.SurveyLoader} recognises and reads one survey's original files and
 * returns {@link org.ozvo.loaders.spi.Product}s (spectra and images with ObsCore metadata and
 * a simplified FITS writer), or fails with a {@link org.ozvo.loaders.spi.LoaderException}.
 */
package org.ozvo.loaders.spi;
