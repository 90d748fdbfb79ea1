-- Warnings and reminders: the last colour seen per watched record, the warnings raised (message key and
-- arguments, so each recipient reads them in their own language), each recipient's inbox,
-- the outbox of e-mails and text messages (retried, never sent twice), the users' channel choices and language,
-- and a lock that lets one server at a time run the scan.

ALTER TABLE app_user ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'zh-CN';
ALTER TABLE app_user ADD COLUMN notify_email BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE app_user ADD COLUMN notify_sms BOOLEAN NOT NULL DEFAULT FALSE;

-- who is told: the ladder per colour (RESPONSIBLE, UNIT_SUPERVISORS, PARENT_SUPERVISORS), comma-separated
INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) VALUES
    ('alerts.ladder.YELLOW', 'RESPONSIBLE', NOW(), 'system'),
    ('alerts.ladder.RED', 'RESPONSIBLE,UNIT_SUPERVISORS,PARENT_SUPERVISORS', NOW(), 'system');

CREATE TABLE alert_state (
    subject_type   VARCHAR(16) NOT NULL,
    subject_id     BIGINT      NOT NULL,
    colour         VARCHAR(8)  NOT NULL,
    since          DATETIME    NOT NULL,
    last_alerted   DATETIME    NOT NULL,
    unit_id        BIGINT      NOT NULL,
    PRIMARY KEY (subject_type, subject_id),
    CONSTRAINT fk_alert_state_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_alert_state_colour ON alert_state (colour, unit_id);

CREATE TABLE alert (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    subject_type VARCHAR(16)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    colour       VARCHAR(8)    NOT NULL,
    reminder     BOOLEAN       NOT NULL,
    unit_id      BIGINT        NOT NULL,
    reference    VARCHAR(100)  NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    args         VARCHAR(1000) NOT NULL,
    link         VARCHAR(200)  NOT NULL,
    raised_at    DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_alert_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_alert_subject ON alert (subject_type, subject_id);

CREATE TABLE inbox_item (
    id       BIGINT   NOT NULL AUTO_INCREMENT,
    alert_id BIGINT   NOT NULL,
    user_id  BIGINT   NOT NULL,
    read_at  DATETIME NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_inbox_item UNIQUE (alert_id, user_id),
    CONSTRAINT fk_inbox_alert FOREIGN KEY (alert_id) REFERENCES alert (id),
    CONSTRAINT fk_inbox_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inbox_user ON inbox_item (user_id, read_at);

CREATE TABLE outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    alert_id        BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL,
    channel         VARCHAR(8)    NOT NULL,
    address         VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME      NOT NULL,
    claimed_until   DATETIME      NULL,
    last_error      VARCHAR(500)  NULL,
    sent_at         DATETIME      NULL,
    created_at      DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox UNIQUE (alert_id, user_id, channel),
    CONSTRAINT fk_outbox_alert FOREIGN KEY (alert_id) REFERENCES alert (id),
    CONSTRAINT fk_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE job_lock (
    name         VARCHAR(32) NOT NULL,
    locked_until DATETIME    NOT NULL,
    locked_by    VARCHAR(100) NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lock (name, locked_until) VALUES ('alert-scan', '2000-01-01 00:00:00');
