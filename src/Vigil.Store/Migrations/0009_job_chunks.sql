-- 0009: screening jobs cut into chunks for `vigil worker` processes (docs/workers.md). A chunk is a contiguous range of
-- customer ids (after_customer, last_customer]; it is marked done in the same transaction as its alerts, so a chunk
-- delivered twice changes nothing the second time. Plain SQL that PostgreSQL accepts as well.
CREATE TABLE job_chunks (
    job_id          INTEGER NOT NULL REFERENCES screening_jobs (id),
    chunk_no        INTEGER NOT NULL,
    after_customer  TEXT    NULL,                     -- the last id of the chunk before (NULL for the first chunk)
    first_customer  TEXT    NOT NULL,
    last_customer   TEXT    NOT NULL,
    customers       INTEGER NOT NULL,                 -- customers in the range when the job was planned
    state           TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    customers_done  INTEGER NOT NULL DEFAULT 0,
    raised          INTEGER NOT NULL DEFAULT 0,
    reopened        INTEGER NOT NULL DEFAULT 0,
    closed          INTEGER NOT NULL DEFAULT 0,
    max_drift       REAL    NOT NULL DEFAULT 0,       -- delta jobs: the largest score move of an unchanged pair
    worker          TEXT    NULL,                     -- who holds it (last delivery), then who finished or failed it
    error           TEXT    NULL,                     -- why it failed
    finished_at     TEXT    NULL,
    PRIMARY KEY (job_id, chunk_no)
);
