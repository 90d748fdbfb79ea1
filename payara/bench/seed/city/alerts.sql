-- Warnings and the inboxes: what the alert scan (the areas' WatchSources, AlertRules, Recipients) would have raised over the years.
-- Everything yellow or red now, found with the scan's own rules, raised the day it turned yellow and the day it
-- turned red, reminded every working day since while red (the last @reminders reminders kept); and what was red
-- before it closed: projects that missed their limit, late deliveries, permits decided late. Each warning goes to
-- the person responsible (project manager; the sourcing units' warehouse staff; the unit's permit clerks), a red
-- one also to the unit's and the city's supervisors. The newest @inbox inbox items are kept (older ones purged),
-- most of them read. alert_state remembers the colours the scan saw last, so its first run over this data raises
-- nothing new. Days are working-day ordinals; the scan's first pass of a day is taken at 08:00-08:15.
CREATE TEMPORARY TABLE watch (
    subject_type VARCHAR(16) NOT NULL, subject_id BIGINT NOT NULL, project_id BIGINT NOT NULL, unit_k INT NOT NULL,
    colour VARCHAR(8) NULL, ys INT NULL, rs INT NULL, rend INT NULL,
    reference VARCHAR(100) NOT NULL, message_key VARCHAR(32) NOT NULL, args VARCHAR(400) NOT NULL,
    PRIMARY KEY USING BTREE (subject_type, subject_id)
) ENGINE = MEMORY;
SET @sep = CHAR(31); -- Alert keeps its arguments joined by the unit separator

-- projects: the stored colour, open ones now, connected ones that missed their limit before
INSERT INTO watch
SELECT 'PROJECT', cp.id, cp.id, u.k, IF(cp.status = 'OPEN', cp.clock_status, NULL),
       end_day - GREATEST(0, cp.clock_used - GREATEST(1, LEAST(cp.clock_limit - 1, CEIL(cp.clock_limit * 4 / 5)))),
       IF(cp.clock_status IN ('RED', 'MISSED'), end_day - GREATEST(0, cp.clock_used - cp.clock_limit - 1), NULL),
       IF(cp.status = 'OPEN', @wt, end_day - 1),
       cp.project_number, 'alert.project',
       CONCAT_WS(@sep, cp.project_number, cp.customer_name, cp.clock_used, cp.clock_limit,
                 COALESCE(cp.clock_due, 'null'))
FROM (SELECT cp.*, IF(cp.status = 'OPEN', @wt, c.wd) end_day
      FROM connection_project cp LEFT JOIN cal c ON c.d = cp.connected_on
      WHERE cp.id > @pbase AND (cp.status = 'OPEN' AND cp.clock_status IN ('YELLOW', 'RED')
                                OR cp.status = 'CONNECTED' AND cp.clock_status = 'MISSED')) cp
JOIN units u ON u.id = cp.unit_id;
-- milestones not reached of open projects: yellow the working day before their forecast, red after it
INSERT INTO watch
SELECT 'MILESTONE', m.id, cp.id, u.k, IF(m.forecast < @today, 'RED', 'YELLOW'), f.wd - 1,
       IF(m.forecast < @today, f.wd + 1, NULL), @wt,
       cp.project_number, 'alert.milestone', CONCAT_WS(@sep, cp.project_number, m.name_zh, m.name_en, m.forecast)
FROM milestone m JOIN milestone_plan pl ON pl.id = m.plan_id JOIN connection_project cp ON cp.id = pl.project_id
JOIN units u ON u.id = cp.unit_id JOIN cal f ON f.d = m.forecast
WHERE cp.id > @pbase AND cp.status = 'OPEN' AND m.actual IS NULL AND f.wd <= @wt + 1;
-- deliveries (DeliveryClock): open ones red after their due day, yellow while still in the warehouse with 80 % of
-- the delivery time used or a day left (never on the request day); late ones were red until they arrived
INSERT INTO watch
SELECT 'DELIVERY', r.id, cp.id, u.k,
       CASE WHEN r.status IN ('DELIVERED', 'CANCELLED') THEN NULL WHEN @today > r.due_on THEN 'RED' ELSE 'YELLOW' END,
       IF(r.dispatched_at IS NULL OR DATE(r.dispatched_at) > dd.d,
          GREATEST(rd.wd + 1, LEAST(due.wd - 1, rd.wd + CEIL((due.wd - rd.wd) * 4 / 5))), NULL),
       IF(@today > r.due_on AND r.status <> 'DELIVERED' OR r.status = 'DELIVERED' AND DATE(r.delivered_at) > r.due_on,
          due.wd + 1, NULL),
       IF(r.status = 'DELIVERED', dl.wd - 1, @wt),
       CONCAT('MR-', r.id), 'alert.delivery', CONCAT_WS(@sep, r.id, cp.project_number, r.due_on, r.site)
FROM material_request r JOIN connection_project cp ON cp.id = r.project_id JOIN units u ON u.id = cp.unit_id
JOIN cal rd ON rd.d = DATE(r.requested_at) JOIN cal due ON due.d = r.due_on
JOIN wday dd ON dd.k = due.wd - 1
LEFT JOIN cal dl ON dl.d = DATE(r.delivered_at)
WHERE r.id > @rbase AND (r.status IN ('RESERVED', 'PICKED', 'DISPATCHED')
                             AND (@today > r.due_on
                                  OR r.status <> 'DISPATCHED' AND @wt > rd.wd
                                     AND (due.wd - @wt <= 1 OR (@wt - rd.wd) * 5 >= (due.wd - rd.wd) * 4))
                         OR r.status = 'DELIVERED' AND DATE(r.delivered_at) > r.due_on);
-- permits (PermitClock): waiting ones by their clock now, decided ones that took longer than their limit
CREATE TEMPORARY TABLE permit_clock (id BIGINT PRIMARY KEY, used INT, lim INT, paused INT, sub INT, done INT NULL)
ENGINE = MEMORY;
INSERT INTO permit_clock
SELECT t.id, GREATEST(0, COALESCE(dc.wd, @wt) - sc.wd - COALESCE(ps.paused, 0)), t.limit_days,
       COALESCE(ps.paused, 0), sc.wd, dc.wd
FROM permit_track t JOIN cal sc ON sc.d = t.submitted_on LEFT JOIN cal dc ON dc.d = t.decided_on
LEFT JOIN (SELECT s.track_id, SUM(GREATEST(0, LEAST(COALESCE(sp.wd, @wt), @wt) - rq.wd)) paused
           FROM permit_supplement s JOIN cal rq ON rq.d = s.requested_on LEFT JOIN cal sp ON sp.d = s.supplied_on
           GROUP BY s.track_id) ps ON ps.track_id = t.id AND t.pause_on_supplement
WHERE t.id > @tbase AND t.status IN ('SUBMITTED', 'SUPPLEMENT_REQUESTED', 'GRANTED', 'REFUSED');
INSERT INTO watch
SELECT 'PERMIT', t.id, cp.id, u.k,
       CASE WHEN pc.done IS NOT NULL THEN NULL WHEN pc.used > pc.lim THEN 'RED' ELSE 'YELLOW' END,
       pc.sub + pc.paused + GREATEST(1, LEAST(pc.lim - 1, CEIL(pc.lim * 4 / 5))),
       IF(pc.used > pc.lim, pc.sub + pc.paused + pc.lim + 1, NULL),
       COALESCE(pc.done - 1, @wt),
       cp.project_number, 'alert.permit',
       CONCAT_WS(@sep, cp.project_number, ty.name_zh, ty.name_en, ty.authority, due.d)
FROM permit_clock pc JOIN permit_track t ON t.id = pc.id JOIN permit_type ty ON ty.id = t.type_id
JOIN connection_project cp ON cp.id = t.project_id JOIN units u ON u.id = cp.unit_id
JOIN wday due ON due.k = pc.sub + pc.lim + pc.paused
WHERE pc.done IS NULL AND pc.used > 0 AND (pc.lim - pc.used <= 1 OR pc.used * 5 >= pc.lim * 4)
   OR pc.done IS NOT NULL AND pc.used > pc.lim;

-- who is told: the responsible people always, the supervisors of the unit and of the city only when it is red
CREATE TEMPORARY TABLE rcp (subject_type VARCHAR(16), subject_id BIGINT, user_id BIGINT, red_only BOOLEAN,
                            PRIMARY KEY USING BTREE (subject_type, subject_id, user_id)) ENGINE = MEMORY;
INSERT IGNORE INTO rcp
SELECT w.subject_type, w.subject_id, cp.manager_id, FALSE
FROM watch w JOIN connection_project cp ON cp.id = w.project_id WHERE w.subject_type IN ('PROJECT', 'MILESTONE');
INSERT IGNORE INTO rcp
SELECT DISTINCT w.subject_type, w.subject_id, s.user_id, FALSE
FROM watch w JOIN material_request_line l ON l.request_id = w.subject_id
JOIN warehouse wh ON wh.id = l.warehouse_id JOIN units u ON u.id = wh.unit_id
JOIN staff s ON s.unit_k = u.k AND s.role = 'WAREHOUSE'
WHERE w.subject_type = 'DELIVERY';
INSERT IGNORE INTO rcp
SELECT w.subject_type, w.subject_id, s.user_id, FALSE
FROM watch w JOIN staff s ON s.unit_k = w.unit_k AND s.role = 'PERMIT_CLERK' WHERE w.subject_type = 'PERMIT';
INSERT IGNORE INTO rcp
SELECT w.subject_type, w.subject_id, s.user_id, TRUE
FROM watch w JOIN staff s ON s.role = 'SUPERVISOR' AND (s.unit_k = w.unit_k OR s.unit_k = 0)
WHERE w.rs IS NOT NULL;

-- the warnings: a yellow one (unless it went red at once), a red one, and the red one's reminders
CREATE TEMPORARY TABLE al (
    k INT AUTO_INCREMENT PRIMARY KEY, subject_type VARCHAR(16), subject_id BIGINT, colour VARCHAR(8),
    reminder BOOLEAN, day INT, raised_at DATETIME NULL, id BIGINT NULL
) ENGINE = MEMORY;
INSERT INTO al (subject_type, subject_id, colour, reminder, day)
SELECT subject_type, subject_id, 'YELLOW', FALSE, ys FROM watch WHERE ys IS NOT NULL AND (rs IS NULL OR ys < rs)
UNION ALL
SELECT subject_type, subject_id, 'RED', FALSE, rs FROM watch WHERE rs IS NOT NULL
UNION ALL
SELECT subject_type, subject_id, 'RED', TRUE, rend - d.n
FROM watch JOIN n d ON d.n < LEAST(@reminders, rend - rs) WHERE rs IS NOT NULL;
UPDATE al JOIN wday w ON w.k = al.day SET al.raised_at = TIMESTAMP(w.d, '08:00') + INTERVAL al.subject_id % 15 MINUTE;
DELETE FROM al WHERE raised_at IS NULL OR raised_at > @now;

-- the newest inbox items, and only the warnings that still have one
CREATE TEMPORARY TABLE ib (k INT NOT NULL, user_id BIGINT NOT NULL, rn INT NOT NULL, PRIMARY KEY USING BTREE (k, user_id))
ENGINE = MEMORY;
INSERT INTO ib
SELECT al.k, r.user_id, ROW_NUMBER() OVER (ORDER BY al.raised_at DESC, al.k DESC, r.user_id)
FROM al JOIN rcp r ON r.subject_type = al.subject_type AND r.subject_id = al.subject_id
WHERE NOT r.red_only OR al.colour = 'RED';
DELETE FROM ib WHERE rn > @inbox;
SET @abase = (SELECT COALESCE(MAX(id), 0) FROM alert);
UPDATE al JOIN (SELECT al.k, ROW_NUMBER() OVER (ORDER BY al.raised_at, al.k) rn
                FROM al WHERE EXISTS (SELECT 1 FROM ib WHERE ib.k = al.k)) o ON o.k = al.k
SET al.id = @abase + o.rn;
INSERT INTO alert (id, subject_type, subject_id, colour, reminder, unit_id, reference, message_key, args,
                   project_id, raised_at)
SELECT al.id, al.subject_type, al.subject_id, al.colour, al.reminder, u.id, w.reference, w.message_key, w.args,
       w.project_id, al.raised_at
FROM al JOIN watch w ON w.subject_type = al.subject_type AND w.subject_id = al.subject_id
JOIN units u ON u.k = w.unit_k
WHERE al.id IS NOT NULL
ORDER BY al.id;
-- read within hours, most of them; of the last three days' fewer
INSERT INTO inbox_item (alert_id, user_id, read_at)
SELECT al.id, ib.user_id,
       IF(CRC32(CONCAT(al.k, '/', ib.user_id)) % 100 < IF(al.raised_at < @now - INTERVAL 3 DAY, 85, 30),
          LEAST(al.raised_at + INTERVAL 5 + CRC32(CONCAT('r', al.k, '/', ib.user_id)) % 600 MINUTE, @now), NULL)
FROM ib JOIN al ON al.k = ib.k
ORDER BY al.id, ib.user_id;

-- the colours the scan saw last: since the warning of that colour, last alerted at the latest one
INSERT INTO alert_state (subject_type, subject_id, colour, since, last_alerted, unit_id)
SELECT w.subject_type, w.subject_id, w.colour, raised.since, raised.last_alerted, u.id
FROM watch w JOIN units u ON u.k = w.unit_k
JOIN (SELECT subject_type, subject_id, colour, MIN(IF(reminder, NULL, raised_at)) since, MAX(raised_at) last_alerted
      FROM al GROUP BY subject_type, subject_id, colour) raised
    ON raised.subject_type = w.subject_type AND raised.subject_id = w.subject_id AND raised.colour = w.colour
WHERE w.colour IS NOT NULL AND raised.since IS NOT NULL;
