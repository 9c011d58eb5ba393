/**
 * WiggleZ final release spectra in their native layout (1-D flux with {@code REFCODE}, VARIANCE,
 * optional BADPIX). GAMA's copies (same arrays plus GAMA keywords) are GAMA products, read by
 * {@code org.ozvo.loaders.gama}.
 */
package org.ozvo.loaders.wigglez;
