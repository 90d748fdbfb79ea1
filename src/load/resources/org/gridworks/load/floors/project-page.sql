-- A project's page: the project with its unit and manager, its steps with their pauses.
SELECT p.*, u.code, a.display_name FROM connection_project p JOIN unit u ON u.id = p.unit_id
LEFT JOIN app_user a ON a.id = p.manager_id WHERE p.id = :project;
SELECT s.step_code, s.position, s.opened_at, s.closed_at, z.paused_at, z.resumed_at, z.reason
FROM project_step s LEFT JOIN step_pause z ON z.step_id = s.id WHERE s.project_id = :project ORDER BY s.position, z.paused_at;
