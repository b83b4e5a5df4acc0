package cn.aiigd.pool.staff.audit;

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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who did what, when, from where: every staff change and sign-in, for admins to read. */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    /** One line of the log. */
    public record Entry(long id, LocalDateTime at, String actor, String action, String outcome, String address, String detail) {
    }

    private final AuditMapper mapper;
    private final Clock clock;

    AuditTrail(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Written in its own transaction: the record of a refused or failed action must stay even when
     * the action rolls back. A failure to write it is logged, never turned into the user's error.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String outcome, String address, String detail) {
        try {
            mapper.insert(LocalDateTime.now(clock), cut(actor, 64), cut(action, 120), cut(outcome, 16), cut(address, 64), cut(detail, 500));
        } catch (RuntimeException e) {
            log.warn("Could not write the audit log ({} {}): {}", actor, action, e.getMessage());
        }
    }

    public List<Entry> recent(String actor, int limit) {
        return mapper.recent(actor == null || actor.isBlank() ? null : actor, Math.max(1, Math.min(limit, 1000)));
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    @Mapper
    interface AuditMapper {
        @Insert("INSERT INTO audit_log (at, actor, action, outcome, address, detail) VALUES (#{at}, #{actor}, #{action}, #{outcome}, #{address}, #{detail})")
        void insert(@Param("at") LocalDateTime at, @Param("actor") String actor, @Param("action") String action,
                    @Param("outcome") String outcome, @Param("address") String address, @Param("detail") String detail);

        @Select("""
                <script>SELECT id, at, actor, action, outcome, address, detail FROM audit_log
                <if test="actor != null">WHERE actor = #{actor}</if> ORDER BY id DESC LIMIT #{limit}</script>
                """)
        List<Entry> recent(@Param("actor") String actor, @Param("limit") int limit);
    }
}
