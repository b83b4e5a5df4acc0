package cn.aiigd.pool.notify.sms;

import cn.aiigd.pool.notify.RecordedMessages;

/**
 * The SMS channel when no SMS account is configured (the embedded default, the sandbox): the
 * message is stored, rendered, where a person can read it, instead of being lost.
 */
class RecordingSmsGateway implements SmsGateway {

    private final RecordedMessages recorded;

    RecordingSmsGateway(RecordedMessages recorded) {
        this.recorded = recorded;
    }

    @Override
    public Result send(SmsMessage m) {
        // The out id is the notice's id (SmsChannel): a notice sent again is recorded once.
        if (m.outId() != null && m.outId().matches("[0-9]+")) {
            recorded.recordNotice("SMS", m.mobile(), m.templateKey(), m.text(), Long.parseLong(m.outId()));
        } else {
            recorded.record("SMS", m.mobile(), m.templateKey(), m.text());
        }
        return new Result(true, null, "OK", "recorded");
    }
}
