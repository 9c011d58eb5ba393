-- UWS 1.1 jobs (async TAP), kept in the database so that a server restart loses no job.
-- Schema "uws" is internal: not described in TAP_SCHEMA, no rights for the reader role, so
-- ADQL can never see it. Result files live under the data directory (uws/<job_id>/).
CREATE SCHEMA IF NOT EXISTS uws;

CREATE TABLE uws.job (
    job_id             text PRIMARY KEY,
    job_list           text NOT NULL,                 -- which service's job list, e.g. 'tap'
    run_id             text,
    owner_id           text,
    phase              text NOT NULL CHECK (phase IN ('PENDING', 'QUEUED', 'EXECUTING', 'COMPLETED',
                           'ERROR', 'ABORTED', 'UNKNOWN', 'HELD', 'SUSPENDED', 'ARCHIVED')),
    creation_time      timestamp with time zone NOT NULL,
    start_time         timestamp with time zone,
    end_time           timestamp with time zone,
    execution_duration integer NOT NULL CHECK (execution_duration >= 0),   -- seconds, 0 = unlimited
    destruction        timestamp with time zone NOT NULL,
    error_type         text CHECK (error_type IN ('fatal', 'transient')),
    error_message      text
);
CREATE INDEX job_list_creation_idx ON uws.job (job_list, creation_time DESC);
CREATE INDEX job_phase_idx ON uws.job (phase);
CREATE INDEX job_destruction_idx ON uws.job (destruction);

-- Parameters in the order given; by_reference: value is the URL of an inline (multipart) part
-- whose bytes are stored in the job's directory.
CREATE TABLE uws.job_parameter (
    job_id       text NOT NULL REFERENCES uws.job (job_id) ON DELETE CASCADE,
    position     integer NOT NULL,
    name         text NOT NULL,
    value        text NOT NULL,
    by_reference boolean NOT NULL DEFAULT false,
    PRIMARY KEY (job_id, position)
);

CREATE TABLE uws.job_result (
    job_id     text NOT NULL REFERENCES uws.job (job_id) ON DELETE CASCADE,
    result_id  text NOT NULL,
    file_name  text NOT NULL,                        -- relative to the job's directory
    mime_type  text NOT NULL,
    size_bytes bigint NOT NULL,
    PRIMARY KEY (job_id, result_id)
);
