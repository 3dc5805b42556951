-- Periodic jobs that one cluster member should run per period (JobLeases): every member's timer
-- fires, and the member that moves held_until forward runs the job. A job's row is seeded here.
CREATE TABLE job_leases (
    name       VARCHAR(140) PRIMARY KEY,
    holder     VARCHAR(140),
    held_until TIMESTAMP    NOT NULL
);

INSERT INTO job_leases (name, holder, held_until) VALUES ('vendor status poll', NULL, TIMESTAMP '1970-01-01 00:00:00');
