-- Connection projects (one customer application each), their process steps with pauses, and the policy of
-- legal time limits and step budgets by category and effective date.

CREATE TABLE clock_policy (
    id                        BIGINT      NOT NULL AUTO_INCREMENT,
    category                  VARCHAR(24) NOT NULL,
    three_step                BOOLEAN     NOT NULL DEFAULT FALSE,
    effective_from            DATE        NOT NULL,
    clock_scope               VARCHAR(16) NOT NULL,
    limit_days                INT         NOT NULL,
    budget_acceptance         INT         NULL,
    budget_plan_reply         INT         NULL,
    budget_completion         INT         NULL,
    budget_connection         INT         NULL,
    version                   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_clock_policy UNIQUE (category, three_step, effective_from),
    CONSTRAINT ck_clock_policy_limit CHECK (limit_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Defaults from shared/DOMAIN.md. budget_connection is the connection step, or the combined completion and
-- connection step of the three-step variant.
INSERT INTO clock_policy (category, three_step, effective_from, clock_scope, limit_days,
                          budget_acceptance, budget_plan_reply, budget_completion, budget_connection) VALUES
    ('RESIDENTIAL',   FALSE, '2021-01-01', 'WHOLE',    5,  1, NULL, NULL, 4),
    ('LV_THREE_ZERO', FALSE, '2021-01-01', 'WHOLE',    25, 1, NULL, NULL, 24),
    ('LV_THREE_ZERO', FALSE, '2022-01-01', 'WHOLE',    20, 1, NULL, NULL, 19),
    ('LV_THREE_ZERO', FALSE, '2023-01-01', 'WHOLE',    15, 1, NULL, NULL, 14),
    ('LV_OTHER',      FALSE, '2021-01-01', 'HANDLING', 6,  1, 2,    NULL, 3),
    ('HV_SINGLE',     FALSE, '2021-01-01', 'HANDLING', 22, 1, 11,   5,    5),
    ('HV_SINGLE',     TRUE,  '2021-01-01', 'HANDLING', 22, 1, 11,   NULL, 10),
    ('HV_DUAL',       FALSE, '2021-01-01', 'HANDLING', 32, 1, 21,   5,    5),
    ('HV_DUAL',       TRUE,  '2021-01-01', 'HANDLING', 32, 1, 21,   NULL, 10);

CREATE TABLE connection_project (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    project_number         VARCHAR(32)   NULL,
    customer_name          VARCHAR(200)  NOT NULL,
    address                VARCHAR(300)  NULL,
    unit_id                BIGINT        NOT NULL,
    area_type              VARCHAR(8)    NOT NULL,
    capacity_kw            DECIMAL(10,1) NOT NULL,
    voltage_kv             DECIMAL(4,1)  NOT NULL,
    dual_supply            BOOLEAN       NOT NULL DEFAULT FALSE,
    small_micro            BOOLEAN       NOT NULL DEFAULT FALSE,
    residential            BOOLEAN       NOT NULL DEFAULT FALSE,
    three_step_variant     BOOLEAN       NOT NULL DEFAULT FALSE,
    needs_supporting_works BOOLEAN       NOT NULL DEFAULT FALSE,
    category               VARCHAR(24)   NOT NULL,
    category_overridden    BOOLEAN       NOT NULL DEFAULT FALSE,
    override_reason        VARCHAR(500)  NULL,
    accepted_on            DATE          NOT NULL,
    manager_id             BIGINT        NULL,
    status                 VARCHAR(16)   NOT NULL,
    clock_status           VARCHAR(16)   NOT NULL,
    clock_used             INT           NOT NULL DEFAULT 0,
    clock_limit            INT           NOT NULL DEFAULT 0,
    clock_due              DATE          NULL,
    clocks_computed_at     DATETIME      NULL,
    created_at             DATETIME      NOT NULL,
    created_by             VARCHAR(64)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_project_number UNIQUE (project_number),
    CONSTRAINT fk_project_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_project_manager FOREIGN KEY (manager_id) REFERENCES app_user (id),
    CONSTRAINT ck_project_capacity CHECK (capacity_kw > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_project_unit_status ON connection_project (unit_id, status, accepted_on);
CREATE INDEX ix_project_unit_clock ON connection_project (unit_id, clock_status);
CREATE INDEX ix_project_category ON connection_project (category, accepted_on);
CREATE INDEX ix_project_customer ON connection_project (customer_name);

CREATE TABLE project_step (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    project_id  BIGINT      NOT NULL,
    step_code   VARCHAR(32) NOT NULL,
    position    INT         NOT NULL,
    opened_at   DATETIME    NULL,
    opened_by   VARCHAR(64) NULL,
    closed_at   DATETIME    NULL,
    closed_by   VARCHAR(64) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_project_step UNIQUE (project_id, step_code),
    CONSTRAINT fk_step_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE step_pause (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    step_id     BIGINT       NOT NULL,
    paused_at   DATETIME     NOT NULL,
    resumed_at  DATETIME     NULL,
    reason      VARCHAR(500) NOT NULL,
    paused_by   VARCHAR(64)  NOT NULL,
    resumed_by  VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pause_step FOREIGN KEY (step_id) REFERENCES project_step (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
