-- Personal API tokens: a system signs in with "Authorization: Bearer <token>" instead of a password, which
-- costs one SHA-256 and one indexed lookup per call instead of a PBKDF2 verification. Only the SHA-256 of each
-- token is kept (hex); the token itself is shown once, when it is issued. A revoked token's row is deleted
-- (the audit trail keeps its issue and revocation). last_used_at is written at most once a minute per token.

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   DATETIME     NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    expires_on   DATE         NOT NULL,
    last_used_at DATETIME     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_user ON api_token (user_id, id);
