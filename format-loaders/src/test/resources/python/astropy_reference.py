"""Reference values from astropy/specutils for the Java tests. One command per call:

  fk4 RA_RAD DEC_RAD ...          -> "ICRS ra dec" per pair (FK4 B1950, astropy's default obstime)
  airvac LAMBDA ...               -> "VAC lambda" per value (Angstrom, Morton 2000 / Piskunov)
  units OURS|REFERENCE ...        -> "UNIT ok|bad ours" (OURS must parse as a FITS unit, equal REFERENCE)
  footprint FILE HDU ...          -> "FOOTPRINT FILE HDU lon lat ..." of the original header's WCS
"""
import sys
import warnings

import astropy.units as u


def fk4(args):
    from astropy.coordinates import FK4, SkyCoord
    for ra, dec in zip(args[0::2], args[1::2]):
        c = SkyCoord(float(ra) * u.rad, float(dec) * u.rad, frame=FK4(equinox="B1950")).icrs
        print("ICRS %r %r" % (c.ra.deg, c.dec.deg))


def airvac(args):
    from specutils.utils.wcs_utils import air_to_vac
    for lam in args:
        print("VAC %r" % air_to_vac(float(lam) * u.AA, method="Morton2000", scheme="Piskunov").value)


def units(args):
    for pair in args:
        ours, ref = pair.split("|")
        try:
            # "(unit)**2" squares a unit astropy would not parse in that form
            ref_unit = u.Unit(ref[1:-4]) ** 2 if ref.startswith("(") and ref.endswith(")**2") else u.Unit(ref)
            ok = u.Unit(ours, format="fits") == ref_unit and u.Unit(ours) == ref_unit
        except Exception:
            ok = False
        print("UNIT %s %s" % ("ok" if ok else "bad", ours))


def footprint(args):
    from astropy.io import fits
    from astropy.wcs import WCS
    for path, hdu in zip(args[0::2], args[1::2]):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # original survey headers carry deprecated WCS cards
            h = fits.getheader(path, int(hdu))
            # SuperCOSMOS headers also carry plate-scale keywords that make wcslib try (and
            # fail) a DSS plate solution; the celestial WCS is the CD matrix, so drop them
            for key in list(h.keys()):
                if key in ("PLTSCALE", "XPIXELSZ", "YPIXELSZ", "CNPIX1", "CNPIX2") or key.startswith(("PPO", "AMDX", "AMDY")):
                    del h[key]
            fp = WCS(h).celestial.calc_footprint(center=False)
        print("FOOTPRINT %s %s %s" % (path, hdu, " ".join(repr(float(x)) for x in fp.flatten())))


if __name__ == "__main__":
    {"fk4": fk4, "airvac": airvac, "units": units, "footprint": footprint}[sys.argv[1]](sys.argv[2:])
    sys.stdout.flush()
