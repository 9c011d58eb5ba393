-- ivoa.obscore: one row per published data product (spectrum or image).
-- Column names, types and order must match org.ozvo.schema.obscore.ObsCoreColumn
-- (ObsCoreSchemaIT checks it). pg_sphere itself is created by bin/setup as superuser.
CREATE EXTENSION IF NOT EXISTS pg_sphere;
CREATE SCHEMA IF NOT EXISTS ivoa;

CREATE TABLE ivoa.obscore (
    dataproduct_type     text,
    calib_level          integer NOT NULL CHECK (calib_level BETWEEN 0 AND 4),
    obs_collection       text NOT NULL,
    obs_id               text NOT NULL,
    obs_publisher_did    text NOT NULL,
    access_url           text,
    access_format        text,
    access_estsize       bigint,
    target_name          text,
    s_ra                 double precision CHECK (s_ra >= 0 AND s_ra < 360),
    s_dec                double precision CHECK (s_dec BETWEEN -90 AND 90),
    s_fov                double precision,
    s_region             spoly,
    s_resolution         double precision,
    s_xel1               bigint,
    s_xel2               bigint,
    t_min                double precision,
    t_max                double precision,
    t_exptime            double precision,
    t_resolution         double precision,
    t_xel                bigint,
    em_min               double precision,
    em_max               double precision,
    em_res_power         double precision,
    em_xel               bigint,
    o_ucd                text,
    pol_states           text,
    pol_xel              bigint,
    facility_name        text,
    instrument_name      text,
    dataproduct_subtype  text,
    obs_title            text,
    target_class         text,
    obs_creation_date    timestamp without time zone,
    obs_creator_name     text,
    obs_creator_did      text,
    obs_release_date     timestamp without time zone,
    publisher_id         text,
    bib_reference        text,
    data_rights          text,
    em_ucd               text,
    em_unit              text,
    redshift             double precision,
    redshift_quality     integer,
    t_midpoint           double precision,
    em_midpoint          double precision,
    em_min_rest          double precision,
    em_max_rest          double precision,
    em_midpoint_rest     double precision,
    em_snr               double precision,
    band_name            text,
    s_seeing             double precision,
    full_data_url        text,
    full_data_format     text,
    s_pos                spoint GENERATED ALWAYS AS (spoint(radians(s_ra), radians(s_dec))) STORED,
    product_path         text,
    original_path        text,
    original_hdu         text,
    record_modified      timestamp without time zone NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    CONSTRAINT obscore_pkey PRIMARY KEY (obs_publisher_did),
    CONSTRAINT obscore_dataproduct_type_check CHECK (dataproduct_type IN
        ('image', 'cube', 'spectrum', 'sed', 'timeseries', 'visibility', 'event', 'measurements'))
);

COMMENT ON TABLE ivoa.obscore IS 'ObsCore 1.1 metadata of every spectrum and image in the archive';

-- Sky position: the stored point, and the expression that translated ADQL produces
-- (POINT('ICRS', s_ra, s_dec) becomes spoint(radians(s_ra), radians(s_dec))).
CREATE INDEX obscore_s_pos_gist ON ivoa.obscore USING gist (s_pos);
CREATE INDEX obscore_radec_gist ON ivoa.obscore USING gist (spoint(radians(s_ra), radians(s_dec)));
CREATE INDEX obscore_s_region_gist ON ivoa.obscore USING gist (s_region);

CREATE INDEX obscore_collection_idx ON ivoa.obscore (obs_collection);
CREATE INDEX obscore_target_name_idx ON ivoa.obscore (lower(target_name));
CREATE INDEX obscore_t_min_idx ON ivoa.obscore (t_min);
CREATE INDEX obscore_t_max_idx ON ivoa.obscore (t_max);
CREATE INDEX obscore_em_min_idx ON ivoa.obscore (em_min);
CREATE INDEX obscore_em_max_idx ON ivoa.obscore (em_max);
CREATE INDEX obscore_em_rest_idx ON ivoa.obscore (em_min_rest, em_max_rest);
CREATE INDEX obscore_redshift_idx ON ivoa.obscore (redshift);
CREATE INDEX obscore_s_ra_idx ON ivoa.obscore (s_ra);
CREATE INDEX obscore_s_dec_idx ON ivoa.obscore (s_dec);
CREATE INDEX obscore_record_modified_idx ON ivoa.obscore (record_modified);

GRANT USAGE ON SCHEMA ivoa TO "${reader_role}";
GRANT SELECT ON ivoa.obscore TO "${reader_role}";
