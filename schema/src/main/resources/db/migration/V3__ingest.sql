-- Bookkeeping of bin/ingest (module obscore-ingest). Schema "archive" is internal: it is not
-- described in TAP_SCHEMA and the reader role gets no rights on it.
--
-- Invariant kept by the ingest: every ivoa.obscore row written by "bin/ingest load" has one
-- archive.ingested_product row and a product file under the data directory, and nothing else
-- lives under products/ or originals/. File moves that follow a committed transaction are
-- journalled in archive.pending_file_op so that a killed run is finished by the next one.
CREATE SCHEMA IF NOT EXISTS archive;

-- One row per original (source) file that has been ingested.
CREATE TABLE archive.ingested_file (
    source_path    text PRIMARY KEY,          -- absolute path the file was loaded from
    size_bytes     bigint NOT NULL,
    mtime_micros   bigint NOT NULL,           -- last-modified time, microseconds since 1970
    sha256         text NOT NULL,             -- hex digest of the whole file
    loader_id      text NOT NULL,             -- the SurveyLoader that read it
    load_options   text NOT NULL,             -- options that shape the rows (collection, rights, ...)
    original_path  text NOT NULL,             -- copy under the data directory (relative), or the source path itself
    original_copied boolean NOT NULL,         -- true: original_path is our copy, removed with the file's rows
    ingested_at    timestamp without time zone NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);
-- Two source files must not be copied to the same place.
CREATE UNIQUE INDEX ingested_file_original_path_key ON archive.ingested_file (original_path);

-- One row per product (ObsCore row) and the source file that produced it.
CREATE TABLE archive.ingested_product (
    obs_publisher_did text PRIMARY KEY,
    source_path       text NOT NULL REFERENCES archive.ingested_file (source_path) ON DELETE CASCADE,
    obs_collection    text NOT NULL,
    product_path      text NOT NULL,         -- relative to the data directory
    product_bytes     bigint NOT NULL
);
CREATE UNIQUE INDEX ingested_product_product_path_key ON archive.ingested_product (product_path);
CREATE INDEX ingested_product_source_path_idx ON archive.ingested_product (source_path);
CREATE INDEX ingested_product_collection_idx ON archive.ingested_product (obs_collection);

-- File operations decided by a committed transaction and not yet known to be done: 'place'
-- moves a fully written staged file to its target, 'remove' deletes a target. Both are
-- idempotent; a run deletes its entries once applied, the next run replays what is left.
CREATE TABLE archive.pending_file_op (
    id           bigserial PRIMARY KEY,
    run_id       text NOT NULL,
    data_dir     text NOT NULL,               -- absolute data directory the paths are relative to
    op           text NOT NULL CHECK (op IN ('place', 'remove')),
    staged_path  text,                        -- for 'place': the staged file, relative to data_dir
    target_path  text NOT NULL,               -- relative to data_dir
    CHECK ((op = 'place') = (staged_path IS NOT NULL))
);
