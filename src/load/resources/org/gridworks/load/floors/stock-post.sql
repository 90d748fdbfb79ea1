-- rollback
-- A receipt as StockLedger books it: the idempotency claim, the balance row locked, raised, and the ledger row.
INSERT INTO stock_posting (idempotency_key, fingerprint, type, posted_at, posted_by, reference)
VALUES (UUID(), 'floor', 'RECEIPT', NOW(), :login, 'sql floor');
SELECT on_hand, reserved, in_transit FROM stock_balance WHERE warehouse_id = :warehouse AND material_id = :material FOR UPDATE;
UPDATE stock_balance SET on_hand = on_hand + 1 WHERE warehouse_id = :warehouse AND material_id = :material;
INSERT INTO stock_movement (posting_id, material_id, warehouse_id, type, quantity, d_on_hand, d_reserved, d_in_transit,
                            on_hand_after, reserved_after, in_transit_after)
SELECT LAST_INSERT_ID(), material_id, warehouse_id, 'RECEIPT', 1, 1, 0, 0, on_hand, reserved, in_transit
FROM stock_balance WHERE warehouse_id = :warehouse AND material_id = :material;
