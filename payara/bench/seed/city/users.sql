-- @users people, as many in each unit: per 20, eight project managers, four warehouse staff, four permit clerks,
-- three supervisors and, in the city company, an administrator (elsewhere a ninth manager). Logins read as role,
-- unit and number (pm-yw-03). Every one signs in with the demo password: its PBKDF2 hash (salt included) is copied
-- from the demo user "manager", so no hash is computed here. E-mail at the example domain, as the demo users have
-- it, so nothing reaches a real mailbox; no phone numbers, so no text message could either.
CREATE TEMPORARY TABLE units (k INT PRIMARY KEY, id BIGINT NOT NULL, code VARCHAR(16) NOT NULL,
                              county BOOLEAN NOT NULL, place VARCHAR(20) NOT NULL) ENGINE = MEMORY;
INSERT INTO units
SELECT k, u.id, u.code, u.kind = 'COUNTY', place
FROM (SELECT 0 k, 'JH' code, '金华市' place UNION ALL SELECT 1, 'WC', '金华市婺城区' UNION ALL SELECT 2, 'JD', '金华市金东区'
      UNION ALL SELECT 3, 'LX', '兰溪市' UNION ALL SELECT 4, 'DY', '东阳市' UNION ALL SELECT 5, 'YW', '义乌市'
      UNION ALL SELECT 6, 'YK', '永康市' UNION ALL SELECT 7, 'PJ', '浦江县' UNION ALL SELECT 8, 'WY', '武义县'
      UNION ALL SELECT 9, 'PA', '磐安县') v
JOIN unit u ON u.code = v.code;

SET @surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严戴';
SET @given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰建国华红梅文斌海峰志卫东春晓燕玉萍建平立新永辉俊宏亮丹婷佳怡晨浩宇鹏飞慧琳';
SET @hash = (SELECT password_hash FROM app_user WHERE login = 'manager');

CREATE TEMPORARY TABLE people (
    n      INT PRIMARY KEY,
    unit_k INT NOT NULL,
    role   VARCHAR(32) NOT NULL,
    login  VARCHAR(64) NOT NULL,
    name   VARCHAR(100) NOT NULL,
    joined DATETIME NOT NULL
) ENGINE = MEMORY;
INSERT INTO people
SELECT n, unit_k, role,
       CONCAT(ELT(FIELD(role, 'PROJECT_MANAGER', 'WAREHOUSE', 'PERMIT_CLERK', 'SUPERVISOR', 'ADMIN'),
                  'pm', 'wh', 'clerk', 'sup', 'admin'), '-', LOWER(u.code), '-', LPAD(nr, 2, '0')),
       CONCAT(SUBSTRING(@surnames, 1 + CRC32(CONCAT('s', n)) % CHAR_LENGTH(@surnames), 1),
              SUBSTRING(@given, 1 + CRC32(CONCAT('g', n)) % CHAR_LENGTH(@given), 1),
              IF(n % 3 = 0, '', SUBSTRING(@given, 1 + CRC32(CONCAT('h', n)) % CHAR_LENGTH(@given), 1))),
       -- accounts made in office hours on the working days before the three years of applications begin
       TIMESTAMP(w.d, '09:00') + INTERVAL n % 420 MINUTE
FROM (SELECT n, unit_k, role,
             -- numbered within the unit and role, counting on from the previous twenty
             CASE WHEN slot = 19 THEN IF(role = 'ADMIN', 1, 9)
                  ELSE slot + 1 - CASE role WHEN 'WAREHOUSE' THEN 8 WHEN 'PERMIT_CLERK' THEN 12
                                            WHEN 'SUPERVISOR' THEN 16 ELSE 0 END END
             + cycle * CASE role WHEN 'PROJECT_MANAGER' THEN 8 + (unit_k <> 0) WHEN 'SUPERVISOR' THEN 3
                                 WHEN 'ADMIN' THEN 1 ELSE 4 END nr
      FROM (SELECT n, n % 10 unit_k, (n DIV 10) % 20 slot, n DIV 200 cycle,
                   CASE WHEN (n DIV 10) % 20 < 8 THEN 'PROJECT_MANAGER' WHEN (n DIV 10) % 20 < 12 THEN 'WAREHOUSE'
                        WHEN (n DIV 10) % 20 < 16 THEN 'PERMIT_CLERK' WHEN (n DIV 10) % 20 < 19 THEN 'SUPERVISOR'
                        WHEN n % 10 = 0 THEN 'ADMIN' ELSE 'PROJECT_MANAGER' END role
            FROM n WHERE n < @users) r) s
JOIN units u ON u.k = s.unit_k
JOIN wday w ON w.k = @wfirst - 20 - s.n % 40;

INSERT INTO app_user (login, display_name, unit_id, email, password_hash, password_changed_at, created_at,
                      language, notify_email, notify_sms)
SELECT p.login, p.name, u.id, CONCAT(p.login, '@gridworks.example'), @hash, p.joined, p.joined,
       IF(p.n % 12 = 5, 'en', 'zh-CN'), p.n % 7 <> 3, FALSE
FROM people p JOIN units u ON u.k = p.unit_k
ORDER BY p.n;
INSERT INTO user_role (user_id, role)
SELECT a.id, p.role FROM people p JOIN app_user a ON a.login = p.login;

-- everyone who may be named on a record, demo users included, numbered per unit and role for picking
CREATE TEMPORARY TABLE staff (
    unit_k INT NOT NULL, role VARCHAR(32) NOT NULL, k INT NOT NULL,
    user_id BIGINT NOT NULL, login VARCHAR(64) NOT NULL, name VARCHAR(100) NOT NULL,
    PRIMARY KEY USING BTREE (unit_k, role, k)
) ENGINE = MEMORY;
INSERT INTO staff
SELECT un.k, r.role, ROW_NUMBER() OVER (PARTITION BY un.k, r.role ORDER BY a.id) - 1, a.id, a.login, a.display_name
FROM app_user a JOIN user_role r ON r.user_id = a.id JOIN units un ON un.id = a.unit_id;
CREATE TEMPORARY TABLE staff_count (unit_k INT, role VARCHAR(32), c INT, PRIMARY KEY USING BTREE (unit_k, role)) ENGINE = MEMORY;
INSERT INTO staff_count SELECT unit_k, role, COUNT(*) FROM staff GROUP BY unit_k, role;
