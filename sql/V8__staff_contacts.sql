-- Reviewers are reminded of applications close to or past their 5-working-day review deadline by
-- e-mail and SMS, so a staff account may carry a work e-mail address and mobile number.
ALTER TABLE staff_account
    ADD COLUMN email  VARCHAR(100) NULL COMMENT 'review deadline reminders by e-mail',
    ADD COLUMN mobile CHAR(11)     NULL COMMENT 'review deadline reminders by SMS, 11-digit national form';
