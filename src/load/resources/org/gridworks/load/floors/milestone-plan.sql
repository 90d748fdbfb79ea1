-- A project's milestone plan: the plan and its eight milestones.
SELECT pl.id, pl.status, pl.deadline, pl.version, m.code, m.name_zh, m.position, m.baseline, m.forecast, m.actual,
       m.predecessors, m.duration_days, m.responsible
FROM milestone_plan pl JOIN milestone m ON m.plan_id = pl.id WHERE pl.project_id = :project ORDER BY m.position;
