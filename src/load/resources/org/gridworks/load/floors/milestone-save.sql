-- rollback
-- A milestone's new forecast: the plan's version bumped, the milestone written, the change audited.
UPDATE milestone_plan SET version = version + 1 WHERE project_id = :project;
UPDATE milestone m JOIN milestone_plan pl ON pl.id = m.plan_id
SET m.forecast = m.forecast + INTERVAL 1 DAY, m.forecast_fixed = 1 WHERE pl.project_id = :project AND m.position = 8;
INSERT INTO audit_event (action, actor, changes, occurred_at, record_id, record_type)
VALUES ('UPDATE', :login, '[]', NOW(), 'floor', 'Milestone');
