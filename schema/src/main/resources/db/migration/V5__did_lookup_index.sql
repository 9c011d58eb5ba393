-- SSA PUBDID/CREATORDID and SIA2 ID compare identifiers case-insensitively
-- (lower(col) IN (lower(?), ...)); without this a lookup by DID scans the whole table.
CREATE INDEX obscore_did_lower_idx ON ivoa.obscore (lower(obs_publisher_did));
