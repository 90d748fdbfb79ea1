-- Signing in: the account and its roles, found by login (the PBKDF2 check that follows costs no SQL).
SELECT a.id, a.password_hash, a.enabled, a.locked_until, a.unit_id FROM app_user a WHERE a.login = :login;
SELECT r.role FROM user_role r JOIN app_user a ON a.id = r.user_id WHERE a.login = :login;
