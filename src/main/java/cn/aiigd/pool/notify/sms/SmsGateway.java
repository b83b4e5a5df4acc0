package cn.aiigd.pool.notify.sms;

/** Sends one SMS now, or says why it could not. */
public interface SmsGateway {

    /** The platform's answer: accepted (with its id) or refused (with its code). */
    record Result(boolean accepted, String bizId, String code, String message) {
    }

    Result send(SmsMessage message);
}
