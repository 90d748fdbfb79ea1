-- Who is calling: the account with its unit and roles, by login.
SELECT a.id, a.login, a.display_name, a.enabled, u.code, r.role
FROM app_user a JOIN unit u ON u.id = a.unit_id LEFT JOIN user_role r ON r.user_id = a.id WHERE a.login = :login;
