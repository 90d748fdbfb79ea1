-- @projects connection applications, accepted on the working days of the last three years (as many each day),
-- over the units (Yiwu busiest, Pan'an quietest) and the five categories, with facts that classify as their
-- category does under CategoryRule (clocks.sql writes them).
-- Every one needs supporting works (it gets a milestone plan: eight milestones each). This file decides the facts
-- and each step's timeline in working-day ordinals (calendar.sql); clocks.sql derives the clocks and writes them.
CREATE TEMPORARY TABLE p (
    n          INT PRIMARY KEY,
    id         BIGINT NOT NULL,
    unit_k     INT NOT NULL,
    category   VARCHAR(24) NOT NULL,
    three_step BOOLEAN NOT NULL,
    wacc       INT NOT NULL,
    acc        DATE NULL,
    manager_k  INT NULL,
    policy_id  BIGINT NULL,
    cancelled  BOOLEAN NOT NULL DEFAULT FALSE,
    wcut       INT NULL,      -- the last day anything happened: today, or the day it was cancelled
    cut        DATETIME NULL
) ENGINE = MEMORY;
SET @pbase = (SELECT COALESCE(MAX(id), 0) FROM connection_project);
INSERT INTO p (n, id, unit_k, category, three_step, wacc, wcut, cut)
SELECT n, @pbase + n + 1,
       CASE WHEN hu < 5 THEN 0 WHEN hu < 19 THEN 1 WHEN hu < 29 THEN 2 WHEN hu < 38 THEN 3 WHEN hu < 50 THEN 4
            WHEN hu < 70 THEN 5 WHEN hu < 80 THEN 6 WHEN hu < 87 THEN 7 WHEN hu < 95 THEN 8 ELSE 9 END,
       CASE WHEN hc < 22 THEN 'RESIDENTIAL' WHEN hc < 45 THEN 'LV_THREE_ZERO' WHEN hc < 65 THEN 'LV_OTHER'
            WHEN hc < 91 THEN 'HV_SINGLE' ELSE 'HV_DUAL' END,
       hc >= 65 AND CRC32(CONCAT('v', n)) % 10 < 3,
       @wfirst + FLOOR(n * (@wt - @wfirst + 1) / @projects), @wt, @now
FROM (SELECT n, CRC32(CONCAT('u', n)) % 100 hu, CRC32(CONCAT('c', n)) % 100 hc FROM n WHERE n < @projects) h;
UPDATE p JOIN wday w ON w.k = p.wacc SET p.acc = w.d;
-- each unit's managers take turns (the demo manager among Wucheng's)
UPDATE p JOIN staff_count c ON c.unit_k = p.unit_k AND c.role = 'PROJECT_MANAGER'
SET p.manager_k = CRC32(CONCAT('m', p.n)) % c.c;
-- the policy in force on the acceptance day for the category and variant (PolicyChoice)
UPDATE p SET policy_id = (SELECT c.id FROM clock_policy c
                          WHERE c.category = p.category AND c.three_step = p.three_step AND c.effective_from <= p.acc
                          ORDER BY c.effective_from DESC LIMIT 1);

-- The steps of each category (Category.steps) and their budgets in the policy (ClockPolicy.budget).
CREATE TEMPORARY TABLE category_steps (category VARCHAR(24), three_step BOOLEAN, pos INT, code VARCHAR(32),
                                       PRIMARY KEY USING BTREE (category, three_step, pos)) ENGINE = MEMORY;
