#!/usr/bin/python3
"""Oracle for the synthetic sample archive: astropy and specutils' own survey readers.

Usage: specutils_oracle.py MANIFEST_JSON

For every file of the manifest prints one JSON line {"path", "ok", "message"}, then a line
{"summary": {...}}. A good file must open with astropy (checksum verification on, every
warning an error, FITS standard verification, all data read), be identified by the expected
specutils format, and read with it into the expected number of spectra covering the expected
wavelength range; survey-specific consistency checks follow. A file whose expectation says
"fails" must make the reader (or the strict open) raise; a file no survey may claim must not
be identified as any survey format.
"""
import json
import math
import sys
import warnings

import numpy as np
from astropy import units as u
from astropy.coordinates import FK4, SkyCoord
from astropy.io import fits
from astropy.io import registry
from astropy.time import Time
from astropy.wcs import WCS
from specutils import SpectrumList

SURVEY_FORMATS = {
    "2dFGRS", "6dFGS-combined", "6dFGS-tabular", "6dFGS-split", "GAMA", "GAMA-2dFGRS", "GAMA-WiggleZ",
    "GAMA-MGC", "GAMA-2QZ", "GAMA-2SLAQ-QSO", "GAMA-LT", "OzDES", "WiggleZ", "SDSS-I/II spSpec", "2SLAQ-LRG",
}


