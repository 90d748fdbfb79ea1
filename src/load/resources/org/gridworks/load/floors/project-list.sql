-- The project list of a unit: how many, and one page of 25 by number.
SELECT COUNT(*) FROM connection_project p JOIN unit u ON u.id = p.unit_id WHERE u.code = :unit;
SELECT p.id, p.project_number, p.customer_name, p.category, p.accepted_on, p.clock_status, p.clock_used,
       p.clock_limit, p.clock_due, u.code
FROM connection_project p JOIN unit u ON u.id = p.unit_id
WHERE u.code = :unit ORDER BY p.project_number DESC LIMIT 25 OFFSET 25;
