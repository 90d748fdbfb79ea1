-- rollback
-- A permit decided (or submitted): the track locked, written with its permit number, the change audited.
SELECT id, status, version FROM permit_track WHERE id = :track FOR UPDATE;
UPDATE permit_track SET status = 'GRANTED', decided_on = CURDATE(), permit_number = 'floor', valid_from = CURDATE(),
       valid_to = CURDATE() + INTERVAL 6 MONTH, version = version + 1 WHERE id = :track;
INSERT INTO audit_event (action, actor, changes, occurred_at, record_id, record_type)
VALUES ('UPDATE', :login, '[]', NOW(), 'floor', 'PermitTrack');
