/**
 * The spectrum behind the slink/SODA service, without HTTP: reading the archive's simplified
 * 1D FITS ({@link org.ozvo.datalink.spectrum.SpectrumFile}), choosing pixels for a SODA BAND
 * ({@link org.ozvo.datalink.spectrum.BandCut}), writing a cut FITS
 * ({@link org.ozvo.datalink.spectrum.CutoutFitsWriter}) or a VOTable with Spectrum DM utypes
 * ({@link org.ozvo.datalink.spectrum.SpectrumVotable}), and the PNG preview plot
 * ({@link org.ozvo.datalink.spectrum.PreviewPlot}).
 */
package org.ozvo.datalink.spectrum;
