-- The stock ledger: exactly @movements rows over the catalogue's pairs (material x warehouse), three years of
-- warehouse work in office hours on working days: what the material requests reserved, issued and released (one
-- posting per line and step, as RequestLifecycle posts them), transfers between warehouses (out: two rows,
-- the source's shelves and the target's "in transit"; in: one row on arrival; the last ones still on the road),
-- and receipts from suppliers, issues for repairs and maintenance, count adjustments. Each pair starts with an
-- opening receipt from the old system, sized afterwards so that nothing ever goes below zero and nothing is reserved
-- that is not on the shelf, and so that the pair ends at a target where its flows allow: between its reserve level
-- and ceiling, or for one pair in ten below the level. Every row carries its balance after it; balances.sql then
-- sums the ledger into the balances.
-- Staged in a compact session table first (posting ids are handed out in time order once everything is known).
CREATE TEMPORARY TABLE whs (wk INT PRIMARY KEY, id BIGINT NOT NULL, code VARCHAR(16), unit_k INT NOT NULL) ENGINE = MEMORY;
INSERT INTO whs SELECT ROW_NUMBER() OVER (ORDER BY w.id) - 1, w.id, w.code, u.k FROM warehouse w JOIN units u ON u.id = w.unit_id;
CREATE TEMPORARY TABLE pairs (
    pk INT PRIMARY KEY, material_id BIGINT NOT NULL, warehouse_id BIGINT NOT NULL, wk INT NOT NULL, lot INT NOT NULL,
    target INT NULL, net_on INT NULL, min_avail INT NULL, opening INT NULL,
    UNIQUE KEY USING BTREE (material_id, warehouse_id)
) ENGINE = MEMORY;
INSERT INTO pairs (pk, material_id, warehouse_id, wk, lot, target)
SELECT pk, material_id, warehouse_id, wk, lot,
       IF(h % 10 = 0, FLOOR(minimum * (h DIV 10 % 10) / 10), minimum + FLOOR((ceiling - minimum) * (h DIV 10 % 10) / 10))
FROM (SELECT bm.k * 10 + w.wk pk, bm.id material_id, w.id warehouse_id, w.wk, bm.lot, r.minimum, r.ceiling,
             CRC32(CONCAT('s', bm.k, '/', w.wk)) h
      FROM bm CROSS JOIN whs w JOIN reserve_level r ON r.material_id = bm.id AND r.warehouse_id = w.id) x;
SET @pairs = (SELECT COUNT(*) FROM pairs);

-- t: 1 receipt, 2 issue, 3 transfer out, 4 transfer in, 5 adjustment, 6 reservation, 7 release (MovementType)
CREATE TEMPORARY TABLE mv (
    grp BIGINT NOT NULL, sub TINYINT NOT NULL, at DATETIME NOT NULL, t TINYINT NOT NULL, pk INT NOT NULL,
    qty INT NOT NULL, d_on INT NOT NULL, d_res INT NOT NULL, d_tr INT NOT NULL, counterpart BIGINT NULL,
    project_id BIGINT NULL, request_id BIGINT NULL, transfer_id BIGINT NULL, user_id BIGINT NOT NULL,
    reason TINYINT NULL, posting_id BIGINT NULL,
    PRIMARY KEY USING BTREE (grp, sub)
) ENGINE = MEMORY;

-- the requests' postings: grp 1e9 + line id * 4 + step
INSERT INTO mv (grp, sub, at, t, pk, qty, d_on, d_res, d_tr, project_id, request_id, user_id)
SELECT 1000000000 + l.id * 4 + s.n, 0,
       CASE s.n WHEN 0 THEN rq.requested_at WHEN 1 THEN rq.dispatched_at ELSE rq.cancelled_at END,
       ELT(s.n + 1, 6, 2, 7), pr.pk, l.quantity,
       IF(s.n = 1, -l.quantity, 0), IF(s.n = 0, l.quantity, -l.quantity), 0, pw.id, rq.id,
       IF(s.n = 1, ws.user_id, mgr.user_id)
