"""pyvo 1.2.1 reading the VOSI documents of every service root (run with /usr/bin/python3).

usage: pyvo_vosi_check.py BASE_URL
Prints one JSON object; exits non-zero with a message when an expectation fails.
"""
import json
import sys
import warnings

import requests
from pyvo.dal import TAPService
from pyvo.dal.sia2 import SIAService
from pyvo.io.vosi import parse_availability, parse_capabilities

EXPECTED = {
    "sia2": "ivo://ivoa.net/std/sia#query-2.0",
    "ssa": "ivo://ivoa.net/std/ssa",
    "tap": "ivo://ivoa.net/std/tap",
    "datalink": "ivo://ivoa.net/std/datalink#links-1.1",
    "slink": "ivo://ivoa.net/std/soda#sync-1.0",
}


def fail(message, **context):
    print(json.dumps({"error": message, **context}, default=str))
    sys.exit(1)


def fetch(url):
    response = requests.get(url, stream=True, timeout=60)
    response.raise_for_status()
    response.raw.decode_content = True
    return response.raw.read


def main(base):
    out = {}
    for root, standard_id in EXPECTED.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            caps = parse_capabilities(fetch(base + "/" + root + "/capabilities"))
            availability = parse_availability(fetch(base + "/" + root + "/availability"))
        ids = [c.standardid.lower() for c in caps]
        if standard_id not in ids or "ivo://ivoa.net/std/vosi#availability" not in ids:
            fail("capabilities of " + root, ids=ids)
        if not availability.available:
            fail("availability of " + root)
        out[root] = {"capabilities": ids, "warnings": [str(w.message) for w in caught]}

    sia = SIAService(base + "/sia2")
    if not sia.available:
        fail("SIAService.available")

    tap = TAPService(base + "/tap")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tap.describe()
    if tap.maxrec is None or tap.hardlimit is None or tap.maxrec > tap.hardlimit:
        fail("TAP limits", maxrec=tap.maxrec, hardlimit=tap.hardlimit)
    methods = [m.ivo_id for m in tap.upload_methods]
    if "ivo://ivoa.net/std/TAPRegExt#upload-inline" not in methods:
        fail("TAP upload methods", methods=methods)
    tables = [t.name for t in tap.tables]
    if "ivoa.obscore" not in tables:
        fail("TAP tables", tables=tables)
    out["tap"].update({"maxrec": tap.maxrec, "hardlimit": tap.hardlimit, "tables": tables,
                       "describe_warnings": [str(w.message) for w in caught]})
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
