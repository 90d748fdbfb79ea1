-- Stock anomalies after the load, in one scan of the ledger: balances that are not the sum of their ledger, and
-- ledger rows whose balance after them is negative or has more reserved than on hand. The answer must be 0.
SELECT COUNT(*)
FROM stock_balance b
LEFT JOIN (SELECT material_id, warehouse_id, SUM(d_on_hand) on_hand, SUM(d_reserved) reserved,
                  SUM(d_in_transit) in_transit, MIN(on_hand_after - reserved_after) lowest_available,
                  MIN(reserved_after) lowest_reserved, MIN(in_transit_after) lowest_in_transit
           FROM stock_movement IGNORE INDEX (ix_movement_pair)
           GROUP BY material_id, warehouse_id) l ON l.material_id = b.material_id AND l.warehouse_id = b.warehouse_id
WHERE b.on_hand <> COALESCE(l.on_hand, 0) OR b.reserved <> COALESCE(l.reserved, 0)
   OR b.in_transit <> COALESCE(l.in_transit, 0)
   OR l.lowest_available < 0 OR l.lowest_reserved < 0 OR l.lowest_in_transit < 0;
