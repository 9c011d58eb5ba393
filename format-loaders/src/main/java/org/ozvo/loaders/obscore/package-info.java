/**
 * From survey facts to ObsCore values: per-survey constants, time and coordinate conversions
 * (calendar dates to MJD, FK4 B1950 to ICRS, air to vacuum wavelengths), and the common
 * mapping of a spectrum or thumbnail to the ObsCore columns this archive fills.
 */
package org.ozvo.loaders.obscore;
