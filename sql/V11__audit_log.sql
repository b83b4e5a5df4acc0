-- Every staff action that changes something, and every sign-in (good, bad, locked), with who, when and
-- from where: the console's audit log. Append-only.
CREATE TABLE audit_log (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(3)   NOT NULL,
    actor      VARCHAR(64)   NOT NULL COMMENT 'staff username, or the name tried at sign-in',
    action     VARCHAR(120)  NOT NULL COMMENT 'e.g. POST /api/staff/suppliers/12/approve, SIGN_IN, SIGN_IN_FAILED',
    outcome    VARCHAR(16)   NOT NULL COMMENT 'HTTP status or OK / FAILED / LOCKED',
    address    VARCHAR(64)   NULL     COMMENT 'client address',
    detail     VARCHAR(500)  NULL,
    INDEX ix_audit_at (at),
    INDEX ix_audit_actor (actor, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
