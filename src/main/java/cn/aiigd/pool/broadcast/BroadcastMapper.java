package cn.aiigd.pool.broadcast;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface BroadcastMapper extends BaseMapper<Broadcast> {

    @Select("SELECT * FROM broadcast WHERE id = #{id} FOR UPDATE")
    Broadcast lock(@Param("id") long id);

    /** Scheduled broadcasts whose time has come; rows another node is starting are skipped. */
    @Select("SELECT id FROM broadcast WHERE status = 'SCHEDULED' AND scheduled_at <= #{now} ORDER BY scheduled_at LIMIT 10 FOR UPDATE SKIP LOCKED")
    List<Long> due(@Param("now") LocalDateTime now);

    /** Mass sends WeChat has not accepted yet and nobody tried for a while. */
    @Select("SELECT id FROM broadcast WHERE kind = 'MASS' AND status = 'SENDING' AND updated_at <= #{before} LIMIT 10")
    List<Long> stalledMasses(@Param("before") LocalDateTime before);

    /**
     * Takes the next try of a mass send: only one node at a time calls WeChat for it (and if two
     * ever did, clientmsgid makes WeChat send it once).
     */
    @Update("UPDATE broadcast SET attempts = attempts + 1, updated_at = #{now} WHERE id = #{id} AND status = 'SENDING' AND attempts = #{attempts}")
    int takeTry(@Param("id") long id, @Param("attempts") int attempts, @Param("now") LocalDateTime now);

    @Update("UPDATE broadcast SET mass_total = #{total}, mass_filtered = #{filtered}, mass_sent = #{sent}, mass_errors = #{errors}, "
            + "last_code = #{status}, updated_at = #{now} WHERE kind = 'MASS' AND platform_msg_id = #{msgId}")
    int massFinished(@Param("msgId") String msgId, @Param("status") String status, @Param("total") Integer total,
                     @Param("filtered") Integer filtered, @Param("sent") Integer sent, @Param("errors") Integer errors,
                     @Param("now") LocalDateTime now);

    @Select("SELECT COUNT(*) FROM broadcast WHERE kind = 'MASS' AND status IN ('SENDING', 'SENT') AND sent_at >= #{from}")
    int massesSince(@Param("from") LocalDateTime from);
}
