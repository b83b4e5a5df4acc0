-- Questions the assistant could not answer, one row per distinct question (by its normalized text),
-- so staff see what applicants ask that the knowledge base misses and can add a question to an
-- entry as one more phrasing, or dismiss it. Phone numbers, e-mail addresses and ID numbers in the
-- text are masked before it is stored; who asked is not kept.
CREATE TABLE policy_unanswered (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_key    CHAR(64)      NOT NULL COMMENT 'SHA-256 (hex) of the normalized question',
    question        VARCHAR(200)  NOT NULL COMMENT 'as first asked, personal data masked',
    times_asked     INT           NOT NULL,
    closest_topic   VARCHAR(64)   NULL COMMENT 'the entry the words matched best, below the bar',
    first_asked_at  DATETIME(3)   NOT NULL,
    last_asked_at   DATETIME(3)   NOT NULL,
    status          VARCHAR(16)   NOT NULL DEFAULT 'OPEN' COMMENT 'OPEN, ADDED (to an entry), DISMISSED',
    entry_id        BIGINT        NULL COMMENT 'the entry it was added to',
    resolved_by     VARCHAR(64)   NULL,
    resolved_at     DATETIME(3)   NULL,
    CONSTRAINT uk_pu_key UNIQUE (question_key),
    INDEX ix_pu_status (status, times_asked, last_asked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
