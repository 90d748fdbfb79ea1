-- The supporting works of every project, in working-day ordinals: when each milestone is really reached, when its
-- permits are submitted and decided, when its materials are requested and delivered. They hang together as in
-- GridWorks: "permits granted" is the day the last required permit was granted (PermitsMilestone), "materials on
-- site" the day the first request was delivered, construction starts after both. plans.sql, permits.sql and
-- requests.sql turn this into rows; what lies after today is not recorded yet.

-- The plan as MilestoneScheduler proposes it from the default templates (V6): backwards from the legal deadline,
-- never before acceptance. Along the finish-to-start chain the eight milestones fall 1, 3, 6, 11, 9, 12, 17 and 18
-- working days after the plan's start. x1..x8: how late each really finishes, most on time, one in five a day to
-- three late, one in ten a week or more.
CREATE TEMPORARY TABLE pw (
    n INT PRIMARY KEY, id BIGINT, wacc INT, wconn INT NULL, status VARCHAR(16), draft BOOLEAN,
    deadline INT, start INT, wcut INT, cut DATETIME,
    x1 INT, x2 INT, x3 INT, x4 INT, x5 INT, x6 INT, x7 INT, x8 INT,
    e1 INT, e2 INT, e3 INT, e4 INT NULL, e5 INT NULL, e6 INT NULL, e7 INT NULL, e8 INT NULL,
    refused BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE = MEMORY;
INSERT INTO pw (n, id, wacc, wconn, status, draft, deadline, start, wcut, cut, x1, x2, x3, x4, x5, x6, x7, x8)
SELECT p.n, p.id, p.wacc, IF(pc.status = 'CONNECTED', pc.last_c, NULL), pc.status,
       p.wacc >= @wt - 1, -- plans of the last two days are still drafts
       p.wacc + pc.clock_limit, GREATEST(p.wacc, p.wacc + pc.clock_limit - 18), p.wcut, p.cut,
       MAX(IF(k = 1, x, 0)), MAX(IF(k = 2, x, 0)), MAX(IF(k = 3, x, 0)), MAX(IF(k = 4, x, 0)),
       MAX(IF(k = 5, x, 0)), MAX(IF(k = 6, x, 0)), MAX(IF(k = 7, x, 0)), MAX(IF(k = 8, x, 0))
FROM p JOIN pc ON pc.n = p.n
JOIN (SELECT n, k, CASE WHEN h < 70 THEN 0 WHEN h < 90 THEN 1 + h % 3 ELSE 4 + h % 12 END x
      FROM (SELECT p.n, k.n + 1 k, CRC32(CONCAT('x', p.n, '/', k.n)) % 100 h
            FROM p CROSS JOIN n k WHERE k.n < 8) hh) s ON s.n = p.n
GROUP BY p.n, p.id, p.wacc, pc.status, pc.last_c, pc.clock_limit, p.wcut, p.cut;
-- a single-table UPDATE assigns left to right: each milestone after the one before it
UPDATE pw SET e1 = start + 1 + x1, e2 = e1 + 2 + x2, e3 = e2 + 3 + x3;

-- Permit tracks: two to six per project (40,000 for 10,000), road excavation and planning first, then the others
-- in turn, the two an administrator added (waterway, tree relocation) among them. Submitted when the design is
-- done; most decided within their limit, one in eight late; one in eight waits for a supplement first (its days
-- do not count); one in twenty-five is withdrawn; on open projects one in a hundred is refused.
INSERT INTO permit_type (code, name_zh, name_en, authority, limit_days, documents) VALUES
    ('WATERWAY', '涉河涉堤建设许可', 'Waterway works permit', '金华市水务局', 20, '申请表
防洪影响评价报告'),
    ('TREE_RELOCATION', '城市树木迁移许可', 'Tree relocation permit', '金华市建设局（园林绿化）', 10, '申请表
树木迁移方案');
CREATE TEMPORARY TABLE track_slots (slot INT, turn INT, code VARCHAR(32), PRIMARY KEY USING BTREE (slot, turn)) ENGINE = MEMORY;
INSERT INTO track_slots
SELECT 0, t.n, 'ROAD_EXCAVATION' FROM n t WHERE t.n < 4
UNION ALL SELECT 1, t.n, 'PLANNING' FROM n t WHERE t.n < 4
UNION ALL SELECT 2 + s.n, t.n, ELT(1 + (s.n + t.n) % 4, 'ROAD_OCCUPATION', 'GREEN_SPACE', 'TREE_RELOCATION', 'WATERWAY')
FROM n s CROSS JOIN n t WHERE s.n < 4 AND t.n < 4;
CREATE TEMPORARY TABLE pt (
    n INT NOT NULL, slot INT NOT NULL, type_id BIGINT, limit_days INT, pause BOOLEAN, h BIGINT,
    sub INT, supp_from INT NULL, supp_to INT NULL, dd INT, withdrawn BOOLEAN, refused BOOLEAN,
    status VARCHAR(24) NULL, id BIGINT NULL,
    PRIMARY KEY USING BTREE (n, slot)
) ENGINE = MEMORY;
INSERT INTO pt (n, slot, type_id, limit_days, pause, h, sub, withdrawn, refused)
SELECT n, slot, type_id, limit_days, pause_on_supplement, h, e3 + h % 3, h % 100 < 4, h % 100 = 4 AND status = 'OPEN'
FROM (SELECT pw.n, pw.e3, pw.status, s.slot, t.id type_id, t.limit_days, t.pause_on_supplement,
             CRC32(CONCAT('t', pw.n, '/', s.slot)) h
      FROM pw JOIN track_slots s ON s.slot < 2 + pw.n % 5 AND s.turn = pw.n % 4
      JOIN permit_type t ON t.code = s.code) x;
UPDATE pt SET supp_from = sub + 1, supp_to = sub + 3 + h % 6 WHERE h % 8 = 1;
UPDATE pt SET dd = COALESCE(supp_to, sub) + IF(h % 8 = 3, limit_days + 1 + h % 4, 1 + h % limit_days);
UPDATE pw SET refused = EXISTS (SELECT 1 FROM pt WHERE pt.n = pw.n AND pt.refused),
              e4 = (SELECT MAX(dd) FROM pt WHERE pt.n = pw.n AND NOT pt.withdrawn);
-- every track withdrawn: no permit needed after all, the manager records the milestone himself
UPDATE pw SET e4 = COALESCE(e4, e3 + 5);
UPDATE pw SET e4 = NULL WHERE refused; -- a refused permit is still required: the milestone waits

-- Material requests: one to three per project (two on average: 20,000 for 10,000), the first when the design is
-- done, each later one after the one before has arrived; one to four lines, mostly from the unit's own warehouse,
-- some from the central one, a few from another county. Delivered after the transfer time to the site; one in
-- seven late, one in fifty badly. One in sixteen later requests is cancelled before it is picked.
CREATE TEMPORARY TABLE rq (
    n INT NOT NULL, j INT NOT NULL, h BIGINT, id BIGINT NULL, transfer INT NULL, late INT,
    r INT NULL, ds INT NULL, del INT NULL, cancel BOOLEAN,
    requested_at DATETIME NULL, picked_at DATETIME NULL, dispatched_at DATETIME NULL, delivered_at DATETIME NULL,
    cancelled_at DATETIME NULL, status VARCHAR(16) NULL,
    PRIMARY KEY USING BTREE (n, j), KEY (id)
) ENGINE = MEMORY;
INSERT INTO rq (n, j, h, late, cancel)
SELECT n, j, h, CASE WHEN h % 100 < 86 THEN 0 WHEN h % 100 < 98 THEN 1 + h % 4 ELSE 10 + h % 20 END,
       j > 1 AND h % 16 = 7
FROM (SELECT pw.n, j.n + 1 j, CRC32(CONCAT('r', pw.n, '/', j.n)) h
      FROM pw JOIN n j ON j.n < ELT(1 + pw.n % 5, 1, 2, 2, 3, 2)) x;
SET @rbase = (SELECT COALESCE(MAX(id), 0) FROM material_request);
UPDATE rq JOIN (SELECT n, j, ROW_NUMBER() OVER (ORDER BY n, j) k FROM rq) o ON o.n = rq.n AND o.j = rq.j
SET rq.id = @rbase + o.k;

CREATE TEMPORARY TABLE rl (
    request_id BIGINT NOT NULL, line_no INT NOT NULL, material_id BIGINT, warehouse_id BIGINT,
    quantity INT, transfer INT, PRIMARY KEY USING BTREE (request_id, line_no)
) ENGINE = MEMORY;
CREATE TEMPORARY TABLE bm (k INT PRIMARY KEY, id BIGINT NOT NULL, lot INT NOT NULL) ENGINE = MEMORY;
INSERT INTO bm SELECT CAST(SUBSTRING(m.code, 3) AS SIGNED), m.id, k.lot
FROM material m JOIN kinds k ON k.category = m.category WHERE m.code LIKE 'BM%';
INSERT INTO rl
SELECT x.id, x.line_no, bm.id, w.id, bm.lot * (1 + CRC32(CONCAT('q', x.id, '/', x.line_no)) % 5), tt.working_days
FROM (SELECT rq.id, l.n + 1 line_no, p.unit_k, u.id unit_id,
             -- distinct materials within a request (the same material twice is refused)
             (CRC32(CONCAT('m', rq.id)) + l.n * 997) % @materials mk, CRC32(CONCAT('w', rq.id, '/', l.n)) % 100 hw
      FROM rq JOIN p ON p.n = rq.n JOIN units u ON u.k = p.unit_k
      JOIN n l ON l.n < 1 + rq.h % 4) x
JOIN bm ON bm.k = x.mk
JOIN units wu ON wu.k = CASE WHEN x.hw < 75 THEN x.unit_k WHEN x.hw < 95 THEN 0 ELSE (x.unit_k + 1 + x.hw % 9) % 10 END
JOIN warehouse w ON w.code = CONCAT('WH-', wu.code)
JOIN transfer_time tt ON tt.warehouse_id = w.id AND tt.unit_id = x.unit_id;
UPDATE rq SET transfer = (SELECT MAX(rl.transfer) FROM rl WHERE rl.request_id = rq.id);

-- a request at a time: the first when the design is done, the next after the one before arrived
UPDATE rq JOIN pw ON pw.n = rq.n SET rq.r = pw.e3 + rq.h % 3 WHERE rq.j = 1;
UPDATE rq SET del = r + transfer + late WHERE j = 1;
UPDATE rq x JOIN rq b ON b.n = x.n AND b.j = 1 SET x.r = b.del + 1 + x.h % 8 WHERE x.j = 2;
UPDATE rq SET del = r + transfer + late WHERE j = 2;
UPDATE rq x JOIN rq b ON b.n = x.n AND b.j = 2 SET x.r = b.del + 1 + x.h % 8 WHERE x.j = 3;
UPDATE rq SET del = r + transfer + late WHERE j = 3;
-- a request that would only come after today (or the cancellation) is made some day since acceptance (the count
-- stays exact)
UPDATE rq JOIN pw ON pw.n = rq.n
SET rq.r = pw.wacc + rq.h % (pw.wcut - pw.wacc + 1),
    rq.del = pw.wacc + rq.h % (pw.wcut - pw.wacc + 1) + rq.transfer + rq.late
WHERE rq.r > pw.wcut AND pw.status <> 'CONNECTED';
UPDATE rq SET ds = del - transfer;
UPDATE pw JOIN rq ON rq.n = pw.n AND rq.j = 1 SET pw.e5 = rq.del;
UPDATE pw SET e6 = GREATEST(e4, e5) + 1 + x6, e7 = e6 + 5 + x7, e8 = e7 + 1 + x8;

-- A connected project's works were done by its connection: where they would run later, its whole timeline since
-- acceptance is squeezed in proportion (order kept) so that nothing falls after the connection day.
CREATE TEMPORARY TABLE squeeze (n INT PRIMARY KEY, wacc INT, wconn INT, mx INT) ENGINE = MEMORY;
INSERT INTO squeeze
SELECT pw.n, pw.wacc, pw.wconn,
       GREATEST(pw.e8, (SELECT MAX(del) FROM rq WHERE rq.n = pw.n), (SELECT MAX(dd) FROM pt WHERE pt.n = pw.n))
FROM pw WHERE pw.wconn IS NOT NULL;
DELETE FROM squeeze WHERE mx <= wconn;
UPDATE pw JOIN squeeze s ON s.n = pw.n
SET pw.e1 = s.wacc + FLOOR((pw.e1 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pw.e2 = s.wacc + FLOOR((pw.e2 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pw.e3 = s.wacc + FLOOR((pw.e3 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pw.e4 = s.wacc + FLOOR((pw.e4 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pw.e5 = s.wacc + FLOOR((pw.e5 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pw.e6 = s.wacc + FLOOR((pw.e6 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pw.e7 = s.wacc + FLOOR((pw.e7 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pw.e8 = s.wacc + FLOOR((pw.e8 - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc));
UPDATE pt JOIN squeeze s ON s.n = pt.n
SET pt.sub = s.wacc + FLOOR((pt.sub - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pt.dd = s.wacc + FLOOR((pt.dd - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pt.supp_from = s.wacc + FLOOR((pt.supp_from - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    pt.supp_to = s.wacc + FLOOR((pt.supp_to - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc));
UPDATE rq JOIN squeeze s ON s.n = rq.n
SET rq.r = s.wacc + FLOOR((rq.r - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    rq.ds = s.wacc + FLOOR((rq.ds - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc)),
    rq.del = s.wacc + FLOOR((rq.del - s.wacc) * (s.wconn - s.wacc) / (s.mx - s.wacc));
