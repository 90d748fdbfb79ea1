-- Reserve materials inventory: warehouses, the materials catalogue, the reserve list (levels per material and
-- warehouse), balances and the stock ledger that explains every balance, and transfers between warehouses.
-- Quantities are whole numbers in the material's unit of measure (cables in metres).

CREATE TABLE warehouse (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     VARCHAR(16)  NOT NULL,
    name_zh  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    unit_id  BIGINT       NOT NULL,
    central  BOOLEAN      NOT NULL DEFAULT FALSE,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_warehouse_code UNIQUE (code),
    CONSTRAINT fk_warehouse_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The city central warehouse and one per district/county company.
INSERT INTO warehouse (code, name_zh, name_en, unit_id, central)
SELECT CONCAT('WH-', u.code),
       CASE WHEN u.code = 'JH' THEN '金华市中心仓库' ELSE CONCAT(REPLACE(REPLACE(u.name_zh, '供电分公司', ''), '供电公司', ''), '仓库') END,
       CASE WHEN u.code = 'JH' THEN 'Jinhua Central Warehouse'
            ELSE CONCAT(REPLACE(REPLACE(REPLACE(u.name_en, ' District Branch', ''), ' Power Supply Company', ''), 'State Grid ', ''), ' Warehouse') END,
       u.id,
       u.code = 'JH'
FROM unit u
WHERE u.code IN ('JH', 'WC', 'JD', 'LX', 'DY', 'YW', 'YK', 'PJ', 'WY', 'PA')
ORDER BY u.id;

CREATE TABLE material (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     VARCHAR(32)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    spec     VARCHAR(200) NOT NULL,
    uom      VARCHAR(16)  NOT NULL,
    category VARCHAR(24)  NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_material_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_material_category ON material (category, code);

-- Balances: one row per material and warehouse, created with the material, changed only by a posting that holds
-- the row lock. The CHECKs are the last guard: stock never goes negative, nothing is reserved that is not there.
CREATE TABLE stock_balance (
    material_id  BIGINT NOT NULL,
    warehouse_id BIGINT NOT NULL,
    on_hand      INT    NOT NULL DEFAULT 0,
    reserved     INT    NOT NULL DEFAULT 0,
    in_transit   INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (material_id, warehouse_id),
    CONSTRAINT fk_balance_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_balance_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT ck_balance_on_hand CHECK (on_hand >= 0),
    CONSTRAINT ck_balance_reserved CHECK (reserved >= 0 AND reserved <= on_hand),
    CONSTRAINT ck_balance_in_transit CHECK (in_transit >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_balance_warehouse ON stock_balance (warehouse_id, material_id);

-- The reserve list (实物储备清单): reserve level (minimum) and ceiling per material and warehouse; edited by people.
CREATE TABLE reserve_level (
    material_id  BIGINT NOT NULL,
    warehouse_id BIGINT NOT NULL,
    minimum      INT    NOT NULL,
    ceiling      INT    NOT NULL,
    version      INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (material_id, warehouse_id),
    CONSTRAINT fk_level_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_level_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT ck_level_minimum CHECK (minimum >= 0),
    CONSTRAINT ck_level_ceiling CHECK (ceiling >= minimum)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A transfer between warehouses: out now (source on hand down, target in transit up), in on arrival.
CREATE TABLE stock_transfer (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    material_id       BIGINT       NOT NULL,
    from_warehouse_id BIGINT       NOT NULL,
    to_warehouse_id   BIGINT       NOT NULL,
    quantity          INT          NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    sent_at           DATETIME     NOT NULL,
    sent_by           VARCHAR(64)  NOT NULL,
    received_at       DATETIME     NULL,
    received_by       VARCHAR(64)  NULL,
    note              VARCHAR(500) NULL,
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_transfer_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_transfer_from FOREIGN KEY (from_warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_transfer_to FOREIGN KEY (to_warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT ck_transfer_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_transfer_status ON stock_transfer (status, to_warehouse_id);

-- One posting per user action (with its idempotency key: the same key twice posts once), one movement row per
-- warehouse it touches. Each row carries its deltas and the balance after it, so the ledger explains every balance.
CREATE TABLE stock_posting (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    idempotency_key VARCHAR(64)  NULL,
    fingerprint     VARCHAR(400) NOT NULL,
    type            VARCHAR(16)  NOT NULL,
    posted_at       DATETIME     NOT NULL,
    posted_by       VARCHAR(64)  NOT NULL,
    reason          VARCHAR(500) NULL,
    project_id      BIGINT       NULL,
    reference       VARCHAR(100) NULL,
    transfer_id     BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_posting_key UNIQUE (idempotency_key),
    CONSTRAINT fk_posting_project FOREIGN KEY (project_id) REFERENCES connection_project (id),
    CONSTRAINT fk_posting_transfer FOREIGN KEY (transfer_id) REFERENCES stock_transfer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stock_movement (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    posting_id       BIGINT      NOT NULL,
    material_id      BIGINT      NOT NULL,
    warehouse_id     BIGINT      NOT NULL,
    type             VARCHAR(16) NOT NULL,
    quantity         INT         NOT NULL,
    d_on_hand        INT         NOT NULL,
    d_reserved       INT         NOT NULL,
    d_in_transit     INT         NOT NULL,
    on_hand_after    INT         NOT NULL,
    reserved_after   INT         NOT NULL,
    in_transit_after INT         NOT NULL,
    counterpart_id   BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_movement_posting FOREIGN KEY (posting_id) REFERENCES stock_posting (id),
    CONSTRAINT fk_movement_material FOREIGN KEY (material_id) REFERENCES material (id),
    CONSTRAINT fk_movement_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT fk_movement_counterpart FOREIGN KEY (counterpart_id) REFERENCES warehouse (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ledger of one material in one warehouse, in order; and the postings of one project.
CREATE INDEX ix_movement_pair ON stock_movement (material_id, warehouse_id, id);
CREATE INDEX ix_posting_project ON stock_posting (project_id);
