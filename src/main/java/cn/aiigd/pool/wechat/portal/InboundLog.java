package cn.aiigd.pool.wechat.portal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Records each message WeChat sends (table {@code wx_message}). Its unique dedup key is the second
 * line of defence behind Redis: a message claimed while Redis is away is recorded before it is
 * handled, so a retry reaching another node still finds it handled.
 *
 * <p>When Redis made the claim, the row is only the log, and waiting for a database commit on
 * every message would cost the reply more than the answer itself: those rows are written after the
 * reply, in batches, by one thread. A node that dies can lose the last fraction of a second of log
 * rows, never a reply or a side effect.
 */
@Component
class InboundLog {

    private static final Logger log = LoggerFactory.getLogger(InboundLog.class);
    static final int MAX_CONTENT = 2000;
    private static final int MAX_BATCH = 200;
    /** How long the writer lets rows gather after the first: one commit for many messages, not one each. */
    private static final long LINGER_MS = 50;

    private final WxMessageMapper mapper;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;
    private final BlockingQueue<Row> later = new ArrayBlockingQueue<>(10_000);
    private final Thread writer;
    private volatile boolean stopping;

    InboundLog(WxMessageMapper mapper, org.springframework.jdbc.core.JdbcTemplate jdbc, Clock clock) {
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = new Thread(this::writeLater, "wx-message-log");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** One message as the log keeps it. */
    record Row(String key, String openid, String type, String event, String content, LocalDateTime at) {
    }

    /** Records now; false when this message was already recorded (and so handled). */
    boolean recordFirst(String key, WxMpXmlMessage m) {
        Row r = row(key, m);
        try {
            mapper.insert(r.key(), r.openid(), r.type(), r.event(), r.content(), r.at());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Records soon, after the reply; for messages Redis has already claimed once and for all. */
    void recordLater(String key, WxMpXmlMessage m) {
        Row r = row(key, m);
        if (!later.offer(r)) {
            // The database is far behind: this message waits for its own row rather than dropping it.
            try {
                insertIgnoring(List.of(r));
            } catch (RuntimeException e) {
                log.warn("Could not log message {}: {}", key, e.getMessage());
            }
        }
    }

    private Row row(String key, WxMpXmlMessage m) {
        String content = m.getContent() != null ? m.getContent() : m.getRecognition() != null ? m.getRecognition() : m.getEventKey();
        if (content != null && content.length() > MAX_CONTENT) {
            content = content.substring(0, MAX_CONTENT);
        }
        return new Row(key, m.getFromUser(), m.getMsgType(), m.getEvent(), content, LocalDateTime.now(clock));
    }

    private void writeLater() {
        List<Row> batch = new ArrayList<>();
        while (!stopping || !later.isEmpty()) {
            try {
                Row first = later.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                if (!stopping) {
                    Thread.sleep(LINGER_MS);
                }
                later.drainTo(batch, MAX_BATCH - 1);
                insertIgnoring(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Could not log {} messages: {}", batch.size(), e.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * One multi-row INSERT IGNORE (a retry already logged, say while Redis was away, is not an
     * error here), built by hand: MyBatis' dynamic SQL cost more per row than the database did.
     */
    private void insertIgnoring(List<Row> rows) {
        StringBuilder sql = new StringBuilder(
                "INSERT IGNORE INTO wx_message (dedup_key, openid, msg_type, event, content, received_at) VALUES ");
        List<Object> args = new ArrayList<>(rows.size() * 6);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
            args.add(r.key());
            args.add(r.openid());
            args.add(r.type());
            args.add(r.event());
            args.add(r.content());
            args.add(r.at());
        }
        jdbc.update(sql.toString(), args.toArray());
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        writer.join(5_000);
    }

    @Mapper
    interface WxMessageMapper {
        @Insert("INSERT INTO wx_message (dedup_key, openid, msg_type, event, content, received_at) "
                + "VALUES (#{key}, #{openid}, #{type}, #{event}, #{content}, #{at})")
        void insert(@Param("key") String key, @Param("openid") String openid, @Param("type") String type,
                    @Param("event") String event, @Param("content") String content, @Param("at") LocalDateTime at);
    }
}