def strict_open(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with fits.open(path, checksum=True) as hdul:
            hdul.verify("exception")
            for hdu in hdul:
                data = hdu.data
                if data is not None:
                    np.asarray(data).tolist() if hasattr(data, "columns") else np.asarray(data).sum()


def read(path, fmt):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return SpectrumList.read(path, format=fmt)


def identified(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return set(registry.identify_format("read", SpectrumList, path, None, [], {}))


def close(a, b, tol):
    return abs(a - b) <= tol


def check_2dfgrs(hdul):
    assert hdul[0].header["IMAGE"] == "SKYCHART", "primary IMAGE is not SKYCHART"
    sb = SkyCoord(hdul[0].header["SBRA"] * u.deg, hdul[0].header["SBDEC"] * u.deg, frame="icrs")
    for hdu in hdul[1:]:
        h = hdu.header
        obs = SkyCoord(h["OBSRA"] * u.rad, h["OBSDEC"] * u.rad, frame=FK4(equinox="B1950")).icrs
        sep = obs.separation(sb).arcsec
        assert sep < h["MATCH_DR"] + 1.5, f"OBSRA/OBSDEC (FK4 B1950) is {sep:.2f} arcsec from SBRA/SBDEC"
        flux = hdu.data[0]
        assert not np.isnan(flux).any(), "NaN in 2dFGRS flux (sentinel expected)"
        assert (flux == np.float32(-2.5e30)).sum() >= 14, "too few -2.5e30 sentinel pixels"
        # Stars may be blueshifted (|v| < 300 km/s), galaxies and QSOs not.
        assert h["Z"] == -9 or -0.001 <= h["Z"] < 4, f"odd Z {h['Z']}"


def check_6dfgs_combined(hdul):
    names = [h.header.get("EXTNAME") for h in hdul[:5]]
    assert names == ["SSS Bj image", "SSS Rf image", "2MASS J image", "2MASS H image", "2MASS K image"], names
    ra, dec = hdul[5].header["OBSRA"], hdul[5].header["OBSDEC"]
    target = SkyCoord(ra * u.deg, dec * u.deg)
    for hdu in hdul[:5]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = WCS(hdu.header)
        assert w.has_celestial, f"{hdu.name}: no celestial WCS"
        ny, nx = hdu.data.shape
        centre = w.pixel_to_world((nx - 1) / 2, (ny - 1) / 2)
        sep = centre.separation(target).arcsec
        assert sep < 2.0, f"{hdu.name}: image centre is {sep:.2f} arcsec from the target"
    for hdu in hdul[5:]:
        h = hdu.header
        for band in ("V", "R"):
            if f"UTDATE_{band}" in h:
                t = Time(h[f"UTDATE_{band}"].replace("/", "-") + "T" + h[f"UTSTRT_{band}"], scale="utc")
                assert close(t.mjd, h[f"MJDOBS_{band}"], 2e-6), f"MJDOBS_{band} disagrees with UTDATE/UTSTRT"
        if h["EXTNAME"] == "SPECTRUM VR":
            wave = h["CRVAL1"] + (np.arange(h["NAXIS1"]) + 1 - h["CRPIX1"]) * h["CDELT1"]
            assert np.abs(hdu.data[3] - wave).max() < 2e-3, "VR wavelength row disagrees with the WCS"


def check_ozdes(hdul):
    for i in range(0, len(hdul), 3):
        flux, badpix = hdul[i].data, hdul[i + 2].data
        assert ((badpix == 1) == np.isnan(flux)).all(), f"HDU {i}: BADPIX does not mark exactly the NaN pixels"
        if i > 0:
            h = hdul[i].header
            assert h["EXTNAME"] == "SPECTRUM_%.3f" % h["UTMJD"], f"{h['EXTNAME']} vs UTMJD {h['UTMJD']}"
            t = Time(h["UTDATE"].replace(":", "-") + "T" + h["UTSTART"], scale="utc")
            assert close(t.mjd, h["UTMJD"], 2e-5), "UTMJD disagrees with UTDATE/UTSTART"


def check_gama(hdul):
    h = hdul[0].header
    first = h["CRVAL1"] + (1 - h["CRPIX1"]) * h["CD1_1"]
    last = h["CRVAL1"] + (h["NAXIS1"] - h["CRPIX1"]) * h["CD1_1"]
    assert close(first, h["WMIN"], 0.01) and close(last, h["WMAX"], 0.01), "WMIN/WMAX disagree with the axis"
    assert "BUNIT" not in h, "GAMA must not carry BUNIT"


def check_wigglez(hdul):
    flux, var = hdul[0].data, hdul[1].data
    assert flux[:30].max() == 0 and flux[-30:].max() == 0 and var[:30].max() == 0, "ends are not zero-padded"


EXTRA = {"2dFGRS": check_2dfgrs, "6dFGS-combined": check_6dfgs_combined, "OzDES": check_ozdes,
         "GAMA": check_gama, "WiggleZ": check_wigglez}


def check_good(path, r):
    strict_open(path)
    fmt = r["format"]
    formats = identified(path)
    if r["fails"]:
        try:
            read(path, fmt)
        except Exception as e:  # expected: a real-world variant specutils cannot read
            return f"specutils {fmt} refuses it as expected: {type(e).__name__}: {str(e)[:80]}"
        raise AssertionError(f"specutils {fmt} read it but should not")
    assert fmt in formats, f"specutils does not identify it as {fmt} (identified: {sorted(formats)})"
    spectra = read(path, fmt)
    assert len(spectra) == r["spectra"], f"{len(spectra)} spectra from {fmt}, expected {r['spectra']}"
    if spectra:
        first = min(s.spectral_axis[0].to_value(u.AA) for s in spectra)
        last = max(s.spectral_axis[-1].to_value(u.AA) for s in spectra)
        tol = r["tolerance"]
        assert close(first, r["firstWavelength"], tol), f"first wavelength {first:.3f}, expected {r['firstWavelength']}"
        assert close(last, r["lastWavelength"], tol), f"last wavelength {last:.3f}, expected {r['lastWavelength']}"
    if fmt in EXTRA:
        with fits.open(path) as hdul:
            EXTRA[fmt](hdul)
    return f"{fmt}: {len(spectra)} spectra"


def check_broken(path, r):
    fmt = r["format"]
    if fmt is None:
        claimed = identified(path) & SURVEY_FORMATS
        assert not claimed, f"claimed by {sorted(claimed)}"
        try:
            strict_open(path)
        except Exception as e:
            return f"unclaimed and unreadable: {type(e).__name__}"
        return "valid FITS but no survey reader claims it"
    try:
        strict_open(path)
        read(path, fmt)
    except Exception as e:
        return f"fails as expected: {type(e).__name__}: {str(e)[:80]}"
    raise AssertionError(f"broken file read without error by {fmt}")


def main(manifest_path):
    with open(manifest_path) as f:
        manifest = json.load(f)
    root = manifest_path.rsplit("/", 1)[0] if "/" in manifest_path else "."
    passed = failed = 0
    for entry in manifest["files"]:
        path = root + "/" + entry["path"]
        r = entry["specutils"]
        try:
            message = check_broken(path, r) if entry["broken"] else check_good(path, r)
            ok = True
            passed += 1
        except Exception as e:
            message = f"{type(e).__name__}: {e}"
            ok = False
            failed += 1
        print(json.dumps({"path": entry["path"], "ok": ok, "message": message}), flush=True)
    print(json.dumps({"summary": {"files": len(manifest["files"]), "passed": passed, "failed": failed}}))


if __name__ == "__main__":
    main(sys.argv[1])
