"""Compares our simplified spectra with what specutils' own reader makes of the original file.

Usage: compare_specutils.py JOBFILE

Each line of JOBFILE is tab-separated: ORIGINAL, FORMAT, OPTIONS (comma-separated, may be
empty), then INDEX=OURFILE pairs. FORMAT is a specutils format name (2dFGRS, 6dFGS-combined,
GAMA, OzDES, GAMA-WiggleZ, ...) or "raw-sdss" (an SDSS spSpec read straight from its rows and
its log10 wavelength keywords, since specutils' spSpec reader shifts the axis by a pixel).
INDEX is the position of the matching spectrum in the reader's list.

A pixel of the original is "bad" when its flux or uncertainty is not finite, holds the 2dF
sentinel (-2.5e30), is flagged in the original's n-th BADPIX* HDU (for the n-th spectrum), is
zero in flux and variance (option zero-padding, WiggleZ), or has no positive variance (option
positive-variance, SDSS). Our file must cover a contiguous run of the original pixels, with the
same wavelengths, equal fluxes and variances where good, NaN exactly where bad, and only bad
pixels outside the run; its flux unit must equal the reader's. With option resampled (a
non-linear original) our pixels are compared with the original interpolated linearly onto our
grid, and a pixel must be NaN exactly when a neighbouring original pixel is bad.

Prints one PASS or FAIL line per pair. Warnings from reading the originals are ignored (survey
files are not standard FITS WCS); warnings from our files are errors.
"""
import sys
import warnings

import numpy as np
from astropy import units as u
from astropy.io import fits
from astropy.nddata import VarianceUncertainty
from astropy.wcs import WCS
from specutils import Spectrum1D, SpectrumList


class Reference:
    """flux, variance (or None), wavelengths in Angstrom and flux unit of one original spectrum."""

    def __init__(self, flux, var, lam, unit):
        self.flux, self.var, self.lam, self.unit = flux, var, lam, unit


