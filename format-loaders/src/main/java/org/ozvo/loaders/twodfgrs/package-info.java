/**
 * 2dF Galaxy Redshift Survey final release: one file per catalogue object, a DSS stamp in the
 * primary HDU and one {@code SPECTRUM} extension (flux, variance, sky rows) per observation.
 */
package org.ozvo.loaders.twodfgrs;
