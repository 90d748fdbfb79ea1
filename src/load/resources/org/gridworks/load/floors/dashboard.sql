-- The dashboard of the whole city: red and yellow projects, late deliveries, open permits and late milestones per
-- unit, and the person's unread reminders, each counted in SQL.
SELECT unit_id, SUM(clock_status = 'RED'), SUM(clock_status = 'YELLOW') FROM connection_project
WHERE status = 'OPEN' GROUP BY unit_id;
SELECT w.unit_id, COUNT(DISTINCT r.id) FROM material_request r JOIN material_request_line l ON l.request_id = r.id
JOIN warehouse w ON w.id = l.warehouse_id
WHERE r.status IN ('RESERVED', 'PICKED', 'DISPATCHED') AND r.due_on < CURDATE() GROUP BY w.unit_id;
SELECT p.unit_id, COUNT(*) FROM permit_track t JOIN connection_project p ON p.id = t.project_id
WHERE t.status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED') GROUP BY p.unit_id;
SELECT p.unit_id, COUNT(*) FROM milestone m JOIN milestone_plan pl ON pl.id = m.plan_id
JOIN connection_project p ON p.id = pl.project_id
WHERE m.actual IS NULL AND m.forecast < CURDATE() AND p.status = 'OPEN' GROUP BY p.unit_id;
SELECT COUNT(*) FROM inbox_item i JOIN app_user a ON a.id = i.user_id WHERE a.login = :login AND i.read_at IS NULL;
