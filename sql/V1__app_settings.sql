-- Administrator settings that rules read at run time (e.g. the delivery due period).
-- One row per setting; people edit them, hence the version column for optimistic locking.
CREATE TABLE app_setting (
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(1000) NOT NULL,
    version       INT           NOT NULL DEFAULT 0,
    updated_at    DATETIME      NOT NULL,
    updated_by    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (setting_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
