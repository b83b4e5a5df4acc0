-- Followers of the official account, as WeChat reports them (subscribe / unsubscribe / SCAN).
CREATE TABLE wx_follower (
    openid           VARCHAR(64)  NOT NULL PRIMARY KEY,
    subscribed       TINYINT(1)   NOT NULL,
    first_seen_at    DATETIME(3)  NOT NULL,
    subscribed_at    DATETIME(3)  NULL,
    unsubscribed_at  DATETIME(3)  NULL,
    last_scene       VARCHAR(64)  NULL COMMENT 'scene of the parametrised QR code last scanned',
    updated_at       DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the recording channel "sent" when no SMS (or WeChat / mail) credentials are configured: the
-- embedded default and the sandbox show it to a person instead of losing it.
CREATE TABLE recorded_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel     VARCHAR(16)   NOT NULL COMMENT 'SMS | WECHAT | EMAIL',
    recipient   VARCHAR(128)  NOT NULL,
    template    VARCHAR(64)   NOT NULL,
    content     VARCHAR(2000) NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    INDEX ix_recorded_recipient (recipient, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every message and event handled, once: the unique key is WeChat's dedup key, so even with Redis
-- away a retry is not handled twice. Staff read the questions the assistant could not answer here.
CREATE TABLE wx_message (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key    VARCHAR(160)  NOT NULL,
    openid       VARCHAR(64)   NOT NULL,
    msg_type     VARCHAR(32)   NOT NULL,
    event        VARCHAR(64)   NULL,
    content      VARCHAR(2000) NULL COMMENT 'text, recognised voice, or the event key',
    received_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uk_wx_message_dedup UNIQUE (dedup_key),
    INDEX ix_wx_message_openid (openid, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
