/**
 * GAMA DR2 spectra: GAMA's own AAOmega spectra (one primary image whose rows are flux, error,
 * uncalibrated flux and error, sky) and the spectra of other surveys GAMA redistributes in their
 * native layouts with GAMA keywords appended (2dFGRS, 6dFGS split, WiggleZ, MGC, 2QZ, 2SLAQ-QSO,
 * Liverpool Telescope, SDSS). All of them are GAMA products: GAMA distributes and identifies them
 * (GAMANAME, SPECID) and they go into GAMA's collection.
 */
package org.ozvo.loaders.gama;
