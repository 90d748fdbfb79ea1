-- Delay causes (issue 23): the confirmed cause of a late item (a missed project clock, a late milestone, delivery
-- or permit), one row per item, keyed by its kind and id as warnings are; the cause proposed at the time is kept
-- beside the one confirmed. Items without a row are counted under the cause the system proposes for them.

CREATE TABLE delay_cause (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    subject_type VARCHAR(16)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    project_id   BIGINT       NOT NULL,
    unit_code    VARCHAR(16)  NOT NULL,
    cause        VARCHAR(16)  NOT NULL,
    proposed     VARCHAR(16)  NULL,
    note         VARCHAR(500) NULL,
    confirmed_by VARCHAR(64)  NOT NULL,
    confirmed_at DATETIME     NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_delay_cause_subject UNIQUE (subject_type, subject_id),
    CONSTRAINT fk_delay_cause_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE,
    CONSTRAINT ck_delay_cause CHECK (cause IN ('MATERIALS', 'PERMITS', 'CUSTOMER', 'DESIGN', 'CONSTRUCTION',
                                               'WEATHER', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_delay_cause_unit ON delay_cause (unit_code, cause);
