/**
 * OzDES DR2: per object, the coadd of all exposures (flux, VARIANCE, BADPIX) followed by the
 * same triplet for every exposure, named by its start MJD ({@code SPECTRUM_57747.658}).
 */
package org.ozvo.loaders.ozdes;
