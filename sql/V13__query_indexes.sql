-- Indexes for the queries that scan at city scale (issue 19): achieved milestones by date, delivered and open
-- requests by status, decided permits by status, projects by status and stored clock colour (list filters and
-- dashboard counts). Plain CREATE INDEX: the same statement runs on MySQL/MariaDB and on H2 in MySQL mode.
CREATE INDEX ix_milestone_actual ON milestone (actual);
CREATE INDEX ix_request_status_delivered ON material_request (status, delivered_at);
CREATE INDEX ix_permit_status_decided ON permit_track (status, decided_on);
CREATE INDEX ix_project_status_clock ON connection_project (status, clock_status);
