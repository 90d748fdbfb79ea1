-- The API's project list: one page of 25 of the caller's unit, and the count.
SELECT COUNT(*) FROM connection_project p JOIN unit u ON u.id = p.unit_id WHERE u.code = :unit;
SELECT p.id, p.project_number, p.customer_name, p.category, p.status, p.accepted_on, p.clock_status, p.clock_due
FROM connection_project p JOIN unit u ON u.id = p.unit_id WHERE u.code = :unit ORDER BY p.project_number DESC LIMIT 25;
