-- Parallel administrative permits: the permit types administrators keep, one track per permit a project
-- needs, its documents (files kept in the database, outside the web root) and its supplement requests.

CREATE TABLE permit_type (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    code                VARCHAR(32)   NOT NULL,
    name_zh             VARCHAR(100)  NOT NULL,
    name_en             VARCHAR(100)  NOT NULL,
    authority           VARCHAR(200)  NOT NULL,
    limit_days          INT           NOT NULL DEFAULT 5,
    pause_on_supplement BOOLEAN       NOT NULL DEFAULT TRUE,
    documents           VARCHAR(2000) NOT NULL,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    version             INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_permit_type_code UNIQUE (code),
    CONSTRAINT ck_permit_type_limit CHECK (limit_days > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- documents: one required document per line, kept to the minimum
INSERT INTO permit_type (code, name_zh, name_en, authority, documents) VALUES
    ('PLANNING', '规划许可', 'Planning permit', '金华市自然资源和规划局', '申请表
电缆路由规划图'),
    ('GREEN_SPACE', '占用绿地许可', 'Green-space occupation permit', '金华市建设局（园林绿化）', '申请表
占用绿地范围图'),
    ('ROAD_EXCAVATION', '掘路许可', 'Road excavation permit', '金华市综合行政执法局', '申请表
施工方案'),
    ('ROAD_OCCUPATION', '占路许可', 'Road occupation permit', '金华市公安局交通警察支队', '申请表
交通组织方案');

CREATE TABLE permit_track (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    project_id     BIGINT       NOT NULL,
    type_id        BIGINT       NOT NULL,
    status         VARCHAR(24)  NOT NULL,
    limit_days     INT          NOT NULL,
    pause_on_supplement BOOLEAN NOT NULL,
    submitted_on   DATE         NULL,
    decided_on     DATE         NULL,
    permit_number  VARCHAR(64)  NULL,
    valid_from     DATE         NULL,
    valid_to       DATE         NULL,
    works_until    DATE         NULL,
    note           VARCHAR(500) NULL,
    created_at     DATETIME     NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_permit_track UNIQUE (project_id, type_id),
    CONSTRAINT fk_track_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE,
    CONSTRAINT fk_track_type FOREIGN KEY (type_id) REFERENCES permit_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_track_status ON permit_track (status, submitted_on);

CREATE TABLE permit_supplement (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    track_id     BIGINT       NOT NULL,
    document     VARCHAR(200) NOT NULL,
    requested_on DATE         NOT NULL,
    due_on       DATE         NULL,
    supplied_on  DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_supplement_track FOREIGN KEY (track_id) REFERENCES permit_track (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE permit_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    track_id     BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    deferred_to  DATE         NULL,
    file_name    VARCHAR(200) NULL,
    content_type VARCHAR(64)  NULL,
    file_size    INT          NULL,
    content      LONGBLOB     NULL,
    uploaded_at  DATETIME     NULL,
    uploaded_by  VARCHAR(64)  NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_track FOREIGN KEY (track_id) REFERENCES permit_track (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
