-- A material request proposed and made: where the material is available, and how many working days each
-- warehouse needs to reach the unit's sites.
SELECT w.code, w.central, b.on_hand - b.reserved AS available, t.working_days
FROM stock_balance b JOIN warehouse w ON w.id = b.warehouse_id
LEFT JOIN transfer_time t ON t.warehouse_id = w.id AND t.unit_id = (SELECT id FROM unit WHERE code = :unit)
JOIN material m ON m.id = b.material_id
WHERE m.id = :material AND w.active = 1 ORDER BY w.central DESC, w.id;
