-- 0009: screening jobs cut into chunks for `vigil worker` processes (docs/workers.md). A chunk is a contiguous range of
-- customer ids (after_customer, last_customer]; it is marked done in the same transaction as its alerts, so a chunk
-- delivered twice changes nothing the second time. The PostgreSQL form of 0009 (BIGINT, DOUBLE PRECISION, COLLATE "C").
CREATE TABLE job_chunks (
    job_id          BIGINT  NOT NULL REFERENCES screening_jobs (id),
    chunk_no        BIGINT  NOT NULL,
    after_customer  TEXT COLLATE "C" NULL,                     -- the last id of the chunk before (NULL for the first chunk)
    first_customer  TEXT COLLATE "C" NOT NULL,
    last_customer   TEXT COLLATE "C" NOT NULL,
    customers       BIGINT  NOT NULL,                 -- customers in the range when the job was planned
    state           TEXT COLLATE "C" NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
    attempts        BIGINT  NOT NULL DEFAULT 0,
    customers_done  BIGINT  NOT NULL DEFAULT 0,
    raised          BIGINT  NOT NULL DEFAULT 0,
    reopened        BIGINT  NOT NULL DEFAULT 0,
    closed          BIGINT  NOT NULL DEFAULT 0,
    max_drift       DOUBLE PRECISION NOT NULL DEFAULT 0,       -- delta jobs: the largest score move of an unchanged pair
    worker          TEXT COLLATE "C" NULL,                     -- who holds it (last delivery), then who finished or failed it
    error           TEXT COLLATE "C" NULL,                     -- why it failed
    finished_at     TEXT COLLATE "C" NULL,
    PRIMARY KEY (job_id, chunk_no)
);
