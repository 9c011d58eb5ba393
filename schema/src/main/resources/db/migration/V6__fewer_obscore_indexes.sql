-- The sky position was indexed twice: as the stored point s_pos and as the expression
-- spoint(radians(s_ra), radians(s_dec)). ADQL now translates POINT(s_ra, s_dec) of ObsCore to
-- s_pos, like SSA and SIA2 always did, so the expression index only cost every insert a third
-- GiST update (and cone queries a recomputation of the point per row).
DROP INDEX IF EXISTS ivoa.obscore_radec_gist;

-- record_modified (SSA MTIME) grows with insertion order, so a BRIN index answers its ranges
-- at a fraction of a b-tree's size and maintenance cost.
DROP INDEX IF EXISTS ivoa.obscore_record_modified_idx;
CREATE INDEX obscore_record_modified_brin ON ivoa.obscore USING brin (record_modified);
