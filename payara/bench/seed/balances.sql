-- Every benchmark balance becomes the sum of its ledger (on hand, reserved, in transit). Summed into a table first:
-- as a derived table MariaDB runs the sum once per balance row (LATERAL DERIVED); and by a scan of the ledger, not its
-- (material, warehouse) index, which would fetch each of a million rows by its key.
CREATE TEMPORARY TABLE sums (
    material_id  BIGINT,
    warehouse_id BIGINT,
    on_hand      INT,
    reserved     INT,
    in_transit   INT,
    PRIMARY KEY USING BTREE (material_id, warehouse_id)
) ENGINE = MEMORY;
INSERT INTO sums
SELECT s.material_id, s.warehouse_id, SUM(s.d_on_hand), SUM(s.d_reserved), SUM(s.d_in_transit)
FROM stock_movement s IGNORE INDEX (ix_movement_pair)
GROUP BY s.material_id, s.warehouse_id;
UPDATE stock_balance b
JOIN material m ON m.id = b.material_id AND m.code LIKE 'BM%'
JOIN sums s ON s.material_id = b.material_id AND s.warehouse_id = b.warehouse_id
SET b.on_hand = s.on_hand, b.reserved = s.reserved, b.in_transit = s.in_transit;
DROP TEMPORARY TABLE sums;
