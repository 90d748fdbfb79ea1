-- Open to the customer (issue 24): the contact phone whose last four digits let a customer follow their application
-- on the public progress page; the counters that throttle those lookups; the customer's one rating after connection.

ALTER TABLE connection_project ADD COLUMN contact_phone VARCHAR(32) NULL;

-- Attempts per key and fixed window, shared by every server (the database counts, not a server's memory): the key is
-- the SHA-256 (hex) of "address:" + client address or "number:" + application number, so neither is stored as typed.
CREATE TABLE public_lookup_window (
    throttle_key  CHAR(64)  NOT NULL,
    window_start  DATETIME  NOT NULL,
    attempts      INT       NOT NULL,
    PRIMARY KEY (throttle_key, window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_lookup_window_start ON public_lookup_window (window_start);

-- One rating per project, whoever sends it twice (the unique key decides, not a check before the insert).
CREATE TABLE customer_rating (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    project_id  BIGINT       NOT NULL,
    speed       INT          NOT NULL,
    clarity     INT          NOT NULL,
    staff       INT          NOT NULL,
    comment     VARCHAR(500) NULL,
    rated_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_rating_project UNIQUE (project_id),
    CONSTRAINT fk_rating_project FOREIGN KEY (project_id) REFERENCES connection_project (id) ON DELETE CASCADE,
    CONSTRAINT ck_rating_speed CHECK (speed BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_clarity CHECK (clarity BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_staff CHECK (staff BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rating_rated_at ON customer_rating (rated_at);
