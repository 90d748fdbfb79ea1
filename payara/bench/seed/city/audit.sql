-- The audit trail, @audit rows in time order, as AuditTrail writes them: the administrator creating the accounts
-- and the two permit types, the managers creating each project, recording each step (ProjectStep rows), creating
-- and approving each plan and making each material request, the clerks adding each permit track; the rest are
-- sign-ins of the day (a few failed), from the company's network. Changes as JSON the way Changes.toJson keeps
-- them (field, old, new).
CREATE TEMPORARY TABLE au (
    occurred_at DATETIME NOT NULL, actor VARCHAR(64) NOT NULL, action VARCHAR(32) NOT NULL,
    record_type VARCHAR(64) NULL, record_id VARCHAR(64) NULL, summary VARCHAR(500) NULL, changes TEXT NULL,
    client_address VARCHAR(64) NULL
) ENGINE = InnoDB;
INSERT INTO au
SELECT a.created_at, 'admin', 'CREATE', 'User', a.login, a.display_name,
       JSON_ARRAY(JSON_OBJECT('field', 'login', 'old', NULL, 'new', a.login),
                  JSON_OBJECT('field', 'displayName', 'old', NULL, 'new', a.display_name),
                  JSON_OBJECT('field', 'unit', 'old', NULL, 'new', u.code),
                  JSON_OBJECT('field', 'email', 'old', NULL, 'new', a.email),
                  JSON_OBJECT('field', 'roles', 'old', NULL, 'new', p.role),
                  JSON_OBJECT('field', 'enabled', 'old', NULL, 'new', 'true')), NULL
FROM people p JOIN app_user a ON a.login = p.login JOIN unit u ON u.id = a.unit_id;
INSERT INTO au
SELECT DATE_SUB(@now, INTERVAL 3 YEAR), 'admin', 'CREATE', 'PermitType', code, name_zh,
       JSON_ARRAY(JSON_OBJECT('field', 'code', 'old', NULL, 'new', code),
                  JSON_OBJECT('field', 'nameZh', 'old', NULL, 'new', name_zh),
                  JSON_OBJECT('field', 'limitDays', 'old', NULL, 'new', CAST(limit_days AS CHAR))), NULL
FROM permit_type WHERE code IN ('WATERWAY', 'TREE_RELOCATION');
INSERT INTO au
SELECT cp.created_at, cp.created_by, 'CREATE', 'Project', cp.id, cp.project_number,
       JSON_ARRAY(JSON_OBJECT('field', 'customerName', 'old', NULL, 'new', cp.customer_name),
                  JSON_OBJECT('field', 'address', 'old', NULL, 'new', cp.address),
                  JSON_OBJECT('field', 'unit', 'old', NULL, 'new', u.code),
                  JSON_OBJECT('field', 'areaType', 'old', NULL, 'new', cp.area_type),
                  JSON_OBJECT('field', 'capacityKw', 'old', NULL, 'new', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM cp.capacity_kw))),
                  JSON_OBJECT('field', 'voltageKv', 'old', NULL, 'new', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM cp.voltage_kv))),
                  JSON_OBJECT('field', 'category', 'old', NULL, 'new', cp.category),
                  JSON_OBJECT('field', 'acceptedOn', 'old', NULL, 'new', cp.accepted_on),
                  JSON_OBJECT('field', 'manager', 'old', NULL, 'new', cp.created_by)), NULL
