-- rollback
-- A step on the delivery board (pick, dispatch or sign): the request locked, moved on and its version raised.
SELECT id, status, version FROM material_request WHERE id = :request FOR UPDATE;
UPDATE material_request SET picked_at = NOW(), version = version + 1 WHERE id = :request;
