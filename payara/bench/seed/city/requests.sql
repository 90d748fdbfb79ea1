-- The material requests of works.sql as GridWorks records them: requested in office hours, due on site by the end
-- of the delivery period's working day (app setting, 3), picked and dispatched on the day the goods must leave to
-- arrive in time (or late), delivered in the afternoon and signed for. Where each stands now follows from the
-- clock; the projects' own cancellations release what they had reserved.
SET @due_days = (SELECT CAST(setting_value AS SIGNED) FROM app_setting WHERE setting_key = 'delivery.dueWorkingDays');
UPDATE rq JOIN wday r ON r.k = rq.r JOIN wday s ON s.k = rq.ds JOIN wday d ON d.k = rq.del
SET rq.requested_at = LEAST(TIMESTAMP(r.d, '08:30') + INTERVAL rq.h % 480 MINUTE, @now - INTERVAL 1 MINUTE),
    rq.picked_at = IF(rq.ds = rq.r, TIMESTAMP(r.d, '08:30') + INTERVAL rq.h % 480 + 20 + rq.h % 60 MINUTE,
                      TIMESTAMP(s.d, '08:00') + INTERVAL rq.h % 60 MINUTE),
    rq.delivered_at = TIMESTAMP(d.d, '13:00') + INTERVAL rq.h % 240 MINUTE;
UPDATE rq SET dispatched_at = picked_at + INTERVAL 30 + rq.h % 90 MINUTE,
              cancelled_at = IF(cancel, requested_at + INTERVAL 1 + rq.h % 6 HOUR, NULL);
-- a connected project's requests ended by its connection, today's included
UPDATE rq JOIN pw ON pw.n = rq.n
SET rq.picked_at = LEAST(rq.picked_at, @now), rq.dispatched_at = LEAST(rq.dispatched_at, @now),
    rq.delivered_at = LEAST(rq.delivered_at, @now), rq.cancelled_at = LEAST(rq.cancelled_at, @now)
WHERE pw.status = 'CONNECTED';
UPDATE rq JOIN pw ON pw.n = rq.n
SET rq.status = CASE WHEN rq.cancel THEN IF(rq.cancelled_at <= pw.cut, 'CANCELLED', 'RESERVED')
                     -- what was on the road when its project was cancelled still arrives
                     WHEN rq.dispatched_at <= pw.cut AND rq.delivered_at <= @now THEN 'DELIVERED'
                     WHEN rq.dispatched_at <= pw.cut THEN 'DISPATCHED'
                     WHEN rq.picked_at <= pw.cut THEN 'PICKED'
                     ELSE 'RESERVED' END;
UPDATE rq SET cancelled_at = NULL WHERE status <> 'CANCELLED';
UPDATE rq SET picked_at = NULL WHERE status IN ('RESERVED', 'CANCELLED');
UPDATE rq SET dispatched_at = NULL WHERE status IN ('RESERVED', 'PICKED', 'CANCELLED');
UPDATE rq SET delivered_at = NULL WHERE status <> 'DELIVERED';
-- a cancelled project's requests still waiting in the warehouse are cancelled with it (what is on the road arrives)
UPDATE rq JOIN pw ON pw.n = rq.n
SET rq.status = 'CANCELLED', rq.cancel = TRUE,
    rq.cancelled_at = GREATEST(COALESCE(rq.picked_at, rq.requested_at) + INTERVAL 1 MINUTE, pw.cut)
WHERE pw.status = 'CANCELLED' AND rq.status IN ('RESERVED', 'PICKED');

INSERT INTO material_request (id, project_id, site, requested_at, due_days, due_on, status, picked_at,
    dispatched_at, delivered_at, cancelled_at, cancel_reason, created_at, created_by, version)
SELECT rq.id, cp.id, CONCAT(cp.customer_name, ' 施工现场'), rq.requested_at, @due_days, due.d, rq.status,
       rq.picked_at, rq.dispatched_at, rq.delivered_at, rq.cancelled_at,
       CASE WHEN rq.status <> 'CANCELLED' THEN NULL
            WHEN pw.status = 'CANCELLED' THEN '项目已撤销，预留物资释放'
            ELSE ELT(1 + rq.h % 3, '客户推迟施工，改期另行申请', '设计变更，材料规格调整', '现场条件变化，暂缓领料') END,
       rq.requested_at, cp.created_by,
       (rq.picked_at IS NOT NULL) + (rq.dispatched_at IS NOT NULL) + (rq.delivered_at IS NOT NULL)
           + (rq.cancelled_at IS NOT NULL)
FROM rq JOIN pw ON pw.n = rq.n JOIN connection_project cp ON cp.id = pw.id
JOIN wday due ON due.k = rq.r + @due_days
ORDER BY rq.id;
INSERT INTO material_request_line (request_id, line_no, material_id, warehouse_id, quantity, delivered,
    transfer_days, expected_on, can_meet_due, dispatched_at)
SELECT rl.request_id, rl.line_no, rl.material_id, rl.warehouse_id, rl.quantity,
       IF(rq.status = 'DELIVERED', rl.quantity, 0), rl.transfer, ex.d, rl.transfer <= @due_days, rq.dispatched_at
FROM rl JOIN rq ON rq.id = rl.request_id
JOIN wday ex ON ex.k = rq.r + rl.transfer
ORDER BY rl.request_id, rl.line_no;
-- signed for on site by the customer's electrician, recorded by the warehouse that sent it
INSERT INTO material_delivery (line_id, quantity, delivered_at, signed_by, recorded_by)
SELECT l.id, l.quantity, rq.delivered_at,
       CONCAT(SUBSTRING(@surnames, 1 + rq.h % CHAR_LENGTH(@surnames), 1), SUBSTRING(@given, 1 + rq.h % 43 % CHAR_LENGTH(@given), 1),
              SUBSTRING(@given, 1 + rq.h % 47 % CHAR_LENGTH(@given), 1)),
       s.login
FROM rq JOIN material_request_line l ON l.request_id = rq.id
JOIN warehouse w ON w.id = l.warehouse_id JOIN units u ON u.id = w.unit_id
JOIN staff_count c ON c.unit_k = u.k AND c.role = 'WAREHOUSE'
JOIN staff s ON s.unit_k = u.k AND s.role = 'WAREHOUSE' AND s.k = rq.h % c.c
WHERE rq.status = 'DELIVERED'
ORDER BY l.id;
