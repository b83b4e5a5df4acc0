-- Capability filings and the expert review: defense sessions, on-site draws, publicity, the pool.

-- Equity and business direction are what change requests (变更请示) alter besides the name.
ALTER TABLE supplier ADD COLUMN equity_structure VARCHAR(500) NULL AFTER ip_summary;
ALTER TABLE supplier ADD COLUMN business_direction VARCHAR(500) NULL AFTER equity_structure;
-- Old and new values of a change, as JSON text, so the history keeps what the record said before.
ALTER TABLE supplier_history ADD COLUMN detail TEXT NULL;

CREATE TABLE app_setting (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    value       VARCHAR(255)  NOT NULL,
    updated_by  VARCHAR(64)   NULL,
    updated_at  DATETIME(3)   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 通知 三（二）: "未通过的企业（单位）将恕不另行通知".
INSERT INTO app_setting (name, value) VALUES ('review.notify-failures', 'false');

CREATE TABLE defense_session (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id    BIGINT        NOT NULL,
    day         DATE          NOT NULL,
    starts_at   TIME          NOT NULL,
    ends_at     TIME          NOT NULL,
    venue       VARCHAR(100)  NOT NULL,
    address     VARCHAR(200)  NOT NULL,
    capacity    INT           NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_session_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE publicity (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id    BIGINT        NOT NULL,
    starts_on   DATE          NOT NULL,
    days        INT           NOT NULL,
    ends_on     DATE          NOT NULL COMMENT 'inclusive: starts_on + days - 1',
    published_at DATETIME(3)  NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT fk_publicity_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE filing (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id        BIGINT        NOT NULL,
    batch_id           BIGINT        NOT NULL,
    category_code      VARCHAR(16)   NOT NULL,
    product_name       VARCHAR(100)  NOT NULL,
    description        VARCHAR(2000) NULL,
    ot_it_integration  VARCHAR(2000) NULL,
    guangdong_cases    VARCHAR(2000) NULL,
    ip_summary         VARCHAR(2000) NULL,
    status             VARCHAR(24)   NOT NULL,
    submitted_at       DATETIME(3)   NULL,
    last_reason        VARCHAR(500)  NULL,
    -- defense assignment (one at a time; earlier ones stay in the history)
    defense_session_id BIGINT        NULL,
    defense_order      INT           NULL,
    defense_slot_start TIME          NULL,
    defense_slot_end   TIME          NULL,
    defense_response   VARCHAR(24)   NULL COMMENT 'CONFIRMED | RESCHEDULE_REQUESTED',
    defense_response_reason VARCHAR(500) NULL,
    defense_outcome    VARCHAR(16)   NULL COMMENT 'PASSED | FAILED | NO_SHOW',
    onsite_draw_id     BIGINT        NULL,
    publicity_id       BIGINT        NULL,
    published_on       DATE          NULL,
    version            INT           NOT NULL DEFAULT 0,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    -- At most one live filing per supplier, batch and category; dead ones (failed, withdrawn) free it.
    live_key           VARCHAR(64)   AS (CASE WHEN status IN ('WITHDRAWN','PRELIM_FAILED','DEFENSE_FAILED','ONSITE_FAILED','PUBLICITY_FAILED')
                                          THEN NULL ELSE CONCAT(supplier_id, '-', batch_id, '-', category_code) END) STORED,
    CONSTRAINT uk_filing_live UNIQUE (live_key),
    CONSTRAINT uk_filing_defense_order UNIQUE (defense_session_id, defense_order),
    CONSTRAINT fk_filing_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_filing_batch FOREIGN KEY (batch_id) REFERENCES batch (id),
    CONSTRAINT fk_filing_category FOREIGN KEY (category_code) REFERENCES capability_category (code),
    CONSTRAINT fk_filing_session FOREIGN KEY (defense_session_id) REFERENCES defense_session (id),
    CONSTRAINT fk_filing_publicity FOREIGN KEY (publicity_id) REFERENCES publicity (id),
    INDEX ix_filing_stage (batch_id, status),
    INDEX ix_filing_supplier (supplier_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE filing_direction (
    filing_id       BIGINT       NOT NULL,
    direction_code  VARCHAR(32)  NOT NULL,
    PRIMARY KEY (filing_id, direction_code),
    CONSTRAINT fk_fd_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
    CONSTRAINT fk_fd_direction FOREIGN KEY (direction_code) REFERENCES tech_direction (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE filing_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    filing_id      BIGINT        NOT NULL,
    original_name  VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(64)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    storage_key    VARCHAR(128)  NOT NULL,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    DATETIME(3)   NOT NULL,
    INDEX ix_ff_filing (filing_id),
    CONSTRAINT fk_ff_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only.
CREATE TABLE filing_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    filing_id    BIGINT        NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    from_status  VARCHAR(24)   NULL,
    to_status    VARCHAR(24)   NOT NULL,
    actor_type   VARCHAR(16)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    reason       VARCHAR(500)  NULL,
    at           DATETIME(3)   NOT NULL,
    INDEX ix_fh_filing (filing_id, id),
    CONSTRAINT fk_fh_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE onsite_draw (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    batch_id       BIGINT        NOT NULL,
    seed           BIGINT        NOT NULL,
    mode           VARCHAR(8)    NOT NULL COMMENT 'COUNT | PERCENT',
    amount         INT           NOT NULL,
    per_category   TINYINT(1)    NOT NULL,
    candidates     TEXT          NOT NULL COMMENT 'JSON: candidate filing ids per group, in draw order',
    result         TEXT          NOT NULL COMMENT 'JSON: selected filing ids',
    drawn_by       VARCHAR(64)   NOT NULL,
    drawn_at       DATETIME(3)   NOT NULL,
    CONSTRAINT uk_draw_batch UNIQUE (batch_id),
    CONSTRAINT fk_draw_batch FOREIGN KEY (batch_id) REFERENCES batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE objection (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    filing_id      BIGINT        NOT NULL,
    publicity_id   BIGINT        NOT NULL,
    raised_by      VARCHAR(100)  NOT NULL,
    content        VARCHAR(2000) NOT NULL,
    raised_at      DATETIME(3)   NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    resolution     VARCHAR(16)   NULL COMMENT 'DISMISSED | UPHELD',
    resolution_note VARCHAR(500) NULL,
    resolved_by    VARCHAR(64)   NULL,
    resolved_at    DATETIME(3)   NULL,
    INDEX ix_objection_filing (filing_id),
    CONSTRAINT fk_objection_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
    CONSTRAINT fk_objection_publicity FOREIGN KEY (publicity_id) REFERENCES publicity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE membership (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id      BIGINT        NOT NULL,
    category_code    VARCHAR(16)   NOT NULL,
    filing_id        BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL COMMENT 'ACTIVE | ELIMINATED',
    published_on     DATE          NOT NULL,
    eliminated_at    DATETIME(3)   NULL,
    eliminated_by    VARCHAR(64)   NULL,
    eliminated_reason VARCHAR(500) NULL,
    version          INT           NOT NULL DEFAULT 0,
    active_key       VARCHAR(64)   AS (CASE WHEN status = 'ACTIVE' THEN CONCAT(supplier_id, '-', category_code) ELSE NULL END) STORED,
    CONSTRAINT uk_membership_active UNIQUE (active_key),
    CONSTRAINT uk_membership_filing UNIQUE (filing_id),
    CONSTRAINT fk_membership_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_membership_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE change_request (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id        BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL COMMENT 'NAME | EQUITY | DIRECTION',
    new_value          VARCHAR(500)  NOT NULL,
    explanation        VARCHAR(1000) NOT NULL,
    status             VARCHAR(16)   NOT NULL COMMENT 'PENDING | APPROVED | REJECTED',
    requested_by       VARCHAR(64)   NOT NULL,
    requested_at       DATETIME(3)   NOT NULL,
    decided_by         VARCHAR(64)   NULL,
    decided_at         DATETIME(3)   NULL,
    decision_reason    VARCHAR(500)  NULL,
    version            INT           NOT NULL DEFAULT 0,
    INDEX ix_cr_supplier (supplier_id),
    CONSTRAINT fk_cr_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE change_request_file (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    change_request_id  BIGINT        NOT NULL,
    original_name      VARCHAR(200)  NOT NULL,
    content_type       VARCHAR(64)   NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    sha256             CHAR(64)      NOT NULL,
    storage_key        VARCHAR(128)  NOT NULL,
    uploaded_by        VARCHAR(64)   NOT NULL,
    uploaded_at        DATETIME(3)   NOT NULL,
    INDEX ix_crf_request (change_request_id),
    CONSTRAINT fk_crf_request FOREIGN KEY (change_request_id) REFERENCES change_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