def reference_spectra(path, fmt):
    if fmt == "raw-sdss":
        h = fits.getheader(path, 0)
        data = fits.getdata(path, 0).astype(float)
        i = np.arange(data.shape[1])
        lam = 10 ** (h["CRVAL1"] + (i + 1 - h.get("CRPIX1", 1.0)) * h.get("CD1_1", h.get("CDELT1")))
        unit = u.Unit(h.get("BUNIT", "1e-17 erg/(Angstrom cm2 s)").replace("/cm/s/Ang", "/(Angstrom cm2 s)"))
        return [Reference(data[0], data[2] ** 2, lam, unit)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            spectra = list(SpectrumList.read(path, format=fmt))
        except Exception:
            spectra = [Spectrum1D.read(path, format=fmt)]
    out = []
    for s in spectra:
        var = None
        if s.uncertainty is not None:
            var = np.asarray(s.uncertainty.represent_as(VarianceUncertainty).array, dtype=float)
        out.append(Reference(np.asarray(s.flux.value, dtype=float), var, s.spectral_axis.to(u.AA).value,
                             s.flux.unit))
    return out


def badpix_arrays(path):
    with fits.open(path) as hdul:
        return [np.asarray(h.data) for h in hdul
                if str(h.header.get("EXTNAME", "")).strip().upper().startswith("BADPIX")]


def compare(ref, ours_path, options, badpix):
    rflux, rvar, rlam = ref.flux, ref.var, ref.lam
    bad = ~np.isfinite(rflux) | (rflux < -1e29)
    if rvar is not None:
        bad |= ~np.isfinite(rvar) | (rvar < -1e29)
        if "zero-padding" in options:
            # specutils re-grids the variance through the WCS, which turns 0 into about -5e-13
            bad |= (rflux == 0) & (np.abs(rvar) < 1e-6)
        if "positive-variance" in options:
            bad |= ~(rvar > 0)
    if badpix is not None:
        bad |= badpix != 0

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with fits.open(ours_path, checksum=True) as hdul:
            h = hdul[0].header
            flux = hdul[0].data.astype(float)
            var = hdul[1].data.astype(float) if len(hdul) > 1 else None
            lam = WCS(h).pixel_to_world_values(np.arange(h["NAXIS1"])) * 1e10
            unit = u.Unit(h["BUNIT"], format="fits")

    if "resampled" in options:
        return compare_resampled(rflux, rvar, rlam, bad, flux, var, lam, unit, ref.unit)
    step = rlam[1] - rlam[0]
    offset = int(round((lam[0] - rlam[0]) / step))
    n = len(flux)
    if offset < 0 or offset + n > len(rflux):
        return "our grid (%g..%g) is not inside the original's (%g..%g)" % (lam[0], lam[-1], rlam[0], rlam[-1])
    window = slice(offset, offset + n)
    dlam = np.max(np.abs(lam - rlam[window]))
    if dlam > 1e-5:
        return "wavelengths differ by up to %g Angstrom" % dlam
    outside = np.ones(len(rflux), bool)
    outside[window] = False
    if np.any(outside & ~bad):
        return "%d good original pixels were dropped at the ends" % int(np.sum(outside & ~bad))
    if not np.array_equal(np.isnan(flux), bad[window]):
        diff = np.nonzero(np.isnan(flux) != bad[window])[0]
        return "masked pixels differ from the original's bad pixels at %s" % diff[:10].tolist()
    good = ~bad[window]
    # float32 rounding: astropy applies BSCALE/BZERO in float32, so allow a few ulps of the
    # largest value (2QZ's scaled int16 flux loses digits to cancellation against BZERO)
    atol = 2e-6 * np.max(np.abs(rflux[window][good])) if np.any(good) else 0
    if not np.allclose(flux[good], rflux[window][good], rtol=1e-6, atol=atol):
        worst = np.max(np.abs(flux[good] - rflux[window][good]))
        return "flux values differ (by up to %g)" % worst
    if (rvar is None) != (var is None):
        return "variance present in one but not the other"
    if var is not None and not np.allclose(var[good], rvar[window][good], rtol=1e-5, atol=0):
        return "variance values differ"
    problem, note = unit_problem(unit, ref.unit)
    if problem:
        return problem
    return "PASS offset=%d n=%d masked=%d unit=%s%s" % (offset, n, int(np.sum(~good)), unit, note)


def compare_resampled(rflux, rvar, rlam, bad, flux, var, lam, unit, ref_unit):
    if lam[0] < rlam[0] - 1e-6 or lam[-1] > rlam[-1] + 1e-6:
        return "our grid (%g..%g) is not inside the original's (%g..%g)" % (lam[0], lam[-1], rlam[0], rlam[-1])
    steps = np.diff(lam)
    if np.max(np.abs(steps - steps[0])) > 1e-6 * steps[0]:
        return "our grid is not linear"
    j = np.clip(np.searchsorted(rlam, lam, side="right") - 1, 0, len(rlam) - 2)
    t = (lam - rlam[j]) / (rlam[j + 1] - rlam[j])
    on_left = np.abs(t) < 1e-9
    on_right = np.abs(t - 1) < 1e-9
    expected_bad = np.where(on_left, bad[j], np.where(on_right, bad[j + 1], bad[j] | bad[j + 1]))
    if not np.array_equal(np.isnan(flux), expected_bad):
        return "masked pixels differ from the interpolated original's"
    good = ~expected_bad
    f = np.where(on_right, rflux[j + 1], (1 - t) * rflux[j] + t * rflux[np.minimum(j + 1, len(rlam) - 1)])
    if not np.allclose(flux[good], f[good], rtol=1e-5, atol=1e-6 * np.nanmax(np.abs(f[good]))):
        return "resampled flux differs from linear interpolation of the original"
    if var is not None and rvar is not None:
        v = np.where(on_right, rvar[j + 1], (1 - t) * rvar[j] + t * rvar[j + 1])
        if not np.allclose(var[good], v[good], rtol=1e-5, atol=1e-6 * np.nanmax(np.abs(v[good]))):
            return "resampled variance differs"
    first_good = np.nonzero(~bad)[0]
    if abs(lam[0] - rlam[first_good[0]]) > 1e-6 or abs(lam[-1] - rlam[first_good[-1]]) > 1e-6:
        return "resampled grid does not span the first to the last good original pixel"
    problem, note = unit_problem(unit, ref_unit)
    if problem:
        return problem
    return "PASS resampled n=%d masked=%d unit=%s%s" % (len(flux), int(np.sum(~good)), unit, note)


def unit_problem(unit, ref_unit):
    fixed, note = angstrom_not_ampere(ref_unit)
    ratio = (unit / fixed).decompose()
    if ratio.bases or abs(ratio.scale - 1) > 1e-9:
        return "flux unit %s differs from the reader's %s" % (unit, ref_unit), note
    return None, note


def angstrom_not_ampere(unit):
    """specutils parses GAMA's '10^-17 erg/s/cm^2/A' with A = ampere; in these surveys A is Angstrom."""
    if u.A not in unit.bases:
        return unit, ""
    fixed = u.CompositeUnit(unit.scale, [u.AA if b == u.A else b for b in unit.bases], unit.powers)
    return fixed, " (specutils' ampere read as Angstrom)"


def main(jobfile):
    with open(jobfile) as f:
        jobs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for job in jobs:
        original, fmt, options = job[0], job[1], set(filter(None, job[2].split(",")))
        try:
            refs = reference_spectra(original, fmt)
            badpix = badpix_arrays(original)
        except Exception as e:
            print("FAIL %s -1 -: cannot read the original with %s: %s" % (original, fmt, e))
            continue
        for pair in job[3:]:
            i, path = pair.split("=", 1)
            i = int(i)
            try:
                bp = badpix[i] if i < len(badpix) else None
                result = compare(refs[i], path, options, bp)
            except Exception as e:
                result = "%s: %s" % (type(e).__name__, str(e).replace("\n", " "))
            if result.startswith("PASS"):
                print("PASS %s %d %s %s" % (original, i, path, result[5:]))
            else:
                print("FAIL %s %d %s: %s" % (original, i, path, result))
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
