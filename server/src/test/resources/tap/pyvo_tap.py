#!/usr/bin/python3
"""pyvo 1.2.1 against the TAP service: sync, MAXREC, async (submit, run, wait, fetch, delete),
an upload join, and the capability/table metadata pyvo reads. Offline: nothing here fetches
anything but the service. Usage: pyvo_tap.py <tap base URL> <fixture collection>.
Exits non-zero with a message on the first failed check."""
import sys

import numpy as np
import pyvo
from astropy.table import Table

url, collection = sys.argv[1], sys.argv[2]
mine = "obs_collection = '%s'" % collection
checks = []


def check(name, condition, detail=""):
    if not condition:
        print("FAILED: %s %s" % (name, detail))
        sys.exit(1)
    checks.append(name)


service = pyvo.dal.TAPService(url)

# capabilities as pyvo reads them (tr:TableAccess / vs:ParamHTTP prefixes)
check("maxrec", service.maxrec == 100000, service.maxrec)
check("hardlimit", service.hardlimit == 20000000, service.hardlimit)
methods = [m.ivo_id for m in service.upload_methods]
check("upload methods", any(m.endswith("#upload-inline") for m in methods), methods)
tables = service.tables
check("tables", "ivoa.obscore" in [t.name for t in tables], list(tables.keys()))
check("obscore columns", "s_region" in [c.name for c in tables["ivoa.obscore"].columns])
check("examples", len(service.examples) >= 5, len(service.examples))

# sync
result = service.run_sync("SELECT obs_id, s_ra, s_dec, s_region FROM ivoa.obscore WHERE " + mine + " ORDER BY obs_id")
check("sync rows", len(result) == 20, len(result))
table = result.to_table()
check("sync column", table["obs_id"][0] == "obs0", table["obs_id"][0])
check("polygon xtype", result.fieldname_with_ucd("pos.outline;obs.field") == "s_region")
check("polygon values", len(table["s_region"][0]) == 8, table["s_region"][0])

# MAXREC
limited = service.run_sync("SELECT obs_id FROM ivoa.obscore WHERE " + mine, maxrec=5)
check("maxrec rows", len(limited) == 5, len(limited))

# async: submit, run, wait, fetch, delete
job = service.submit_job("SELECT COUNT(*) AS n FROM ivoa.obscore WHERE " + mine)
check("job pending", job.phase == "PENDING", job.phase)
job.run()
check("job started", job.phase in ("QUEUED", "EXECUTING", "COMPLETED"), job.phase)
job.wait(phases=["COMPLETED", "ERROR", "ABORTED"], timeout=120)
check("job completed", job.phase == "COMPLETED", job.phase)
check("job result uri", job.result_uri.endswith("/results/result"), job.result_uri)
count = job.fetch_result().to_table()["n"][0]
check("job result", int(count) == 20, count)
job_url = job.url
job.delete()
try:
    pyvo.dal.tap.AsyncTAPJob(job_url)
    check("job deleted", False, "job still there")
except pyvo.dal.DALServiceError:
    checks.append("job deleted")

# run_async in one go
async_result = service.run_async("SELECT TOP 3 obs_id FROM ivoa.obscore WHERE " + mine)
check("run_async", len(async_result) == 3, len(async_result))

# upload join: positions near fixture rows 5 and 10, one far away
upload = Table({"id": np.array(["a", "b", "c"]), "ra": np.array([150.05, 150.1, 10.0]),
                "dec": np.array([2.05, 2.1, -10.0])})
joined = service.run_sync(
    "SELECT u.id, o.obs_id FROM TAP_UPLOAD.pos AS u JOIN ivoa.obscore AS o"
    " ON 1 = CONTAINS(POINT('ICRS', o.s_ra, o.s_dec), CIRCLE('ICRS', u.ra, u.dec, 0.001))"
    " WHERE o." + mine + " ORDER BY u.id", uploads={"pos": upload})
rows = sorted((str(r["id"]), str(r["obs_id"])) for r in joined)
check("upload join", rows == [("a", "obs5"), ("b", "obs10")], rows)

# errors come back as DALQueryError with the service's message
try:
    service.run_sync("SELECT nonsense FROM ivoa.obscore")
    check("error raised", False)
except pyvo.dal.DALQueryError as e:
    check("error message", "nonsense" in str(e), str(e))

print("%d passed, 0 failed" % len(checks))
