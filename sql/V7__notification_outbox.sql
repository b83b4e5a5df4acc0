-- The notification outbox: written in the same transaction as the status move that causes it, one row
-- per (event, channel, recipient) — the unique idempotency key makes a second write of the same notice
-- impossible. Dispatchers on every node claim due rows with SELECT … FOR UPDATE SKIP LOCKED.
CREATE TABLE notice (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  VARCHAR(191)  NOT NULL,
    template_key     VARCHAR(64)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL COMMENT 'WECHAT | SMS | EMAIL',
    recipient        VARCHAR(128)  NOT NULL COMMENT 'openid, mobile or email',
    supplier_id      BIGINT        NULL,
    filing_id        BIGINT        NULL,
    variables        VARCHAR(4000) NOT NULL COMMENT 'JSON object of the event data the template reads',
    rendered         VARCHAR(2000) NOT NULL COMMENT 'what the recipient reads, for people and the recording channel',
    urgent           TINYINT(1)    NOT NULL DEFAULT 0 COMMENT 'urgent SMS ignore quiet hours',
    status           VARCHAR(16)   NOT NULL COMMENT 'PENDING | SENDING | SENT | DELIVERED | FAILED',
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    lease_until      DATETIME(3)   NULL,
    lease_token      CHAR(36)      NULL COMMENT 'which claim holds the row: only its holder may settle it',
    platform_id      VARCHAR(64)   NULL COMMENT 'WeChat msgid or Aliyun BizId',
    last_code        VARCHAR(64)   NULL,
    last_message     VARCHAR(500)  NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uk_notice_idempotency UNIQUE (idempotency_key),
    INDEX ix_notice_due (status, next_attempt_at),
    INDEX ix_notice_lease (status, lease_until),
    INDEX ix_notice_supplier (supplier_id, created_at),
    INDEX ix_notice_filing (filing_id, created_at),
    INDEX ix_notice_platform (platform_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notice_id    BIGINT        NOT NULL,
    at           DATETIME(3)   NOT NULL,
    outcome      VARCHAR(16)   NOT NULL COMMENT 'SENT | RETRY | FAILED | FALLBACK',
    code         VARCHAR(64)   NULL,
    message      VARCHAR(500)  NULL,
    platform_id  VARCHAR(64)   NULL,
    node         VARCHAR(64)   NULL,
    INDEX ix_attempt_notice (notice_id, at),
    CONSTRAINT fk_attempt_notice FOREIGN KEY (notice_id) REFERENCES notice (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
