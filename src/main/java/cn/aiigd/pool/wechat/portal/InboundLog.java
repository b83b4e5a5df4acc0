package cn.aiigd.pool.wechat.portal;

import java.time.Clock;
import java.time.LocalDateTime;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Records each message before it is handled. The row's unique dedup key is the second line of
 * defence behind Redis: a retry that reaches a node while Redis is away still finds it handled.
 */
@Component
class InboundLog {

    static final int MAX_CONTENT = 2000;

    private final WxMessageMapper mapper;
    private final Clock clock;

    InboundLog(WxMessageMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** False when this message was already recorded (and so handled). */
    boolean recordFirst(String key, WxMpXmlMessage m) {
        String content = m.getContent() != null ? m.getContent() : m.getRecognition() != null ? m.getRecognition() : m.getEventKey();
        if (content != null && content.length() > MAX_CONTENT) {
            content = content.substring(0, MAX_CONTENT);
        }
        try {
            mapper.insert(key, m.getFromUser(), m.getMsgType(), m.getEvent(), content, LocalDateTime.now(clock));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Mapper
    interface WxMessageMapper {
        @Insert("INSERT INTO wx_message (dedup_key, openid, msg_type, event, content, received_at) "
                + "VALUES (#{key}, #{openid}, #{type}, #{event}, #{content}, #{at})")
        void insert(@Param("key") String key, @Param("openid") String openid, @Param("type") String type,
                    @Param("event") String event, @Param("content") String content, @Param("at") LocalDateTime at);
    }
}
