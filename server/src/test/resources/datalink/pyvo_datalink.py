"""DataLink through pyvo 1.2.1 against the test server.

Usage: pyvo_datalink.py BASE_URL PUBLISHER_DID

Follows the SSA row's DataLink descriptor, reads {links}, picks #this with
include_narrower=False (the default would download the vocabulary from the internet), loads
the FITS and the VOTable renditions, and calls the SODA cut-out with a BAND.
"""
import io
import sys
import urllib.parse
import urllib.request
import warnings

import astropy.units as u
import pyvo
from astropy.io import fits
from astropy.io.votable import parse_single_table

base, did = sys.argv[1], sys.argv[2]


def check(condition, message):
    if not condition:
        print("FAILED:", message)
        sys.exit(1)
    print("ok:", message)


links = pyvo.dal.adhoc.DatalinkResults.from_result_url(
    base + "/datalink/links?ID=" + urllib.parse.quote(did, safe=""))
table = links.to_table()
check(set(str(i) for i in table["ID"]) == {did}, "every row carries the ID as sent")
this = list(links.bysemantics("#this", include_narrower=False))
types = {str(r.content_type): r for r in this}
check(set(types) == {"application/fits", "application/x-votable+xml"}, f"#this rows: {sorted(types)}")
fits_row = types["application/fits"]
data = urllib.request.urlopen(fits_row.access_url, timeout=60).read()
check(len(data) == int(fits_row.content_length), f"content_length {fits_row.content_length} = {len(data)} bytes")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    with fits.open(io.BytesIO(data), checksum=True) as hdul:
        n = hdul[0].header["NAXIS1"]
        w0 = hdul[0].header["CRVAL1"]
        step = hdul[0].header["CDELT1"]
check(n > 100, f"FITS spectrum with {n} pixels")

vot = parse_single_table(io.BytesIO(urllib.request.urlopen(types["application/x-votable+xml"].access_url,
                                                         timeout=60).read()))
check(vot.array["wavelength"].shape[0] == n, "VOTable has one row per pixel")
check(str(vot.fields[0].utype) == "spec:Spectrum.Data.SpectralAxis.Value", "spectral axis utype")

progenitor = list(links.bysemantics("#progenitor", include_narrower=False))
check(len(progenitor) == 1 and int(progenitor[0].content_length) > 0, "one #progenitor with a size")

# The cut-out through the SODA descriptor, with pyvo's own processed() as users call it.
proc = links.get_first_proc()
check(str(proc.semantics) == "#cutout", f"processing row semantics {proc.semantics}")
lo, hi = (w0 + 100 * step) * 1e-10, (w0 + 200 * step) * 1e-10
cut = proc.processed(band=[lo, hi] * u.m, responseformat="fits").read()
with warnings.catch_warnings():
    warnings.simplefilter("error")
    with fits.open(io.BytesIO(cut), checksum=True) as hdul:
        m = hdul[0].header["NAXIS1"]
check(90 <= m <= 110, f"BAND cut keeps about 100 pixels: {m}")
print("all DataLink client checks passed")
