-- One milestone plan per project (eight milestones each), approved on the working day after acceptance (drafts
-- for the last two days' applications). A milestone is reached when its real day (works.sql) is today or earlier;
-- "permits granted" only when every track still required was granted, "materials on site" only when the first
-- request was delivered. A milestone not reached has the forecast MilestoneScheduler.propagate gives it: its
-- predecessors' actual or forecast day plus its duration; so one whose works slipped shows red once that day passed.
CREATE TEMPORARY TABLE ms (
    n INT NOT NULL, pos INT NOT NULL, code VARCHAR(32), duration INT, baseline INT, e INT NULL,
    reached BOOLEAN NOT NULL DEFAULT FALSE, forecast INT NULL,
    PRIMARY KEY USING BTREE (n, pos)
) ENGINE = MEMORY;
INSERT INTO ms (n, pos, code, duration, baseline, e)
SELECT pw.n, t.position, t.code, t.duration_days,
       pw.start + ELT(t.position, 1, 3, 6, 11, 9, 12, 17, 18),
       ELT(t.position, pw.e1, pw.e2, pw.e3, pw.e4, pw.e5, pw.e6, pw.e7, pw.e8)
FROM pw CROSS JOIN milestone_template t;
UPDATE ms JOIN pw ON pw.n = ms.n SET ms.reached = ms.e IS NOT NULL AND ms.e <= pw.wcut
WHERE ms.code NOT IN ('PERMITS_GRANTED', 'MATERIALS_ON_SITE');
UPDATE ms JOIN pw ON pw.n = ms.n
SET ms.reached = pw.e4 IS NOT NULL AND pw.e4 <= pw.wcut
WHERE ms.code = 'PERMITS_GRANTED';
UPDATE ms JOIN rq ON rq.n = ms.n AND rq.j = 1 SET ms.reached = rq.status = 'DELIVERED' WHERE ms.code = 'MATERIALS_ON_SITE';

-- forecasts along the chain (setup, plan approved, design, permits | materials, construction, completion, energised)
UPDATE ms SET forecast = IF(reached, e, baseline) WHERE pos = 1;
UPDATE ms x JOIN ms b ON b.n = x.n AND b.pos = 1 SET x.forecast = IF(x.reached, x.e, b.forecast + x.duration) WHERE x.pos = 2;
UPDATE ms x JOIN ms b ON b.n = x.n AND b.pos = 2 SET x.forecast = IF(x.reached, x.e, b.forecast + x.duration) WHERE x.pos = 3;
UPDATE ms x JOIN ms b ON b.n = x.n AND b.pos = 3 SET x.forecast = IF(x.reached, x.e, b.forecast + x.duration) WHERE x.pos IN (4, 5);
UPDATE ms x JOIN ms a ON a.n = x.n AND a.pos = 4 JOIN ms b ON b.n = x.n AND b.pos = 5
SET x.forecast = IF(x.reached, x.e, GREATEST(a.forecast, b.forecast) + x.duration) WHERE x.pos = 6;
UPDATE ms x JOIN ms b ON b.n = x.n AND b.pos = 6 SET x.forecast = IF(x.reached, x.e, b.forecast + x.duration) WHERE x.pos = 7;
UPDATE ms x JOIN ms b ON b.n = x.n AND b.pos = 7 SET x.forecast = IF(x.reached, x.e, b.forecast + x.duration) WHERE x.pos = 8;

INSERT INTO milestone_plan (project_id, status, deadline, approved_at, approved_by, created_at, created_by)
SELECT p.id, IF(pw.draft, 'DRAFT', 'APPROVED'), dl.d,
       IF(pw.draft, NULL, LEAST(TIMESTAMP(ap.d, '10:00') + INTERVAL p.n % 90 MINUTE, @now)),
       IF(pw.draft, NULL, m.login),
       LEAST(TIMESTAMP(p.acc, '09:30') + INTERVAL p.n % 60 MINUTE, @now), m.login
FROM p JOIN pw ON pw.n = p.n
JOIN wday dl ON dl.k = pw.deadline
JOIN wday ap ON ap.k = LEAST(p.wacc + 1, @wt)
JOIN staff m ON m.unit_k = p.unit_k AND m.role = 'PROJECT_MANAGER' AND m.k = p.manager_k
ORDER BY p.id;
INSERT INTO milestone (plan_id, code, name_zh, name_en, position, duration_days, predecessors, lag_days,
                       responsible, baseline, forecast, actual)
SELECT pl.id, t.code, t.name_zh, t.name_en, t.position, t.duration_days, t.predecessors, t.lag_days, m.login,
       b.d, f.d, IF(ms.reached, f.d, NULL)
FROM ms JOIN p ON p.n = ms.n
JOIN milestone_plan pl ON pl.project_id = p.id
JOIN milestone_template t ON t.code = ms.code
JOIN staff m ON m.unit_k = p.unit_k AND m.role = 'PROJECT_MANAGER' AND m.k = p.manager_k
JOIN wday b ON b.k = ms.baseline
JOIN wday f ON f.k = ms.forecast
ORDER BY pl.id, t.position;
