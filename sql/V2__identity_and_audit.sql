-- Units of the company, the people who use GridWorks and their roles, and the audit trail.

CREATE TABLE unit (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    code      VARCHAR(16)  NOT NULL,
    name_zh   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    parent_id BIGINT       NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The Jinhua branch, its two district sub-companies and seven county companies (shared/DOMAIN.md).
INSERT INTO unit (code, name_zh, name_en, kind, parent_id) VALUES
    ('JH', '国网金华供电公司', 'State Grid Jinhua Power Supply Company', 'CITY', NULL);
INSERT INTO unit (code, name_zh, name_en, kind, parent_id)
SELECT v.code, v.name_zh, v.name_en, v.kind, c.id
FROM (SELECT 'WC' AS code, '婺城供电分公司' AS name_zh, 'Wucheng District Branch' AS name_en, 'DISTRICT' AS kind
      UNION ALL SELECT 'JD', '金东供电分公司', 'Jindong District Branch', 'DISTRICT'
      UNION ALL SELECT 'LX', '兰溪市供电公司', 'Lanxi Power Supply Company', 'COUNTY'
      UNION ALL SELECT 'DY', '东阳市供电公司', 'Dongyang Power Supply Company', 'COUNTY'
      UNION ALL SELECT 'YW', '义乌市供电公司', 'Yiwu Power Supply Company', 'COUNTY'
      UNION ALL SELECT 'YK', '永康市供电公司', 'Yongkang Power Supply Company', 'COUNTY'
      UNION ALL SELECT 'PJ', '浦江县供电公司', 'Pujiang Power Supply Company', 'COUNTY'
      UNION ALL SELECT 'WY', '武义县供电公司', 'Wuyi Power Supply Company', 'COUNTY'
      UNION ALL SELECT 'PA', '磐安县供电公司', 'Pan''an Power Supply Company', 'COUNTY') v
CROSS JOIN unit c
WHERE c.code = 'JH';

CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    login               VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    unit_id             BIGINT       NOT NULL,
    phone               VARCHAR(32)  NULL,
    email               VARCHAR(254) NULL,
    password_hash       VARCHAR(512) NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME     NULL,
    password_changed_at DATETIME     NOT NULL,
    created_at          DATETIME     NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_login UNIQUE (login),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what to which record, when; changes holds the changed fields with old and new values as JSON.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME     NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    record_type    VARCHAR(64)  NULL,
    record_id      VARCHAR(64)  NULL,
    summary        VARCHAR(500) NULL,
    changes        TEXT         NULL,
    client_address VARCHAR(64)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_actor_time ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_record ON audit_event (record_type, record_id, occurred_at);
