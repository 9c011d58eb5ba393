/**
 * Test helpers: the genuine spectra next to the repository, the astropy/specutils scripts run
 * with Debian's python3, and small synthetic FITS files.
 */
package org.ozvo.loaders.testing;