FROM rq JOIN pw ON pw.n = rq.n JOIN p ON p.n = rq.n
JOIN material_request_line l ON l.request_id = rq.id
JOIN pairs pr ON pr.material_id = l.material_id AND pr.warehouse_id = l.warehouse_id
JOIN whs w ON w.wk = pr.wk
JOIN staff mgr ON mgr.unit_k = p.unit_k AND mgr.role = 'PROJECT_MANAGER' AND mgr.k = p.manager_k
JOIN staff_count c ON c.unit_k = w.unit_k AND c.role = 'WAREHOUSE'
JOIN staff ws ON ws.unit_k = w.unit_k AND ws.role = 'WAREHOUSE' AND ws.k = rq.h % c.c
JOIN n s ON s.n < 3
WHERE s.n = 0 OR s.n = 1 AND rq.dispatched_at IS NOT NULL OR s.n = 2 AND rq.status = 'CANCELLED';

-- transfers between warehouses, one in a hundred rows' worth; the ones not arrived yet stay in transit
SET @transfers = @movements DIV 100;
CREATE TEMPORARY TABLE tr (
    k INT PRIMARY KEY, id BIGINT, src INT, dst INT, qty INT, sent_at DATETIME, received_at DATETIME NULL,
    sent_by BIGINT, received_by BIGINT
) ENGINE = MEMORY;
SET @trbase = (SELECT COALESCE(MAX(id), 0) FROM stock_transfer);
INSERT INTO tr (k, id, src, dst, qty, sent_at, received_at)
SELECT x.n, @trbase + x.n + 1, x.src, x.src - x.src % 10 + (x.src % 10 + 1 + x.h % 9) % 10, x.lot * (1 + x.h % 3),
       TIMESTAMP(ws.d, '09:00') + INTERVAL x.h % 420 MINUTE,
       TIMESTAMP(wr.d, '10:00') + INTERVAL x.h % 360 MINUTE
FROM (SELECT t.n, pr.pk src, pr.lot, pr.wk, CRC32(CONCAT('tr', t.n)) h,
             @wfirst + CRC32(CONCAT('td', t.n)) % (@wt - @wfirst + 1) sent
      FROM n t JOIN pairs pr ON pr.pk = CRC32(CONCAT('tp', t.n)) % (@materials * 10)
      WHERE t.n < @transfers) x
