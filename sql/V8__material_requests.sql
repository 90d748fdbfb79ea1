-- Material requests of connection projects and the 3-working-day delivery check: the due period setting,
-- transfer times from each warehouse to each unit's sites, requests with their lines (each sourced from one
-- warehouse, its stock reserved), and the signed deliveries on site.

INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by)
VALUES ('delivery.dueWorkingDays', '3', NOW(), 'system');

-- Working days from a warehouse to the sites of a unit (administrators edit them). Defaults: a unit's own
-- warehouse 1 day, the central warehouse 2, between the two districts 2, other counties 3, Pan'an (mountains) 4.
CREATE TABLE transfer_time (
    warehouse_id BIGINT NOT NULL,
    unit_id      BIGINT NOT NULL,
    working_days INT    NOT NULL,
    version      INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (warehouse_id, unit_id),
    CONSTRAINT fk_transfer_time_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_transfer_time_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_transfer_time_days CHECK (working_days BETWEEN 0 AND 30)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO transfer_time (warehouse_id, unit_id, working_days)
SELECT w.id, u.id,
       CASE WHEN w.unit_id = u.id THEN 1
            WHEN wu.code = 'PA' OR u.code = 'PA' THEN 4
            WHEN w.central THEN 2
            WHEN wu.code IN ('WC', 'JD') AND u.code IN ('WC', 'JD', 'JH') THEN 2
            ELSE 3 END
FROM warehouse w
JOIN unit wu ON wu.id = w.unit_id
CROSS JOIN unit u
WHERE u.code IN ('JH', 'WC', 'JD', 'LX', 'DY', 'YW', 'YK', 'PJ', 'WY', 'PA');

CREATE TABLE material_request (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    project_id    BIGINT       NOT NULL,
    site          VARCHAR(200) NOT NULL,
    requested_at  DATETIME     NOT NULL,
    due_days      INT          NOT NULL,
    due_on        DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    picked_at     DATETIME     NULL,
    dispatched_at DATETIME     NULL,
    delivered_at  DATETIME     NULL,
    cancelled_at  DATETIME     NULL,
    cancel_reason VARCHAR(500) NULL,
    created_at    DATETIME     NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_request_project FOREIGN KEY (project_id) REFERENCES connection_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the delivery board: open requests by due date
CREATE INDEX ix_request_status_due ON material_request (status, due_on);
CREATE INDEX ix_request_project ON material_request (project_id);

CREATE TABLE material_request_line (
    id            BIGINT  NOT NULL AUTO_INCREMENT,
    request_id    BIGINT  NOT NULL,
    line_no       INT     NOT NULL,
    material_id   BIGINT  NOT NULL,
    warehouse_id  BIGINT  NOT NULL,
    quantity      INT     NOT NULL,
    delivered     INT     NOT NULL DEFAULT 0,
    transfer_days INT     NOT NULL,
    expected_on   DATE    NOT NULL,
    can_meet_due  BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_request_line UNIQUE (request_id, line_no),
    CONSTRAINT fk_line_request FOREIGN KEY (request_id) REFERENCES material_request (id),
    CONSTRAINT fk_line_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_line_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT ck_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_line_delivered CHECK (delivered >= 0 AND delivered <= quantity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_line_warehouse ON material_request_line (warehouse_id, request_id);

CREATE TABLE material_delivery (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    line_id      BIGINT       NOT NULL,
    quantity     INT          NOT NULL,
    delivered_at DATETIME     NOT NULL,
    signed_by    VARCHAR(100) NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_delivery_line FOREIGN KEY (line_id) REFERENCES material_request_line (id),
    CONSTRAINT ck_delivery_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- which request a stock posting belongs to (reservations, releases and issues of deliveries)
ALTER TABLE stock_posting ADD COLUMN request_id BIGINT NULL;
ALTER TABLE stock_posting ADD CONSTRAINT fk_posting_request FOREIGN KEY (request_id) REFERENCES material_request (id);
