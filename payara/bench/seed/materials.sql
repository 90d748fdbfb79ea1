-- The benchmark catalogue: @materials standard materials (codes BM000000, BM000001, ...) over the ten categories,
-- each with a balance row in every warehouse (zero until balances.sql sums the ledger) and a reserve level: the
-- category's typical level in a district or county warehouse, three times as much in the central one, the ceiling
-- three times the level, as the demo catalogue has it. Needs the n table (numbers.sql). The kinds table stays for
-- the session: the city ledger sizes its quantities by it.
CREATE TEMPORARY TABLE kinds (
    k        INT PRIMARY KEY,
    category VARCHAR(24)  NOT NULL,
    name     VARCHAR(100) NOT NULL,
    spec     VARCHAR(100) NOT NULL,
    uom      VARCHAR(16)  NOT NULL,
    level    INT          NOT NULL,
    lot      INT          NOT NULL -- a typical quantity moved at once
) ENGINE = MEMORY;
INSERT INTO kinds VALUES
    (0, 'CABLE_10KV',               '10kV交联聚乙烯电力电缆', 'YJV22-8.7/15kV-3×', '米', 400, 100),
    (1, 'CABLE_LV',                 '低压电力电缆',           'YJV22-0.6/1kV-4×',  '米', 400, 100),
    (2, 'DISTRIBUTION_TRANSFORMER', '油浸式配电变压器',       'S13-M-10/0.4kV ',   '台', 2,   1),
    (3, 'BOX_SUBSTATION',           '箱式变电站',             'YBM-12/0.4kV ',     '台', 1,   1),
    (4, 'RING_MAIN_UNIT',           'SF6气体绝缘环网柜',      'SF6 12kV ',         '台', 2,   1),
    (5, 'SWITCHGEAR',               '柱上真空断路器',         'ZW32-12/',          '台', 3,   1),
    (6, 'METER_BOX',                '电能计量箱',             'PC 单相 ',          '只', 40,  10),
    (7, 'SMART_METER',              '智能电能表',             'DDZY 2级 ',         '只', 200, 40),
    (8, 'OVERHEAD_LINE',            '架空绝缘导线',           'JKLYJ-10/',         '米', 1000, 200),
    (9, 'FITTINGS',                 '耐张线夹',               'NXL-',              '只', 50,  10);

INSERT INTO material (code, name, spec, uom, category)
SELECT CONCAT('BM', LPAD(n, 6, '0')), k.name, CONCAT(k.spec, n), k.uom, k.category
FROM n JOIN kinds k ON k.k = n % 10
WHERE n < @materials;
INSERT INTO stock_balance (material_id, warehouse_id)
SELECT m.id, w.id FROM material m CROSS JOIN warehouse w WHERE m.code LIKE 'BM%';
INSERT INTO reserve_level (material_id, warehouse_id, minimum, ceiling)
SELECT m.id, w.id, k.level * IF(w.central, 3, 1), 3 * k.level * IF(w.central, 3, 1)
FROM material m JOIN kinds k ON k.category = m.category CROSS JOIN warehouse w
WHERE m.code LIKE 'BM%';