JOIN whs wd ON wd.wk = (x.wk + 1 + x.h % 9) % 10
JOIN whs wf ON wf.wk = x.wk
JOIN units du ON du.k = wd.unit_k
JOIN transfer_time tt ON tt.warehouse_id = wf.id AND tt.unit_id = du.id
JOIN wday ws ON ws.k = x.sent
JOIN wday wr ON wr.k = x.sent + tt.working_days;
UPDATE tr SET sent_at = LEAST(sent_at, @now - INTERVAL 1 MINUTE);
UPDATE tr SET received_at = NULL WHERE received_at > @now;
UPDATE tr JOIN pairs s ON s.pk = tr.src JOIN whs w ON w.wk = s.wk
JOIN staff_count c ON c.unit_k = w.unit_k AND c.role = 'WAREHOUSE'
JOIN staff u ON u.unit_k = w.unit_k AND u.role = 'WAREHOUSE' AND u.k = tr.k % c.c
SET tr.sent_by = u.user_id;
UPDATE tr JOIN pairs d ON d.pk = tr.dst JOIN whs w ON w.wk = d.wk
JOIN staff_count c ON c.unit_k = w.unit_k AND c.role = 'WAREHOUSE'
JOIN staff u ON u.unit_k = w.unit_k AND u.role = 'WAREHOUSE' AND u.k = tr.k % c.c
SET tr.received_by = u.user_id;
-- grp 2e9 + k * 2 (out: sub 0 the source, sub 1 the target's "in transit"), 2e9 + k * 2 + 1 (in)
INSERT INTO mv (grp, sub, at, t, pk, qty, d_on, d_res, d_tr, counterpart, transfer_id, user_id)
SELECT 2000000000 + tr.k * 2, 0, tr.sent_at, 3, tr.src, tr.qty, -tr.qty, 0, 0, d.warehouse_id, tr.id, tr.sent_by
FROM tr JOIN pairs d ON d.pk = tr.dst
UNION ALL
SELECT 2000000000 + tr.k * 2, 1, tr.sent_at, 3, tr.dst, tr.qty, 0, 0, tr.qty, s.warehouse_id, tr.id, tr.sent_by
FROM tr JOIN pairs s ON s.pk = tr.src
UNION ALL
SELECT 2000000000 + tr.k * 2 + 1, 0, tr.received_at, 4, tr.dst, tr.qty, tr.qty, 0, -tr.qty, s.warehouse_id, tr.id,
       tr.received_by
FROM tr JOIN pairs s ON s.pk = tr.src WHERE tr.received_at IS NOT NULL;

-- the day-to-day postings make up the rest: receipts (a quarter, three times the size), issues, adjustments
SET @filler = @movements - @pairs - (SELECT COUNT(*) FROM mv);
INSERT INTO mv (grp, sub, at, t, pk, qty, d_on, d_res, d_tr, user_id, reason)
SELECT 3000000000 + x.n, 0, LEAST(TIMESTAMP(w.d, '08:00') + INTERVAL x.h % 600 MINUTE, @now - INTERVAL 1 MINUTE),
       x.t, x.pk, x.qty, IF(x.t = 2 OR x.t = 5 AND x.h % 2 = 0, -x.qty, x.qty), 0, 0, u.user_id,
       CASE x.t WHEN 2 THEN 1 + x.h % 3 WHEN 5 THEN 4 END
FROM (SELECT f.n, pr.pk, pr.wk, h,
             CASE WHEN h % 100 < 25 THEN 1 WHEN h % 100 < 98 THEN 2 ELSE 5 END t,
             CASE WHEN h % 100 < 25 THEN 3 * pr.lot * (1 + h DIV 100 % 5) WHEN h % 100 < 98 THEN pr.lot * (1 + h DIV 100 % 5)
                  ELSE 1 + h DIV 100 % 3 END qty,
             @wfirst + CRC32(CONCAT('fd', f.n)) % (@wt - @wfirst + 1) day
      FROM (SELECT n, CRC32(CONCAT('f', n)) h FROM n WHERE n < @filler) f
      JOIN pairs pr ON pr.pk = CRC32(CONCAT('fp', f.n)) % (@materials * 10)) x
JOIN wday w ON w.k = x.day
JOIN whs wh ON wh.wk = x.wk
JOIN staff_count c ON c.unit_k = wh.unit_k AND c.role = 'WAREHOUSE'
JOIN staff u ON u.unit_k = wh.unit_k AND u.role = 'WAREHOUSE' AND u.k = x.h % c.c;

-- Each pair's opening: enough that the lowest point of its available stock (on hand less reserved) stays at or
-- above zero, and that it ends at its target where that allows.
CREATE TEMPORARY TABLE flows (pk INT PRIMARY KEY, net_on INT, min_avail INT) ENGINE = MEMORY;
INSERT INTO flows
SELECT pk, SUM(d_on), LEAST(0, MIN(avail))
FROM (SELECT pk, d_on, SUM(d_on - d_res) OVER (PARTITION BY pk ORDER BY at, grp, sub ROWS UNBOUNDED PRECEDING) avail
      FROM mv) x
GROUP BY pk;
UPDATE pairs pr LEFT JOIN flows f ON f.pk = pr.pk
SET pr.opening = GREATEST(1, pr.target - COALESCE(f.net_on, 0), -COALESCE(f.min_avail, 0));
INSERT INTO mv (grp, sub, at, t, pk, qty, d_on, d_res, d_tr, user_id, reason)
SELECT 4000000000 + pk, 0, TIMESTAMP(first.d, '08:00') + INTERVAL pk % 300 SECOND, 1, pk, opening, opening, 0, 0,
       0, 5 -- posted by "system", as GridWorks' own work is
FROM pairs JOIN wday first ON first.k = @wfirst - 1;

-- posting ids in time order, one per grp
CREATE TEMPORARY TABLE postings (grp BIGINT PRIMARY KEY, id BIGINT NOT NULL) ENGINE = MEMORY;
SET @postbase = (SELECT COALESCE(MAX(id), 0) FROM stock_posting);
INSERT INTO postings
SELECT grp, @postbase + ROW_NUMBER() OVER (ORDER BY MIN(at), grp) FROM mv GROUP BY grp;
UPDATE mv JOIN postings g ON g.grp = mv.grp SET mv.posting_id = g.id;

INSERT INTO stock_transfer (id, material_id, from_warehouse_id, to_warehouse_id, quantity, status, sent_at, sent_by,
                            received_at, received_by)
SELECT tr.id, s.material_id, s.warehouse_id, d.warehouse_id, tr.qty, IF(tr.received_at IS NULL, 'IN_TRANSIT', 'RECEIVED'),
       tr.sent_at, us.login, tr.received_at, IF(tr.received_at IS NULL, NULL, ur.login)
FROM tr JOIN pairs s ON s.pk = tr.src JOIN pairs d ON d.pk = tr.dst
JOIN app_user us ON us.id = tr.sent_by JOIN app_user ur ON ur.id = tr.received_by
ORDER BY tr.id;

-- fingerprints as the page and API make them (MovementCommand.fingerprint), the requests' as their service does
INSERT INTO stock_posting (id, fingerprint, type, posted_at, posted_by, reason, project_id, reference, transfer_id,
                           request_id)
SELECT x.posting_id,
       IF(x.request_id IS NOT NULL, CONCAT('request ', x.request_id, ' ', x.type),
          CONCAT_WS('|', x.login, x.type, CONCAT('BM', LPAD(x.pk DIV 10, 6, '0')), w.code, x.qty,
                    COALESCE(cw.code, 'null'), 'null', 'null', COALESCE(x.reason, 'null'), COALESCE(x.reference, 'null'))),
       x.type, x.at, x.login, x.reason, x.project_id, x.reference, x.transfer_id, x.request_id
FROM (SELECT mv.posting_id, mv.pk, mv.qty, mv.at, mv.counterpart, mv.project_id, mv.transfer_id, mv.request_id,
             COALESCE(u.login, 'system') login,
             ELT(mv.t, 'RECEIPT', 'ISSUE', 'TRANSFER_OUT', 'TRANSFER_IN', 'ADJUSTMENT', 'RESERVATION', 'RELEASE') type,
             ELT(mv.reason, '抢修领用', '运维检修领用', '配网改造工程领用', '盘点差异调整', '系统切换期初库存导入') reason,
             CASE WHEN mv.request_id IS NOT NULL THEN CONCAT('MR-', mv.request_id)
                  WHEN mv.reason = 5 THEN '期初库存'
                  WHEN mv.t = 1 THEN CONCAT('CG', YEAR(mv.at), LPAD(mv.grp % 100000, 5, '0')) END reference,
             mv.t
      FROM mv LEFT JOIN app_user u ON u.id = mv.user_id
      WHERE mv.sub = 0) x
JOIN pairs pr ON pr.pk = x.pk JOIN whs w ON w.wk = pr.wk
LEFT JOIN whs cw ON cw.id = x.counterpart AND x.t = 3
ORDER BY x.posting_id;

-- each row with the balance after it: the running sums of its pair, opening included
INSERT INTO stock_movement (posting_id, material_id, warehouse_id, type, quantity, d_on_hand, d_reserved,
                            d_in_transit, on_hand_after, reserved_after, in_transit_after, counterpart_id)
SELECT mv.posting_id, pr.material_id, pr.warehouse_id,
       ELT(mv.t, 'RECEIPT', 'ISSUE', 'TRANSFER_OUT', 'TRANSFER_IN', 'ADJUSTMENT', 'RESERVATION', 'RELEASE'),
       mv.qty, mv.d_on, mv.d_res, mv.d_tr,
       SUM(mv.d_on) OVER w, SUM(mv.d_res) OVER w, SUM(mv.d_tr) OVER w, mv.counterpart
FROM mv JOIN pairs pr ON pr.pk = mv.pk
WINDOW w AS (PARTITION BY mv.pk ORDER BY mv.posting_id, mv.sub ROWS UNBOUNDED PRECEDING)
ORDER BY mv.posting_id, mv.sub;
