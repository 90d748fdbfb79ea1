-- Partial quantities (issue 22): a transfer's arrival records what arrived and the shortfall stays in transit
-- until it arrives or is written off with a reason; a site delivery is signed with a drawn signature.

-- What of a transfer has arrived and what was written off; the rest is still in transit. The CHECK is the last
-- guard against counting an arrival twice (the service locks the transfer row and compares its version first).
ALTER TABLE stock_transfer ADD COLUMN received_quantity INT NOT NULL DEFAULT 0;
ALTER TABLE stock_transfer ADD COLUMN written_off INT NOT NULL DEFAULT 0;
-- transfers received before this version arrived whole
UPDATE stock_transfer SET received_quantity = quantity WHERE status = 'RECEIVED';
ALTER TABLE stock_transfer ADD CONSTRAINT ck_transfer_accounted
    CHECK (received_quantity >= 0 AND written_off >= 0 AND received_quantity + written_off <= quantity);

-- One signing on site: who signed, when, and the signature drawn on the phone (a PNG, at most 60 KiB, checked by
-- the service). Each delivery row (a line's part) that was signed for at that moment points to it.
CREATE TABLE site_signature (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    signed_by   VARCHAR(100) NOT NULL,
    signed_at   DATETIME     NOT NULL,
    png         BLOB         NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_signature_request FOREIGN KEY (request_id) REFERENCES material_request (id),
    CONSTRAINT ck_signature_size CHECK (width > 0 AND height > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_signature_request ON site_signature (request_id, id);

ALTER TABLE material_delivery ADD COLUMN signature_id BIGINT NULL;
ALTER TABLE material_delivery ADD CONSTRAINT fk_delivery_signature FOREIGN KEY (signature_id) REFERENCES site_signature (id);
