-- WeChat's client_msg_id must stay the same across a notice's automatic tries (a send that timed
-- out here may have reached WeChat, which then drops the repeat) and change only when staff resend a
-- failed notice. attempts changes with every try, so the id counts staff resends instead.
ALTER TABLE notice
    ADD COLUMN resends INT NOT NULL DEFAULT 0 COMMENT 'staff resends of this notice; part of WeChat client_msg_id';
