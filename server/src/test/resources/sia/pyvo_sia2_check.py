"""pyvo 1.2.1 as a real SIA 2.0 client of the running server (run with /usr/bin/python3).

usage: pyvo_sia2_check.py BASE_URL MODE ARGS...
  synthetic COLLECTION        -- the synthetic rows of Sia2QueryIT: parameter spellings pyvo uses
  thumbnails RA DEC COLLECTION -- real 6dFGS thumbnails: search, DataLink #this, FITS with a WCS

Prints one JSON object; exits non-zero with a message when an expectation fails. Works offline:
DataLink rows are picked with include_narrower=False (checklist T-3).
"""
import io
import json
import sys

import requests
from astropy import units as u
from astropy.coordinates import SkyCoord
from astropy.io import fits
from astropy.time import Time
from astropy.wcs import WCS
from pyvo.dal.sia2 import SIAService

SIA2_ID = "ivo://ivoa.net/std/sia#query-2.0"


def fail(message, **context):
    print(json.dumps({"error": message, **context}, default=str))
    sys.exit(1)


def check(condition, message, **context):
    if not condition:
        fail(message, **context)


def service(base):
    # Construction reads <base>/sia2/capabilities and needs the SIA#query-2.0 capability (SIA-P1).
    svc = SIAService(base + "/sia2")
    check(svc.query_ep == base + "/sia2/query", "query endpoint from capabilities", found=svc.query_ep)
    ids = [c.standardid.lower() for c in svc.capabilities]
    check(SIA2_ID in ids, "SIA2 capability listed", ids=ids)
    # The query URL itself works as service URL too: pyvo then finds the sibling capabilities.
    check(SIAService(base + "/sia2/query").query_ep == svc.query_ep, "sibling capabilities from the query URL")
    return svc


def obs_ids(result):
    return sorted(str(r["obs_id"]) for r in result)


def synthetic(base, collection):
    svc = service(base)
    out = {"query_ep": svc.query_ep}
    r = svc.search(pos=(10.0, -30.0, 0.05), collection=collection)
    check(obs_ids(r) == ["img-a"], "circle", got=obs_ids(r))
    r = svc.search(pos=[(10.0, -30.0, 0.05), (10.5, -30.0, 0.05)], collection=collection)
    check(obs_ids(r) == ["img-a", "img-b"], "two circles OR-ed", got=obs_ids(r))
    # pyvo refuses ra1 > ra2 itself, so the RA-0 crossing is reached from one side.
    r = svc.search(pos=(359.8 * u.deg, 360.0 * u.deg, -1.0 * u.deg, 1.0 * u.deg), collection=collection)
    check(obs_ids(r) == ["img-e"], "range at RA 360", got=obs_ids(r))
    r = svc.search(pos=(9.95, -30.05, 10.05, -30.05, 10.05, -29.95), collection=collection)
    check(obs_ids(r) == ["img-a"], "polygon", got=obs_ids(r))
    r = svc.search(band=(1.3e-6 * u.m, float("inf") * u.m), collection=collection)
    check(obs_ids(r) == ["img-b"], "open band with inf", got=obs_ids(r))
    r = svc.search(time=(Time(51999, format="mjd"), Time(60000, format="mjd")), collection=collection)
    check(obs_ids(r) == ["cube-c", "img-b", "img-e"], "time interval", got=obs_ids(r))
    r = svc.search(exptime=(100, float("inf")), field_of_view=(0.1, 0.3), collection=collection)
    check(obs_ids(r) == ["img-a", "img-e"], "exptime and fov", got=obs_ids(r))
    r = svc.search(facility="UKST", calib_level=2, data_type="image", collection=collection)
    check(obs_ids(r) == ["img-a", "img-e"], "facility, calib, dptype", got=obs_ids(r))
    r = svc.search(collection=collection, maxrec=2)
    check(len(r) == 2, "maxrec", got=len(r))
    out["rows"] = len(svc.search(collection=collection))
    print(json.dumps(out))


def thumbnails(base, ra, dec, collection):
    svc = service(base)
    result = svc.search(pos=(ra, dec, 0.02), collection=collection)
    check(len(result) > 0, "thumbnails around the target", ra=ra, dec=dec)
    instruments = sorted({str(r["instrument_name"]) for r in result})
    check("SuperCOSMOS" in instruments and "2MASS" in instruments, "SuperCOSMOS and 2MASS", got=instruments)
    target = SkyCoord(ra * u.deg, dec * u.deg)
    images = []
    for rec in result:
        check(str(rec["dataproduct_type"]) == "image", "only images", got=rec["dataproduct_type"])
        check(str(rec["access_format"]) == "application/x-votable+xml;content=datalink", "DataLink access")
        links = rec.getdatalink()
        this = next(links.bysemantics("#this", include_narrower=False))
        response = requests.get(this.access_url, timeout=60)
        response.raise_for_status()
        hdus = fits.open(io.BytesIO(response.content))
        hdu = next(h for h in hdus if h.data is not None and h.data.ndim == 2)
        wcs = WCS(hdu.header)
        check(wcs.has_celestial, "celestial WCS", url=this.access_url)
        ny, nx = hdu.data.shape
        centre = wcs.celestial.pixel_to_world((nx - 1) / 2, (ny - 1) / 2)
        separation = centre.icrs.separation(target).deg
        check(separation < 0.02, "image centred on the target", url=this.access_url, separation=separation)
        region = [float(v) for v in rec["s_region"]]
        check(len(region) >= 6, "s_region polygon", got=region)
        images.append({"obs_id": str(rec["obs_id"]), "instrument": str(rec["instrument_name"]),
                       "shape": [ny, nx], "ctype": list(wcs.celestial.wcs.ctype), "separation_deg": separation,
                       "content_type": response.headers.get("Content-Type")})
    print(json.dumps({"query_ep": svc.query_ep, "images": images}))


if __name__ == "__main__":
    base_url, mode = sys.argv[1], sys.argv[2]
    if mode == "synthetic":
        synthetic(base_url, sys.argv[3])
    else:
        thumbnails(base_url, float(sys.argv[3]), float(sys.argv[4]), sys.argv[5])
