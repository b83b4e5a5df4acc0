package cn.aiigd.pool.notify.sms;

import cn.aiigd.pool.common.pii.Masking;
import java.time.Clock;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel when no SMS account is configured (the embedded default, the sandbox): the
 * message is stored, rendered, where a person can read it, instead of being lost.
 */
class RecordingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(RecordingSmsGateway.class);

    private final RecordedMessageMapper mapper;
    private final Clock clock;

    RecordingSmsGateway(RecordedMessageMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Result send(SmsMessage m) {
        mapper.insert("SMS", m.mobile(), m.templateKey(), m.text(), LocalDateTime.now(clock));
        log.info("SMS {} to {} recorded (no SMS account configured)", m.templateKey(), Masking.mobile(m.mobile()));
        return new Result(true, "recorded", "OK", "recorded");
    }

    @Mapper
    interface RecordedMessageMapper {
        @Insert("INSERT INTO recorded_message (channel, recipient, template, content, created_at) "
                + "VALUES (#{channel}, #{recipient}, #{template}, #{content}, #{at})")
        void insert(@Param("channel") String channel, @Param("recipient") String recipient, @Param("template") String template,
                    @Param("content") String content, @Param("at") LocalDateTime at);
    }
}
