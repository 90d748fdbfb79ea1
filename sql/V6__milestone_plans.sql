-- Supporting-works milestone plans: the templates administrators keep, one plan per project, its milestones
-- with finish-to-start dependencies, and the history of re-baselining.

CREATE TABLE milestone_template (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(32)  NOT NULL,
    name_zh       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    position      INT          NOT NULL,
    duration_days INT          NOT NULL,
    predecessors  VARCHAR(200) NULL,
    lag_days      INT          NOT NULL DEFAULT 0,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_milestone_template UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The default eight (shared/DOMAIN.md section 2); durations in working days after the predecessors finish.
INSERT INTO milestone_template (code, name_zh, name_en, position, duration_days, predecessors, lag_days) VALUES
    ('SETUP',                '立项',         'Project set up',       1, 1, NULL, 0),
    ('PLAN_APPROVED',        '方案批复',     'Plan approved',        2, 2, 'SETUP', 0),
    ('DESIGN_DONE',          '设计完成',     'Design done',          3, 3, 'PLAN_APPROVED', 0),
    ('PERMITS_GRANTED',      '行政审批完成', 'Permits granted',      4, 5, 'DESIGN_DONE', 0),
    ('MATERIALS_ON_SITE',    '物资到位',     'Materials on site',    5, 3, 'DESIGN_DONE', 0),
    ('CONSTRUCTION_STARTED', '开工',         'Construction started', 6, 1, 'PERMITS_GRANTED,MATERIALS_ON_SITE', 0),
    ('COMPLETION_ACCEPTED',  '竣工验收',     'Completion accepted',  7, 5, 'CONSTRUCTION_STARTED', 0),
    ('ENERGISED',            '送电',         'Energised',            8, 1, 'COMPLETION_ACCEPTED', 0);

CREATE TABLE milestone_plan (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    project_id  BIGINT      NOT NULL,
    status      VARCHAR(16) NOT NULL,
    deadline    DATE        NOT NULL,
    approved_at DATETIME    NULL,
    approved_by VARCHAR(64) NULL,
    created_at  DATETIME    NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    version     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_milestone_plan_project UNIQUE (project_id),
    CONSTRAINT fk_plan_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE milestone (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT       NOT NULL,
    code           VARCHAR(32)  NOT NULL,
    name_zh        VARCHAR(100) NOT NULL,
    name_en        VARCHAR(100) NOT NULL,
    position       INT          NOT NULL,
    duration_days  INT          NOT NULL,
    predecessors   VARCHAR(200) NULL,
    lag_days       INT          NOT NULL DEFAULT 0,
    responsible    VARCHAR(64)  NULL,
    baseline       DATE         NULL,
    forecast       DATE         NULL,
    forecast_fixed BOOLEAN      NOT NULL DEFAULT FALSE,
    actual         DATE         NULL,
    note           VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_milestone UNIQUE (plan_id, code),
    CONSTRAINT fk_milestone_plan FOREIGN KEY (plan_id) REFERENCES milestone_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_milestone_forecast ON milestone (forecast, actual);

CREATE TABLE baseline_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id      BIGINT       NOT NULL,
    changed_at   DATETIME     NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    old_baseline VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_baseline_plan FOREIGN KEY (plan_id) REFERENCES milestone_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
