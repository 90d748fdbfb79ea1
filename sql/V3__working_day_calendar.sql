-- The working-day calendar: which years' official notices are loaded, and every date that differs from the
-- Monday-to-Friday rule (holidays on weekdays, weekend days worked in exchange), official or corrected.

CREATE TABLE calendar_year (
    year_number INT          NOT NULL,
    source      VARCHAR(200) NOT NULL,
    loaded_at   DATETIME     NOT NULL,
    loaded_by   VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (year_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_day (
    calendar_date DATE         NOT NULL,
    off_day       BOOLEAN      NOT NULL,
    name          VARCHAR(100) NULL,
    notice_year   INT          NOT NULL,
    corrected     BOOLEAN      NOT NULL DEFAULT FALSE,
    reason        VARCHAR(500) NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (calendar_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_calendar_day_notice ON calendar_day (notice_year);
