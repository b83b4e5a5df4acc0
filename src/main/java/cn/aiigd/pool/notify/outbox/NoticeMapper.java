package cn.aiigd.pool.notify.outbox;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface NoticeMapper extends BaseMapper<Notice> {

    /**
     * Due notices, oldest first, locked; rows other senders hold are skipped. One index range
     * (status, next_attempt_at): no sort, so InnoDB locks only the rows it returns.
     */
    @Select("""
            SELECT id FROM notice WHERE status = 'PENDING' AND next_attempt_at <= #{now}
            ORDER BY next_attempt_at LIMIT #{limit} FOR UPDATE SKIP LOCKED
            """)
    List<Long> due(@Param("now") LocalDateTime now, @Param("limit") int limit);

    /** Notices whose sender's lease ran out (a node died mid-send), by the (status, lease_until) index. */
    @Select("""
            SELECT id FROM notice WHERE status = 'SENDING' AND lease_until < #{now}
            ORDER BY lease_until LIMIT #{limit} FOR UPDATE SKIP LOCKED
            """)
    List<Long> abandoned(@Param("now") LocalDateTime now, @Param("limit") int limit);

    @Update("""
            <script>UPDATE notice SET status = 'SENDING', lease_until = #{lease}, lease_token = #{token}, updated_at = #{now}
            WHERE id IN <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach></script>
            """)
    void lease(@Param("ids") List<Long> ids, @Param("lease") LocalDateTime lease, @Param("token") String token, @Param("now") LocalDateTime now);

    /** Records an outcome only while this sender still holds the lease it took. */
    @Update("""
            UPDATE notice SET status = #{status}, attempts = attempts + 1, next_attempt_at = #{next}, lease_until = NULL, lease_token = NULL,
                   platform_id = COALESCE(#{platformId}, platform_id), last_code = #{code}, last_message = #{message}, updated_at = #{now}
            WHERE id = #{id} AND status = 'SENDING' AND lease_token = #{lease}
            """)
    int settle(@Param("id") long id, @Param("lease") String lease, @Param("status") NoticeStatus status,
               @Param("next") LocalDateTime next, @Param("platformId") String platformId, @Param("code") String code,
               @Param("message") String message, @Param("now") LocalDateTime now);

    /** Quiet hours: back to the queue until the morning, without counting an attempt. */
    @Update("UPDATE notice SET status = 'PENDING', next_attempt_at = #{next}, lease_until = NULL, lease_token = NULL, updated_at = #{now} "
            + "WHERE id = #{id} AND status = 'SENDING' AND lease_token = #{lease}")
    int postpone(@Param("id") long id, @Param("lease") String lease, @Param("next") LocalDateTime next, @Param("now") LocalDateTime now);

    @Insert("INSERT INTO notice_attempt (notice_id, at, outcome, code, message, platform_id, node) "
            + "VALUES (#{id}, #{at}, #{outcome}, #{code}, #{message}, #{platformId}, #{node})")
    void attempt(@Param("id") long id, @Param("at") LocalDateTime at, @Param("outcome") String outcome, @Param("code") String code,
                 @Param("message") String message, @Param("platformId") String platformId, @Param("node") String node);

    /** Notices written per day, channel and current state: the dashboard's delivery chart. */
    record DailyCount(java.time.LocalDate day, Channel channel, NoticeStatus status, long notices) {
    }

    @Select("SELECT DATE(created_at) AS day, channel, status, COUNT(*) AS notices FROM notice WHERE created_at >= #{from} "
            + "GROUP BY DATE(created_at), channel, status ORDER BY day")
    List<DailyCount> daily(@Param("from") LocalDateTime from);

    /** One attempt of a notice, as staff see it. */
    record AttemptRow(long id, LocalDateTime at, String outcome, String code, String message, String platformId, String node) {
    }

    @Select("SELECT id, at, outcome, code, message, platform_id, node FROM notice_attempt WHERE notice_id = #{id} ORDER BY id")
    List<AttemptRow> attempts(@Param("id") long id);

    @Update("UPDATE notice SET status = #{status}, updated_at = #{now} WHERE platform_id = #{platformId} AND channel = #{channel} AND status = 'SENT'")
    int receipt(@Param("platformId") String platformId, @Param("channel") Channel channel, @Param("status") NoticeStatus status,
                @Param("now") LocalDateTime now);
}
