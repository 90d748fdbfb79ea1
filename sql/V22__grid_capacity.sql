-- Open grid capacity (issue 24): what each substation and feeder can still take, kept by administrators by hand or
-- by Excel import, published by district on /public/capacity.xhtml and shown on high-voltage projects.
-- feeder is NULL on a substation's own row. A UNIQUE key treats NULLs as distinct on MariaDB and H2, so it is put on
-- feeder_key (the feeder, or '' for the substation's own row), which the entity keeps equal to COALESCE(feeder, '').

CREATE TABLE grid_capacity (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    substation     VARCHAR(100)  NOT NULL,
    feeder         VARCHAR(100)  NULL,
    feeder_key     VARCHAR(100)  NOT NULL,
    voltage_kv     DECIMAL(5, 1) NOT NULL,
    unit_code      VARCHAR(16)   NOT NULL,
    available_kva  INT           NOT NULL,
    updated_on     DATE          NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_grid_capacity_place UNIQUE (substation, feeder_key),
    CONSTRAINT fk_grid_capacity_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT ck_grid_capacity_kva CHECK (available_kva >= 0),
    CONSTRAINT ck_grid_capacity_kv CHECK (voltage_kv > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_grid_capacity_unit ON grid_capacity (unit_code, substation);
