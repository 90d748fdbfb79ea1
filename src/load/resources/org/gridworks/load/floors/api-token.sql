-- A personal API token issued: the caller found, the token's hash stored (rolled back), the issue audited.
-- rollback
INSERT INTO api_token (user_id, name, token_hash, created_at, created_by, expires_on)
SELECT id, 'floor', SHA2(UUID(), 256), NOW(), login, CURDATE() + INTERVAL 1 DAY FROM app_user WHERE login = :login;
INSERT INTO audit_event (action, actor, changes, occurred_at, record_id, record_type)
VALUES ('CREATE', :login, '[]', NOW(), 'floor', 'ApiToken');
