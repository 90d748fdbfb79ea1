-- The stock check as typed: how many materials match, the first twenty, and their balances and reserve levels.
SELECT COUNT(*) FROM material m
WHERE m.active = 1 AND (LOWER(m.code) LIKE :like OR LOWER(m.name) LIKE :like OR LOWER(m.spec) LIKE :like);
SELECT m.id, m.code, m.name, m.spec, m.category, m.uom, b.warehouse_id, b.on_hand, b.reserved, b.in_transit, r.minimum
FROM (SELECT id, code, name, spec, category, uom FROM material
      WHERE active = 1 AND (LOWER(code) LIKE :like OR LOWER(name) LIKE :like OR LOWER(spec) LIKE :like)
      ORDER BY code LIMIT 20) m
LEFT JOIN stock_balance b ON b.material_id = m.id
LEFT JOIN reserve_level r ON r.material_id = b.material_id AND r.warehouse_id = b.warehouse_id
ORDER BY m.code, b.warehouse_id;