FROM connection_project cp JOIN unit u ON u.id = cp.unit_id WHERE cp.id > @pbase;
-- step actions: "open 2025-03-04T09:12" (LocalDateTime's text), "close ...", "pause ...: reason", "resume ..."
INSERT INTO au
SELECT at, actor, 'UPDATE', 'ProjectStep', CONCAT(project_id, '/', step_code),
       CONCAT(what, ' ', DATE_FORMAT(at, '%Y-%m-%dT%H:%i'), COALESCE(CONCAT(': ', reason), '')), NULL, NULL
FROM (SELECT s.opened_at at, s.opened_by actor, s.project_id, s.step_code, 'open' what, NULL reason
      FROM project_step s WHERE s.project_id > @pbase AND s.position > 1 AND s.opened_at IS NOT NULL
      UNION ALL
      SELECT s.closed_at, s.closed_by, s.project_id, s.step_code, 'close', NULL
      FROM project_step s WHERE s.project_id > @pbase AND s.closed_at IS NOT NULL
      UNION ALL
      SELECT sp.paused_at, sp.paused_by, s.project_id, s.step_code, 'pause', sp.reason
      FROM step_pause sp JOIN project_step s ON s.id = sp.step_id WHERE s.project_id > @pbase
      UNION ALL
      SELECT sp.resumed_at, sp.resumed_by, s.project_id, s.step_code, 'resume', NULL
      FROM step_pause sp JOIN project_step s ON s.id = sp.step_id
      WHERE s.project_id > @pbase AND sp.resumed_at IS NOT NULL) steps;
INSERT INTO au
SELECT pl.created_at, pl.created_by, 'CREATE', 'MilestonePlan', pl.project_id, CONCAT('deadline ', pl.deadline), NULL, NULL
FROM milestone_plan pl WHERE pl.project_id > @pbase
UNION ALL
SELECT pl.approved_at, pl.approved_by, 'UPDATE', 'MilestonePlan', pl.project_id, 'approved', NULL, NULL
FROM milestone_plan pl WHERE pl.project_id > @pbase AND pl.approved_at IS NOT NULL;
INSERT INTO au
SELECT t.created_at, t.created_by, 'CREATE', 'PermitTrack', t.id, cp.project_number,
       JSON_ARRAY(JSON_OBJECT('field', 'type', 'old', NULL, 'new', ty.code),
                  JSON_OBJECT('field', 'status', 'old', NULL, 'new', 'PREPARED')), NULL
FROM permit_track t JOIN permit_type ty ON ty.id = t.type_id JOIN connection_project cp ON cp.id = t.project_id
WHERE t.id > @tbase;
INSERT INTO au
SELECT r.created_at, r.created_by, 'CREATE', 'MaterialRequest', r.id, cp.project_number,
       JSON_ARRAY(JSON_OBJECT('field', 'site', 'old', NULL, 'new', r.site),
                  JSON_OBJECT('field', 'requestedAt', 'old', NULL, 'new', DATE_FORMAT(r.requested_at, '%Y-%m-%dT%H:%i')),
                  JSON_OBJECT('field', 'dueOn', 'old', NULL, 'new', r.due_on),
                  JSON_OBJECT('field', 'status', 'old', NULL, 'new', 'RESERVED')), NULL
FROM material_request r JOIN connection_project cp ON cp.id = r.project_id WHERE r.id > @rbase;

-- sign-ins fill the rest: someone each working morning (one in fifty mistyped first); a few more are made than
-- needed (those still ahead today are dropped), and the oldest beyond @audit left out
SET @business = (SELECT COUNT(*) FROM au);
SET @signins = GREATEST(0, @audit - @business) + 1000;
SET @people = (SELECT COUNT(*) FROM staff);
CREATE TEMPORARY TABLE staff_seq (k INT PRIMARY KEY, login VARCHAR(64)) ENGINE = MEMORY;
INSERT INTO staff_seq SELECT ROW_NUMBER() OVER (ORDER BY user_id) - 1, login FROM staff;
CREATE TEMPORARY TABLE signins LIKE au;
INSERT INTO signins
SELECT TIMESTAMP(w.d, '07:50') + INTERVAL x.h % 5400 SECOND, IF(x.h % 50 = 0, 'system', s.login),
       IF(x.h % 50 = 0, 'SIGN_IN_FAILED', 'SIGN_IN'), 'User', s.login, IF(x.h % 50 = 0, 'wrong password', NULL), NULL,
       CONCAT('10.', 20 + x.h % 10, '.', x.h DIV 10 % 250, '.', 10 + x.h DIV 3000 % 200)
FROM (SELECT n, CRC32(CONCAT('a', n)) h, @wfirst + CRC32(CONCAT('ad', n)) % (@wt - @wfirst + 1) day
      FROM n WHERE n < @signins) x
JOIN wday w ON w.k = x.day
JOIN staff_seq s ON s.k = x.h % @people
WHERE TIMESTAMP(w.d, '07:50') + INTERVAL x.h % 5400 SECOND <= @now;

INSERT INTO audit_event (occurred_at, actor, action, record_type, record_id, summary, changes, client_address)
SELECT occurred_at, actor, action, record_type, record_id, summary, changes, client_address
FROM (SELECT au.*, 0 newest FROM au
      UNION ALL
      SELECT s.*, ROW_NUMBER() OVER (ORDER BY occurred_at DESC) FROM signins s) x
WHERE newest <= GREATEST(0, @audit - @business)
ORDER BY occurred_at;
