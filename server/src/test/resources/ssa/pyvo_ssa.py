"""SSA through pyvo 1.2.1 as a user would do it, against the test server.

Usage: pyvo_ssa.py BASE_URL RA DEC TARGET EXPECTED_ROWS_OF_TARGET COLLECTION

Checks, exiting non-zero on the first failure:
  - a cone search by position finds the target, nearest first, with the pyvo record properties;
  - TARGETNAME returns the target's combined spectrum and every epoch;
  - BANDREST passed as a pyvo custom keyword constrains the rest-frame coverage;
  - getdataurl() gives the simplified FITS, which astropy opens with its checksums verified.
"""
import io
import sys
import urllib.request
import warnings

import pyvo
from astropy.io import fits

base, ra, dec, target, expected, collection = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), \
    sys.argv[4], int(sys.argv[5]), sys.argv[6]
svc = pyvo.dal.SSAService(base + "/ssa/query")


def check(condition, message):
    if not condition:
        print("FAILED:", message)
        sys.exit(1)
    print("ok:", message)


# 1. Cone search: SIZE is a diameter, pyvo sends POS=ra,dec and SIZE.
res = svc.search(pos=(ra, dec), diameter=0.02)
check(len(res) >= expected, f"cone search found {len(res)} rows")
first = res[0]
check(first.title and first.format == "application/fits", f"title {first.title!r}, format {first.format!r}")
check(abs(first.ra - ra) < 1e-6 and abs(first.dec - dec) < 1e-6, f"ra/dec from ssa:Target.Pos: {first.ra} {first.dec}")
scores = list(res.to_table()["score"])
check(scores == sorted(scores), "rows ordered by distance")
check(first.instr == "2dF-AAOmega", f"instrument {first.instr}")

# 2. TARGETNAME: the combined spectrum and every epoch of a multi-epoch OzDES target.
byname = svc.search(targetname=target, collection=collection)
subtypes = sorted(str(s) for s in byname.to_table()["dataproduct_subtype"])
check(len(byname) == expected, f"TARGETNAME gives {len(byname)} rows, expected {expected}: {subtypes}")
check(subtypes.count("combined") == 1 and subtypes.count("epoch") == expected - 1, f"subtypes {subtypes}")

# 3. BANDREST as a custom keyword (pyvo upper-cases it): rest-frame coverage overlap.
table = res.to_table()
lo = float(table["em_min_rest"][0])
hi = float(table["em_max_rest"][0])
inside = svc.search(pos=(ra, dec), diameter=0.02, bandrest=f"{lo + 1e-9}/{lo + 2e-9}")
check(target in [str(t) for t in inside.to_table()["target_name"]], "BANDREST inside the rest coverage finds it")
outside = svc.search(pos=(ra, dec), diameter=0.02, bandrest=f"{hi * 1.5}/{hi * 2}")
check(len(outside) == 0, f"BANDREST beyond the rest coverage finds nothing ({len(outside)})")

# 4. getdataurl() then astropy with checksum verification (warnings become errors).
url = first.getdataurl()
check("RESPONSEFORMAT=fits" in url, f"getdataurl is the FITS product: {url}")
data = urllib.request.urlopen(url, timeout=60).read()
with warnings.catch_warnings():
    warnings.simplefilter("error")
    with fits.open(io.BytesIO(data), checksum=True) as hdul:
        check("CHECKSUM" in hdul[0].header and "DATASUM" in hdul[0].header, "CHECKSUM and DATASUM present")
        flux = hdul[0].data
        check(flux is not None and flux.ndim == 1 and len(flux) > 100, f"1D flux of {len(flux)} pixels")
        check(hdul[0].header["OBJECT"] == target, "OBJECT is the target")
print("all SSA client checks passed")
