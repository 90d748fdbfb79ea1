-- Permit routes (issue 23): the route rules administrators keep (which permit type a project needs and how, from its
-- facts), the facts themselves on the project, the tracks proposed to the clerk, the mode of each track; the
-- application's document list with the "四免" mark on document types; the on-site plan reply of simple 10(20) kV
-- applications.

-- One rule: when the condition holds for a project accepted within [effective_from, effective_to), the type is needed
-- in the mode. shipped_default marks the rows GridWorks ships (ours, not the city's thresholds).
CREATE TABLE permit_route_rule (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    permit_type     VARCHAR(32)  NOT NULL,
    condition_text  VARCHAR(300) NOT NULL,
    route_mode      VARCHAR(24)  NOT NULL,
    effective_from  DATE         NOT NULL,
    effective_to    DATE         NULL,
    shipped_default BOOLEAN      NOT NULL DEFAULT FALSE,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_route_mode CHECK (route_mode IN ('EXEMPT', 'NOTICE_AND_COMMITMENT', 'NORMAL_REVIEW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO permit_route_rule (permit_type, condition_text, route_mode, effective_from, shipped_default) VALUES
    ('ROAD_EXCAVATION', 'CROSSES_ROAD & NEW_LINE_METRES > 50', 'NORMAL_REVIEW', '2024-01-01', TRUE),
    ('ROAD_EXCAVATION', 'CROSSES_ROAD & NEW_LINE_METRES <= 50', 'NOTICE_AND_COMMITMENT', '2024-01-01', TRUE),
    ('ROAD_OCCUPATION', 'CROSSES_ROAD', 'NOTICE_AND_COMMITMENT', '2024-01-01', TRUE),
    ('GREEN_SPACE', 'OCCUPIES_GREEN_SPACE', 'NORMAL_REVIEW', '2024-01-01', TRUE),
    ('PLANNING', 'IN_PROTECTED_ZONE', 'NORMAL_REVIEW', '2024-01-01', TRUE),
    ('PLANNING', 'NEW_LINE_METRES > 200', 'NORMAL_REVIEW', '2024-01-01', TRUE),
    ('PLANNING', 'VOLTAGE_KV >= 10 & NEW_LINE_METRES > 0 & NEW_LINE_METRES <= 200 & !IN_PROTECTED_ZONE',
     'NOTICE_AND_COMMITMENT', '2024-01-01', TRUE);

-- The facts a route is decided from (voltage is the project's own voltage_kv), whether the scheme is simple
-- (高供低计, for the on-site plan reply) and the reply given on site; documents_flagged: an enterprise application
-- asking for more than 2 documents or for one the "四免" principle exempts.
ALTER TABLE connection_project ADD COLUMN new_line_metres INT NOT NULL DEFAULT 0;
ALTER TABLE connection_project ADD COLUMN crosses_road BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE connection_project ADD COLUMN occupies_green_space BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE connection_project ADD COLUMN in_protected_zone BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE connection_project ADD COLUMN simple_scheme BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE connection_project ADD COLUMN onsite_reply VARCHAR(500) NULL;
ALTER TABLE connection_project ADD COLUMN documents_flagged BOOLEAN NOT NULL DEFAULT FALSE;

-- A track's mode (null: normal review, as every track before routes); notice and commitment is granted on filing.
ALTER TABLE permit_track ADD COLUMN route_mode VARCHAR(24) NULL;

-- What the routes propose for a project, one row per permit type, and what the clerk made of it: CONFIRMED (the
-- track was created in the proposed mode) or OVERRIDDEN (another mode, or none, with a reason).
CREATE TABLE permit_proposal (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    project_id   BIGINT       NOT NULL,
    permit_type  VARCHAR(32)  NOT NULL,
    route_mode   VARCHAR(24)  NOT NULL,
    because      VARCHAR(300) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    chosen_mode  VARCHAR(24)  NULL,
    reason       VARCHAR(500) NULL,
    decided_by   VARCHAR(64)  NULL,
    decided_at   DATETIME     NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_permit_proposal UNIQUE (project_id, permit_type),
    CONSTRAINT fk_proposal_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Document types of a connection application; four_free marks one the "四免" principle exempts (the company
-- obtains it itself, e.g. by data sharing with the government), so an enterprise is never asked for it.
CREATE TABLE application_document_type (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(32)  NOT NULL,
    name_zh    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    four_free  BOOLEAN      NOT NULL DEFAULT FALSE,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_document_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO application_document_type (code, name_zh, name_en, four_free) VALUES
    ('IDENTITY', '用电人有效身份证明', 'Proof of identity', FALSE),
    ('PROPERTY', '用电地址物业权属证明', 'Proof of title to the premises', FALSE),
    ('BUSINESS_LICENCE', '营业执照', 'Business licence', TRUE),
    ('APPLICATION_FORM', '用电申请表', 'Application form', TRUE),
    ('LOAD_LIST', '用电设备清单', 'List of the loads', FALSE),
    ('POWER_OF_ATTORNEY', '授权委托书', 'Power of attorney', FALSE);

CREATE TABLE project_application_document (
    project_id BIGINT NOT NULL,
    type_id    BIGINT NOT NULL,
    PRIMARY KEY (project_id, type_id),
    CONSTRAINT fk_app_document_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_app_document_type FOREIGN KEY (type_id) REFERENCES application_document_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
