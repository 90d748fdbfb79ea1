-- The final clocks of connected projects, one row per clock (whole/handling and each step), written when a
-- project is connected and removed if it is reopened: the evaluation reports aggregate them in the database.

ALTER TABLE connection_project ADD COLUMN connected_on DATE NULL;
CREATE INDEX ix_project_connected ON connection_project (connected_on, unit_id, category);

CREATE TABLE project_clock_result (
    project_id BIGINT      NOT NULL,
    scope      VARCHAR(32) NOT NULL,
    main       BOOLEAN     NOT NULL,
    limit_days INT         NOT NULL,
    used_days  INT         NOT NULL,
    met        BOOLEAN     NOT NULL,
    PRIMARY KEY (project_id, scope),
    CONSTRAINT fk_clock_result_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_clock_result_scope ON project_clock_result (scope, met);
