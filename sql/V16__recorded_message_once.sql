-- The recording channel stands in for the platforms, and like WeChat with client_msg_id it keeps one
-- record per notice: a notice sent again after its sender's lease ran out (a node that stalled, or
-- the sandbox moving its clock past a send in flight) is not recorded twice. NULL for what has no
-- notice behind it (customer-service replies, broadcasts), which may repeat.
ALTER TABLE recorded_message ADD COLUMN notice_key VARCHAR(64) NULL;
ALTER TABLE recorded_message ADD CONSTRAINT uk_recorded_notice UNIQUE (notice_key);
