-- Each project's clocks, computed as ClockCalculator computes them on the day of the load (steps, pauses, the
-- whole-process or handling clock, the overall colour), then the projects, their steps, pauses and final clocks are
-- written. The stored summary is what the lists filter on; it must equal what ProjectClocks would store, or the
-- hourly refresh would rewrite thousands of rows. The working days from D to E are E - D in ordinals.

-- ClockStatus.of(used, limit, closed), written out once per clock below
UPDATE ps SET
    paused = IF(paused_at IS NULL, 0,
                GREATEST(0, LEAST(IF(resumed_at IS NULL, IF(closed, c, @wt), pf + pause_len), IF(closed, c, @wt)) - pf)),
    used = GREATEST(0, IF(closed, c, @wt) - o
                       - IF(paused_at IS NULL, 0,
                            GREATEST(0, LEAST(IF(resumed_at IS NULL, IF(closed, c, @wt), pf + pause_len),
                                              IF(closed, c, @wt)) - pf)))
WHERE opened;
UPDATE ps SET status = CASE WHEN closed THEN IF(used <= step_limit, 'MET', 'MISSED')
                            WHEN used > step_limit THEN 'RED'
                            WHEN used > 0 AND (step_limit - used <= 1 OR used * 5 >= step_limit * 4) THEN 'YELLOW'
                            ELSE 'ON_TRACK' END
WHERE opened;
UPDATE ps JOIN wday w ON w.k = ps.o + ps.step_limit + ps.paused SET ps.due = w.d WHERE ps.opened AND NOT ps.closed;

CREATE TEMPORARY TABLE pc (
    n INT PRIMARY KEY, scope VARCHAR(16), clock_limit INT, finished BOOLEAN, last_c INT, connected_on DATE,
    paused_total INT, used_steps INT, r_o INT NULL, r_used INT NULL, r_paused INT NULL,
    any_red BOOLEAN, any_yellow BOOLEAN,
    used INT NULL, due DATE NULL, main_status VARCHAR(16) NULL, overall VARCHAR(16) NULL, status VARCHAR(16) NULL
) ENGINE = MEMORY;
INSERT INTO pc (n, scope, clock_limit, finished, last_c, connected_on, paused_total, used_steps, r_o, r_used,
                r_paused, any_red, any_yellow)
SELECT p.n, c.clock_scope, c.limit_days, MAX(ps.last AND ps.closed), MAX(IF(ps.last, ps.c, NULL)),
       DATE(MAX(IF(ps.last, ps.closed_at, NULL))), SUM(IF(ps.opened, ps.paused, 0)), SUM(IF(ps.opened, ps.used, 0)),
       MAX(IF(ps.opened AND NOT ps.closed, ps.o, NULL)), MAX(IF(ps.opened AND NOT ps.closed, ps.used, NULL)),
       MAX(IF(ps.opened AND NOT ps.closed, ps.paused, NULL)),
       MAX(ps.status = 'RED'), MAX(ps.status = 'YELLOW')
FROM p JOIN clock_policy c ON c.id = p.policy_id JOIN ps ON ps.n = p.n
GROUP BY p.n, c.clock_scope, c.limit_days;
UPDATE pc JOIN p ON p.n = pc.n
SET pc.used = IF(pc.scope = 'WHOLE', GREATEST(0, IF(pc.finished, pc.last_c, @wt) - p.wacc - pc.paused_total),
                 pc.used_steps),
    pc.status = IF(p.cancelled, 'CANCELLED', IF(pc.finished, 'CONNECTED', 'OPEN'));
UPDATE pc JOIN p ON p.n = pc.n
LEFT JOIN wday whole ON whole.k = p.wacc + pc.clock_limit + pc.paused_total
LEFT JOIN wday handling ON handling.k = pc.r_o + pc.clock_limit - (pc.used_steps - pc.r_used) + pc.r_paused
SET pc.due = CASE WHEN pc.finished THEN NULL
                  WHEN pc.scope = 'WHOLE' THEN whole.d
                  WHEN pc.clock_limit - (pc.used_steps - pc.r_used) < 0 THEN NULL -- over budget: no day left
                  ELSE handling.d END,
    pc.main_status = CASE WHEN pc.finished THEN IF(pc.used <= pc.clock_limit, 'MET', 'MISSED')
                          WHEN pc.used > pc.clock_limit THEN 'RED'
                          WHEN pc.used > 0 AND (pc.clock_limit - pc.used <= 1 OR pc.used * 5 >= pc.clock_limit * 4)
                              THEN 'YELLOW'
                          ELSE 'ON_TRACK' END;
-- ClockCalculator.overall: a stopped main clock decides; else the worst of it and any yellow or red step
UPDATE pc SET overall = CASE WHEN main_status IN ('MET', 'MISSED') THEN main_status
                             WHEN main_status = 'RED' OR any_red THEN 'RED'
                             WHEN main_status = 'YELLOW' OR any_yellow THEN 'YELLOW'
                             ELSE main_status END;

-- the projects with their steps in one transaction: the hourly clock refresh must never see one without them
START TRANSACTION;
SET @streets = '人民路,解放路,八一北街,宾虹路,丹溪路,稠州北路,江滨路,工业园路,环城南路,新华街,李渔路,双龙南街,金帆街,城中路';
SET @villages = '下王村,后宅村,塘头村,新屋村,上溪村,前店村,大坑村,里山村,溪口村,湖塘村';
SET @trades = '鑫达,恒泰,华盛,金辉,永安,宏远,兴业,顺发,天成,博源,瑞丰,荣华,盛世,佳禾,东方,德润';
SET @shops = '五金店,餐饮店,便利超市,服装店,茶叶店,汽修店,打印店,农家乐,民宿,理发店';
SET @works = '五金制品,电子科技,机械制造,纺织,食品,物流,家具,包装材料,汽车配件,新材料,光伏科技,医疗器械';
INSERT INTO connection_project (id, project_number, customer_name, address, unit_id, area_type, capacity_kw,
    voltage_kv, dual_supply, small_micro, residential, three_step_variant, needs_supporting_works, category,
    accepted_on, manager_id, status, clock_status, clock_used, clock_limit, clock_due, clocks_computed_at,
    connected_on, created_at, created_by)
