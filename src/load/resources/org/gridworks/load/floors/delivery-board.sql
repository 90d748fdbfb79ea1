-- The delivery board: every open request with a line from the unit's warehouses, with its project, lines, materials.
SELECT r.id, r.status, r.due_on, r.version, p.project_number, p.customer_name, r.site,
       l.line_no, l.quantity, l.delivered, l.can_meet_due, l.expected_on, m.name, m.uom, w.code
FROM material_request r
JOIN connection_project p ON p.id = r.project_id
JOIN material_request_line l ON l.request_id = r.id
JOIN material m ON m.id = l.material_id
JOIN warehouse w ON w.id = l.warehouse_id
WHERE r.status IN ('RESERVED', 'PICKED', 'DISPATCHED')
  AND r.id IN (SELECT l2.request_id FROM material_request_line l2 JOIN warehouse w2 ON w2.id = l2.warehouse_id
               JOIN unit u ON u.id = w2.unit_id WHERE u.code = :unit)
ORDER BY r.due_on, r.requested_at, r.id, l.line_no;