INSERT INTO category_steps VALUES
    ('RESIDENTIAL', FALSE, 1, 'ACCEPTANCE'), ('RESIDENTIAL', FALSE, 2, 'CONNECTION'),
    ('LV_THREE_ZERO', FALSE, 1, 'ACCEPTANCE'), ('LV_THREE_ZERO', FALSE, 2, 'CONNECTION'),
    ('LV_OTHER', FALSE, 1, 'ACCEPTANCE'), ('LV_OTHER', FALSE, 2, 'PLAN_REPLY'), ('LV_OTHER', FALSE, 3, 'CONNECTION'),
    ('HV_SINGLE', FALSE, 1, 'ACCEPTANCE'), ('HV_SINGLE', FALSE, 2, 'PLAN_REPLY'),
    ('HV_SINGLE', FALSE, 3, 'COMPLETION_INSPECTION'), ('HV_SINGLE', FALSE, 4, 'CONNECTION'),
    ('HV_SINGLE', TRUE, 1, 'ACCEPTANCE'), ('HV_SINGLE', TRUE, 2, 'PLAN_REPLY'),
    ('HV_SINGLE', TRUE, 3, 'COMPLETION_AND_CONNECTION'),
    ('HV_DUAL', FALSE, 1, 'ACCEPTANCE'), ('HV_DUAL', FALSE, 2, 'PLAN_REPLY'),
    ('HV_DUAL', FALSE, 3, 'COMPLETION_INSPECTION'), ('HV_DUAL', FALSE, 4, 'CONNECTION'),
    ('HV_DUAL', TRUE, 1, 'ACCEPTANCE'), ('HV_DUAL', TRUE, 2, 'PLAN_REPLY'),
    ('HV_DUAL', TRUE, 3, 'COMPLETION_AND_CONNECTION');

-- One row per step: how long it takes (working days) and how long the customer's own part before it lasts.
-- Most steps finish within their budget, one in twelve a little late, one in fifty gets stuck for months; one
-- project in thirty pauses its last step (the customer asks to wait), a pause that may still last.
CREATE TEMPORARY TABLE ps (
    n INT NOT NULL, pos INT NOT NULL, last BOOLEAN NOT NULL, code VARCHAR(32) NOT NULL,
    step_limit INT NOT NULL, dur INT NOT NULL, gap INT NOT NULL, pause_len INT NOT NULL,
    o INT NULL, c INT NULL, pf INT NULL,
    opened_at DATETIME NULL, closed_at DATETIME NULL, paused_at DATETIME NULL, resumed_at DATETIME NULL,
    opened BOOLEAN NOT NULL DEFAULT FALSE, closed BOOLEAN NOT NULL DEFAULT FALSE,
    used INT NULL, paused INT NULL, due DATE NULL, status VARCHAR(16) NULL,
    PRIMARY KEY USING BTREE (n, pos)
) ENGINE = MEMORY;
INSERT INTO ps (n, pos, last, code, step_limit, dur, gap, pause_len)
SELECT n, pos, last, code, step_limit,
       CASE WHEN h < 90 THEN ROUND(step_limit * (20 + h) / 110)
            WHEN h < 98 THEN step_limit + 1 + h % 4
            ELSE step_limit + 5 + CRC32(CONCAT('k', n, '/', pos)) % 150 END,
       CASE WHEN code IN ('COMPLETION_INSPECTION', 'COMPLETION_AND_CONNECTION')
                THEN 15 + CRC32(CONCAT('b', n)) % 100 -- the customer builds their substation
            WHEN category = 'LV_OTHER' AND code = 'CONNECTION' THEN CRC32(CONCAT('b', n)) % 6
            ELSE 0 END,
       IF(last AND CRC32(CONCAT('q', n)) % 30 = 0, 3 + CRC32(CONCAT('p', n)) % 20, 0)
FROM (SELECT p.n, p.category, s.pos, s.code, CRC32(CONCAT('d', p.n, '/', s.pos)) % 100 h,
             s.pos = (SELECT MAX(x.pos) FROM category_steps x
                      WHERE x.category = s.category AND x.three_step = s.three_step) last,
             COALESCE(CASE s.code WHEN 'ACCEPTANCE' THEN c.budget_acceptance
                                  WHEN 'PLAN_REPLY' THEN c.budget_plan_reply
                                  WHEN 'COMPLETION_INSPECTION' THEN c.budget_completion
                                  ELSE c.budget_connection END, c.limit_days) step_limit
      FROM p JOIN category_steps s ON s.category = p.category AND s.three_step = p.three_step
      JOIN clock_policy c ON c.id = p.policy_id) s;