SELECT p.id, CONCAT(u.code, '-', YEAR(p.acc), '-', LPAD(p.id, 6, '0')),
       CASE p.category
           WHEN 'RESIDENTIAL' THEN CONCAT(u.place, SUBSTRING_INDEX(SUBSTRING_INDEX(@villages, ',', 1 + h % 10), ',', -1),
                                          '居民', SUBSTRING(@surnames, 1 + h % CHAR_LENGTH(@surnames), 1),
                                          SUBSTRING(@given, 1 + h % 61 % CHAR_LENGTH(@given), 1),
                                          SUBSTRING(@given, 1 + h % 67 % CHAR_LENGTH(@given), 1))
           WHEN 'LV_THREE_ZERO' THEN CONCAT(u.place, SUBSTRING_INDEX(SUBSTRING_INDEX(@trades, ',', 1 + h % 16), ',', -1),
                                            SUBSTRING_INDEX(SUBSTRING_INDEX(@shops, ',', 1 + h % 10), ',', -1))
           ELSE CONCAT(u.place, SUBSTRING_INDEX(SUBSTRING_INDEX(@trades, ',', 1 + h % 16), ',', -1),
                       SUBSTRING_INDEX(SUBSTRING_INDEX(@works, ',', 1 + h % 12), ',', -1),
                       IF(p.category LIKE 'HV%', '股份有限公司', '有限公司')) END,
       CONCAT(u.place, SUBSTRING_INDEX(SUBSTRING_INDEX(@streets, ',', 1 + h % 14), ',', -1), 1 + h % 888, '号'),
       u.id, IF(h % 10 < IF(u.county, 5, 2), 'RURAL', 'URBAN'),
       CASE p.category WHEN 'RESIDENTIAL' THEN 4 + h % 17
                       -- three zeros: up to 160 kW, before 2023 only 100 kW in a rural area
                       WHEN 'LV_THREE_ZERO' THEN 10 + h % IF(p.acc < '2023-01-01' AND h % 10 < IF(u.county, 5, 2), 91, 151)
                       WHEN 'LV_OTHER' THEN IF(h % 2 = 0, 30 + h % 371, 161 + h % 240)
                       WHEN 'HV_SINGLE' THEN ELT(1 + h % 11, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150)
                       ELSE ELT(1 + h % 7, 2000, 2500, 3150, 4000, 5000, 6300, 8000) END,
       IF(p.category LIKE 'HV%', IF(h % 10 = 0, 20, 10), 0.4),
       p.category = 'HV_DUAL', p.category = 'LV_THREE_ZERO' OR p.category = 'LV_OTHER' AND h % 2 = 1,
       p.category = 'RESIDENTIAL', p.three_step, TRUE, p.category, p.acc, m.user_id,
       pc.status, pc.overall, pc.used, pc.clock_limit, pc.due, @now, pc.connected_on,
       TIMESTAMP(p.acc, '08:20') + INTERVAL h % 30 MINUTE, m.login
FROM (SELECT p.*, CRC32(CONCAT('f', p.n)) h FROM p) p
JOIN pc ON pc.n = p.n
JOIN units u ON u.k = p.unit_k
JOIN staff m ON m.unit_k = p.unit_k AND m.role = 'PROJECT_MANAGER' AND m.k = p.manager_k
ORDER BY p.id;

INSERT INTO project_step (project_id, step_code, position, opened_at, opened_by, closed_at, closed_by)
SELECT p.id, ps.code, ps.pos, ps.opened_at, IF(ps.opened, m.login, NULL), ps.closed_at, IF(ps.closed, m.login, NULL)
FROM ps JOIN p ON p.n = ps.n
JOIN staff m ON m.unit_k = p.unit_k AND m.role = 'PROJECT_MANAGER' AND m.k = p.manager_k
ORDER BY p.id, ps.pos;
INSERT INTO step_pause (step_id, paused_at, resumed_at, reason, paused_by, resumed_by)
SELECT s.id, ps.paused_at, ps.resumed_at,
       ELT(1 + ps.n % 3, '客户要求暂缓，等待土建完成', '客户资料待补充', '客户内部装修未完成，申请延后送电'),
       s.opened_by, IF(ps.resumed_at IS NULL, NULL, s.opened_by)
FROM ps JOIN p ON p.n = ps.n JOIN project_step s ON s.project_id = p.id AND s.position = ps.pos
WHERE ps.paused_at IS NOT NULL;
-- the final clocks of connected projects (ProjectClocks.storeResults): the main one, then one per step
INSERT INTO project_clock_result (project_id, scope, main, limit_days, used_days, met)
SELECT p.id, pc.scope, TRUE, pc.clock_limit, pc.used, pc.used <= pc.clock_limit
FROM pc JOIN p ON p.n = pc.n WHERE pc.status = 'CONNECTED'
UNION ALL
SELECT p.id, ps.code, FALSE, ps.step_limit, ps.used, ps.used <= ps.step_limit
FROM ps JOIN p ON p.n = ps.n JOIN pc ON pc.n = ps.n WHERE pc.status = 'CONNECTED';
COMMIT;
