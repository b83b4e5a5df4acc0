-- Core schema. Runs on MySQL 8.0+ and MariaDB 10.6+: utf8mb4, DATETIME(3) holding Beijing time.

CREATE TABLE province (
    code        CHAR(6)      NOT NULL PRIMARY KEY COMMENT 'GB/T 2260 code of the provincial-level division',
    name        VARCHAR(32)  NOT NULL,
    short_name  VARCHAR(16)  NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE city (
    code        CHAR(6)      NOT NULL PRIMARY KEY COMMENT 'division code of a Guangdong prefecture-level city',
    name        VARCHAR(32)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE industry (
    code        CHAR(2)      NOT NULL PRIMARY KEY COMMENT 'GB/T 4754-2011 manufacturing major category',
    name        VARCHAR(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE capability_category (
    code        VARCHAR(16)  NOT NULL PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tech_direction (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE batch (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year        INT          NOT NULL,
    seq         INT          NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    opens_at    DATETIME(3)  NOT NULL COMMENT 'Beijing time, inclusive',
    closes_at   DATETIME(3)  NOT NULL COMMENT 'Beijing time, inclusive',
    CONSTRAINT uk_batch_year_seq UNIQUE (year, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE holiday (
    day         DATE         NOT NULL PRIMARY KEY,
    kind        VARCHAR(8)   NOT NULL COMMENT 'OFF = public holiday, WORK = makeup working day',
    name        VARCHAR(32)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(32)  NOT NULL COMMENT 'ADMIN | ALLIANCE_REVIEWER | CITY_REVIEWER',
    city_code     CHAR(6)      NULL     COMMENT 'set for CITY_REVIEWER only',
    enabled       TINYINT(1)   NOT NULL DEFAULT 1,
    created_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uk_staff_username UNIQUE (username),
    CONSTRAINT fk_staff_city FOREIGN KEY (city_code) REFERENCES city (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    company_name          VARCHAR(100)  NOT NULL,
    credit_code           CHAR(18)      NOT NULL,
    reg_province_code     CHAR(6)       NULL,
    reg_city_code         CHAR(6)       NULL,
    legal_representative  VARCHAR(32)   NULL,
    founded_on            DATE          NULL,
    covers_guangdong      TINYINT(1)    NOT NULL DEFAULT 0,
    team_in_guangdong     VARCHAR(1000) NULL,
    ip_summary            VARCHAR(2000) NULL,
    all_industries        TINYINT(1)    NOT NULL DEFAULT 0,
    contact_name          VARCHAR(32)   NULL,
    contact_mobile        VARCHAR(16)   NULL,
    contact_email         VARCHAR(100)  NULL,
    consent_commitments   TINYINT(1)    NOT NULL DEFAULT 0,
    consent_privacy       TINYINT(1)    NOT NULL DEFAULT 0,
    consent_basis         VARCHAR(16)   NULL     COMMENT 'APPLICANT | LEGACY_DEEMED',
    status                VARCHAR(24)   NOT NULL,
    review_scope          VARCHAR(16)   NULL     COMMENT 'city code or ALLIANCE while PENDING_REVIEW',
    submitted_at          DATETIME(3)   NULL,
    review_due_on         DATE          NULL,
    last_reason           VARCHAR(500)  NULL,
    legacy_registered_on  DATE          NULL     COMMENT 'registered on the old platform 2020-01-01 .. 2021-01-31',
    needs_completion      TINYINT(1)    NOT NULL DEFAULT 0,
    version               INT           NOT NULL DEFAULT 0,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    CONSTRAINT uk_supplier_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_supplier_province FOREIGN KEY (reg_province_code) REFERENCES province (code),
    CONSTRAINT fk_supplier_city FOREIGN KEY (reg_city_code) REFERENCES city (code),
    INDEX ix_supplier_queue (status, review_scope, review_due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_binding (
    supplier_id  BIGINT       NOT NULL,
    openid       VARCHAR(64)  NOT NULL,
    role         VARCHAR(16)  NOT NULL COMMENT 'OWNER | MEMBER',
    bound_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (supplier_id, openid),
    INDEX ix_binding_openid (openid),
    CONSTRAINT fk_binding_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_industry (
    supplier_id    BIGINT   NOT NULL,
    industry_code  CHAR(2)  NOT NULL,
    PRIMARY KEY (supplier_id, industry_code),
    CONSTRAINT fk_si_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_si_industry FOREIGN KEY (industry_code) REFERENCES industry (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_case (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id    BIGINT        NOT NULL,
    sort_order     INT           NOT NULL,
    customer       VARCHAR(100)  NOT NULL,
    industry_code  CHAR(2)       NOT NULL,
    year           INT           NOT NULL,
    summary        VARCHAR(1000) NOT NULL,
    INDEX ix_case_supplier (supplier_id),
    CONSTRAINT fk_case_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_case_industry FOREIGN KEY (industry_code) REFERENCES industry (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE supplier_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id    BIGINT        NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    original_name  VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(64)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    storage_key    VARCHAR(128)  NOT NULL,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    DATETIME(3)   NOT NULL,
    INDEX ix_file_supplier (supplier_id),
    CONSTRAINT fk_file_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: rows are inserted by the transition table and never updated or deleted.
CREATE TABLE supplier_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id  BIGINT        NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    from_status  VARCHAR(24)   NULL,
    to_status    VARCHAR(24)   NOT NULL,
    actor_type   VARCHAR(16)   NOT NULL COMMENT 'APPLICANT | STAFF | SYSTEM',
    actor        VARCHAR(64)   NOT NULL,
    reason       VARCHAR(500)  NULL,
    due_on       DATE          NULL,
    at           DATETIME(3)   NOT NULL,
    INDEX ix_history_supplier (supplier_id, id),
    CONSTRAINT fk_history_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
