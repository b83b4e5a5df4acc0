-- Announcements staff send (群发): a WeChat mass send to all followers or a tag, template messages to
-- the followers bound to a selection of suppliers, or an SMS to those suppliers' contacts. Template and
-- SMS broadcasts go through the notification outbox (one row per recipient, keyed by the broadcast), so
-- a second click, a retry or a second node never sends twice; a mass send carries clientmsgid.
CREATE TABLE broadcast (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(16)   NOT NULL COMMENT 'MASS | TEMPLATE | SMS',
    title            VARCHAR(60)   NOT NULL,
    body             VARCHAR(600)  NOT NULL,
    link_url         VARCHAR(512)  NULL,
    audience         VARCHAR(2000) NOT NULL COMMENT 'JSON: who receives it',
    status           VARCHAR(16)   NOT NULL COMMENT 'DRAFT | SCHEDULED | SENDING | SENT | FAILED | CANCELLED',
    scheduled_at     DATETIME(3)   NULL,
    recipients       INT           NULL COMMENT 'template and SMS: notices written',
    attempts         INT           NOT NULL DEFAULT 0,
    platform_msg_id  VARCHAR(64)   NULL COMMENT 'mass send msg_id',
    mass_total       INT           NULL,
    mass_filtered    INT           NULL,
    mass_sent        INT           NULL,
    mass_errors      INT           NULL,
    last_code        VARCHAR(64)   NULL,
    last_message     VARCHAR(500)  NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    sent_at          DATETIME(3)   NULL,
    updated_at       DATETIME(3)   NOT NULL,
    INDEX ix_broadcast_due (status, scheduled_at),
    INDEX ix_broadcast_msg (platform_msg_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE notice
    ADD COLUMN broadcast_id BIGINT NULL COMMENT 'set for the notices of a broadcast',
    ADD INDEX ix_notice_broadcast (broadcast_id, status);
