-- Jobs that run once per cluster besides the warning scan (issue 20): the hourly clock refresh holds its lease for
-- the hour, the start-up backfill of final clocks while it runs (platform.cluster.JobLease).
INSERT INTO job_lock (name, locked_until) VALUES ('clock-refresh', '2000-01-01 00:00:00');
INSERT INTO job_lock (name, locked_until) VALUES ('clock-backfill', '2000-01-01 00:00:00');
