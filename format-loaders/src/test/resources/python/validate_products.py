"""Checks files written by the loaders the way a client would read them.

Usage: validate_products.py FILE...

Every warning is an error while our files are opened: astropy must read them without
complaint, verify CHECKSUM/DATASUM, and build a WCS silently. Prints one line per file:
  OK <file> kind=<spectrum|image> ...     or     FAIL <file>: <reason>
For images also:  FOOTPRINT <file> lon lat lon lat ...  (outer pixel edges, astropy's WCS)
"""
import re
import sys
import warnings

import numpy as np
from astropy import units as u
from astropy.io import fits
from astropy.wcs import WCS
from specutils import Spectrum1D

FORBIDDEN = re.compile(r"^(CTYPE2|CRVAL2|CRPIX2|CDELT2|CUNIT2|CD\d_\d|PC\d_\d|PC00\d00\d|CROTA\d)$")
REQUIRED_SPECTRUM = ["WCSAXES", "CTYPE1", "CUNIT1", "CRPIX1", "CRVAL1", "CDELT1", "SPECSYS", "BUNIT",
                     "RA", "DEC", "OBJECT", "SURVEY", "WMIN", "WMAX", "WMID", "FOV", "DATE",
                     "CHECKSUM", "DATASUM"]


def check_spectrum(path, hdul):
    h = hdul[0].header
    missing = [k for k in REQUIRED_SPECTRUM if k not in h]
    if missing:
        return "missing keywords " + ",".join(missing)
    leftovers = [k for k in h.keys() if FORBIDDEN.match(k)]
    if leftovers:
        return "leftover 2-D WCS keywords " + ",".join(leftovers)
    if h["WCSAXES"] != 1 or h["NAXIS"] != 1:
        return "not a 1-D spectrum"
    if h["CTYPE1"] not in ("AWAV", "WAVE") or h["CUNIT1"] != "Angstrom":
        return "unexpected spectral axis %s %s" % (h["CTYPE1"], h["CUNIT1"])
    flux_unit = u.Unit(h["BUNIT"], format="fits")
    u.Unit(h["BUNIT"])  # generic format too (specutils)
    w = WCS(h)
    n = h["NAXIS1"]
    lam = w.pixel_to_world_values(np.arange(n)) * 1e10  # metres -> Angstrom
    if abs(lam[0] - h["WMIN"]) > 1e-6 or abs(lam[-1] - h["WMAX"]) > 1e-6:
        return "WMIN/WMAX %r/%r differ from the WCS %r/%r" % (h["WMIN"], h["WMAX"], lam[0], lam[-1])
    flux = hdul[0].data
    if not np.isfinite(flux[0]) or not np.isfinite(flux[-1]):
        return "first or last pixel is masked (ends should be trimmed)"
    spec = Spectrum1D.read(path, format="wcs1d-fits")
    if spec.flux.unit != flux_unit:
        return "specutils flux unit %s != %s" % (spec.flux.unit, flux_unit)
    sa = spec.spectral_axis.to(u.AA).value
    if np.max(np.abs(sa - lam)) > 1e-6:
        return "specutils spectral axis differs from the WCS"
    extra = ""
    if len(hdul) > 1:
        v = hdul[1]
        if v.header.get("EXTNAME") != "VARIANCE":
            return "second HDU is not VARIANCE"
        var_unit = u.Unit(v.header["BUNIT"], format="fits")
        if var_unit != flux_unit ** 2:
            return "variance unit %s is not (%s)^2" % (var_unit, flux_unit)
        if v.data.shape != flux.shape:
            return "variance and flux differ in length"
        if not np.array_equal(np.isnan(v.data), np.isnan(flux)):
            return "variance and flux are masked differently"
        if np.any(v.data[np.isfinite(v.data)] < 0):
            return "negative variance"
        WCS(v.header)
        extra = " variance=yes"
    return "OK %s kind=spectrum n=%d unit=%s ctype=%s masked=%d%s" % (
        path, n, h["BUNIT"], h["CTYPE1"], int(np.isnan(flux).sum()), extra)


def check_image(path, hdul):
    h = hdul[0].header
    w = WCS(h)
    if not w.has_celestial or w.naxis != 2:
        return "no 2-D celestial WCS"
    leftovers = [k for k in h.keys() if re.match(r"^(PC00\d00\d|CROTA\d|CDELT\d)$", k)]
    if leftovers:
        return "deprecated WCS keywords " + ",".join(leftovers)
    fp = w.calc_footprint(center=False)
    print("FOOTPRINT %s %s" % (path, " ".join(repr(float(x)) for x in fp.flatten())))
    return "OK %s kind=image shape=%dx%d" % (path, h["NAXIS1"], h["NAXIS2"])


def main(paths):
    for path in paths:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                with fits.open(path, checksum=True) as hdul:
                    hdul.verify("exception")
                    for hdu in hdul:
                        if hdu.verify_checksum() != 1 or hdu.verify_datasum() != 1:
                            raise ValueError("checksum does not verify")
                    naxis = hdul[0].header["NAXIS"]
                    result = check_spectrum(path, hdul) if naxis == 1 else check_image(path, hdul)
            print(result if result.startswith("OK ") else "FAIL %s: %s" % (path, result))
        except Exception as e:  # report and go on with the next file
            print("FAIL %s: %s: %s" % (path, type(e).__name__, str(e).replace("\n", " ")))
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
