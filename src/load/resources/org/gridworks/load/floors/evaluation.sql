-- The evaluation of a half year: applications connected in it per unit, category and month, with how many kept
-- every clock, and the delivery rate of the requests due in it.
SELECT u.code, p.category, MONTH(p.connected_on), COUNT(*), SUM(NOT EXISTS (SELECT 1 FROM project_clock_result x
       WHERE x.project_id = p.id AND x.met = 0)), AVG(c.used_days), AVG(c.limit_days)
FROM connection_project p JOIN project_clock_result c ON c.project_id = p.id AND c.main = 1
JOIN unit u ON u.id = p.unit_id
WHERE p.status = 'CONNECTED' AND p.connected_on BETWEEN :from AND :to
GROUP BY u.code, p.category, MONTH(p.connected_on);
SELECT COUNT(*), SUM(delivered_at <= due_on + INTERVAL 1 DAY) FROM material_request
WHERE status = 'DELIVERED' AND due_on BETWEEN :from AND :to;
