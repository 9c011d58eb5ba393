/**
 * 6dF Galaxy Survey DR3 in its three packagings: the combined multi-extension file (five
 * thumbnails, then V, R and spliced VR spectra per observation), the split file (one of those
 * spectra alone, made by Data Central or GAMA) and the tabular file (VR spectrum as an ASCII
 * table).
 */
package org.ozvo.loaders.sixdfgs;
