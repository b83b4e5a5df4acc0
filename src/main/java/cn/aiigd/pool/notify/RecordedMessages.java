package cn.aiigd.pool.notify;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The recording channel: with no WeChat, SMS or mail account configured (the embedded default, the
 * sandbox), what would have been sent is stored, rendered, where a person can read it.
 */
@Service
public class RecordedMessages {

    private static final Logger log = LoggerFactory.getLogger(RecordedMessages.class);

    private final RecordedMessageMapper mapper;
    private final Clock clock;

    RecordedMessages(RecordedMessageMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public void record(String channel, String recipient, String template, String content) {
        record(channel, recipient, template, content, null);
    }

    /**
     * Records what a notice would have sent, once per notice: sent again after its sender's lease ran
     * out, it is not recorded again (as WeChat keeps one message per client_msg_id). Recording never
     * fails, so a recorded notice is never one that staff resend.
     */
    public void recordNotice(String channel, String recipient, String template, String content, long noticeId) {
        record(channel, recipient, template, content, "notice-" + noticeId);
    }

    private void record(String channel, String recipient, String template, String content, String noticeKey) {
        try {
            mapper.insert(channel, recipient, template, content == null ? "" : content, LocalDateTime.now(clock), noticeKey);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            log.info("{} {} to {} already recorded for this notice", channel, template,
                    cn.aiigd.pool.notify.outbox.Channel.valueOf(channel).masked(recipient));
            return;
        }
        log.info("{} {} to {} recorded, not sent", channel, template,
                cn.aiigd.pool.notify.outbox.Channel.valueOf(channel).masked(recipient));
    }

    /** One recorded message. */
    public record Recorded(long id, String channel, String recipient, String template, String content, LocalDateTime createdAt) {
    }

    public List<Recorded> latest(int limit) {
        return mapper.latest(limit);
    }

    /**
     * Newest first, only those after {@code afterId} (a reader polling for what is new), to any of
     * {@code recipients} or, when that is null, to anyone.
     */
    public List<Recorded> newest(java.util.Collection<String> recipients, long afterId, int limit) {
        if (recipients != null && recipients.isEmpty()) {
            return List.of();
        }
        return mapper.newest(recipients, afterId, limit);
    }

    @Mapper
    interface RecordedMessageMapper {
        @Insert("INSERT INTO recorded_message (channel, recipient, template, content, created_at, notice_key) "
                + "VALUES (#{channel}, #{recipient}, #{template}, #{content}, #{at}, #{noticeKey})")
        void insert(@Param("channel") String channel, @Param("recipient") String recipient, @Param("template") String template,
                    @Param("content") String content, @Param("at") LocalDateTime at, @Param("noticeKey") String noticeKey);

        @Select("SELECT id, channel, recipient, template, content, created_at FROM recorded_message ORDER BY id DESC LIMIT #{limit}")
        List<Recorded> latest(@Param("limit") int limit);

        @Select("""
                <script>SELECT id, channel, recipient, template, content, created_at FROM recorded_message WHERE id &gt; #{afterId}
                <if test="recipients != null"> AND recipient IN
                <foreach collection="recipients" item="r" open="(" separator="," close=")">#{r}</foreach></if>
                ORDER BY id DESC LIMIT #{limit}</script>
                """)
        List<Recorded> newest(@Param("recipients") java.util.Collection<String> recipients, @Param("afterId") long afterId,
                              @Param("limit") int limit);
    }
}