-- The timeline: each step opens when the one before closes (or after the customer's part) and closes dur
-- working days later, plus its pause; in ordinals these are running sums. Acceptance opens at the start of its
-- day, as ProjectService opens it; the next step half an hour after the previous one closed, or at 08:30-09:00
-- after the customer's part. Closing times rise with the step (09:00-10:00 for the first, 10:40-11:40 for the
-- second, ...), so a step opened and closed the same day still closes after it opened.
CREATE TEMPORARY TABLE timeline (n INT, pos INT, o INT, c INT, PRIMARY KEY USING BTREE (n, pos)) ENGINE = MEMORY;
INSERT INTO timeline
SELECT ps.n, ps.pos, p.wacc + t - dur - pause_len, p.wacc + t
FROM (SELECT n, pos, dur, pause_len,
             SUM(dur + pause_len + gap) OVER (PARTITION BY n ORDER BY pos ROWS UNBOUNDED PRECEDING) t
      FROM ps) ps
JOIN p ON p.n = ps.n;
UPDATE ps JOIN timeline t ON t.n = ps.n AND t.pos = ps.pos
JOIN wday wc ON wc.k = t.c JOIN wday wo ON wo.k = t.o
SET ps.o = t.o, ps.c = t.c, ps.pf = IF(ps.pause_len > 0, t.o + LEAST(ps.dur, 1), NULL),
    ps.closed_at = TIMESTAMP(wc.d, '09:00') + INTERVAL 100 * (ps.pos - 1) + CRC32(CONCAT('t', ps.n, '/', ps.pos)) % 60 MINUTE,
    ps.opened_at = IF(ps.pos = 1, TIMESTAMP(wo.d),
                      TIMESTAMP(wo.d, '08:30') + INTERVAL CRC32(CONCAT('o', ps.n, '/', ps.pos)) % 30 MINUTE);
UPDATE ps x JOIN ps b ON b.n = x.n AND b.pos = x.pos - 1
SET x.opened_at = b.closed_at + INTERVAL 30 MINUTE
WHERE x.gap = 0;
-- a pause starts the morning after the step opened (at once for a same-day step) and ends before it closes
UPDATE ps x JOIN wday f ON f.k = x.pf JOIN wday t ON t.k = x.pf + x.pause_len
SET x.paused_at = GREATEST(TIMESTAMP(f.d, '10:00'), x.opened_at + INTERVAL 10 MINUTE),
    x.resumed_at = TIMESTAMP(t.d, '08:30')
WHERE x.pf IS NOT NULL;

-- One application in fifty is cancelled, on a working day before it would have been connected: nothing after
-- that day happens (a project connected before it is not cancelled after all).
UPDATE p JOIN (SELECT n, MAX(IF(last, c, NULL)) c_last FROM ps GROUP BY n) l ON l.n = p.n
JOIN wday w ON w.k = p.wacc + CRC32(CONCAT('y', p.n)) % GREATEST(1, LEAST(l.c_last - 1, @wt) - p.wacc + 1)
SET p.cancelled = TRUE, p.wcut = w.k, p.cut = LEAST(TIMESTAMP(w.d, '17:30'), @now)
WHERE CRC32(CONCAT('x', p.n)) % 50 = 0;

-- What has happened by now (or by the cancellation): what lies ahead is not recorded yet.
UPDATE ps JOIN p ON p.n = ps.n SET ps.opened = ps.opened_at <= p.cut, ps.closed = ps.closed_at <= p.cut;
UPDATE ps SET closed = FALSE, closed_at = NULL WHERE NOT opened OR NOT closed;
UPDATE ps SET opened_at = NULL WHERE NOT opened;
UPDATE ps JOIN p ON p.n = ps.n SET ps.paused_at = NULL, ps.resumed_at = NULL WHERE NOT ps.opened OR ps.paused_at > p.cut;
UPDATE ps JOIN p ON p.n = ps.n SET ps.resumed_at = NULL WHERE ps.resumed_at > p.cut;
UPDATE p SET cancelled = FALSE, wcut = @wt, cut = @now
WHERE cancelled AND EXISTS (SELECT 1 FROM ps WHERE ps.n = p.n AND ps.last AND ps.closed);
