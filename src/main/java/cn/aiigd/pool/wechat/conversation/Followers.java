package cn.aiigd.pool.wechat.conversation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;

/** Who follows the account, as WeChat's subscribe / unsubscribe / SCAN events tell it. */
@Service
public class Followers {

    private final FollowerMapper mapper;
    private final Clock clock;

    Followers(FollowerMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    void subscribed(String openid, String scene) {
        mapper.upsert(openid, true, scene, LocalDateTime.now(clock));
    }

    void unsubscribed(String openid) {
        mapper.upsert(openid, false, null, LocalDateTime.now(clock));
    }

    void scanned(String openid, String scene) {
        mapper.upsert(openid, true, scene, LocalDateTime.now(clock));
    }

    /** Whether the follower still follows (unknown followers count as following: WeChat will say if not). */
    public boolean follows(String openid) {
        return Optional.ofNullable(mapper.subscribed(openid)).orElse(true);
    }

    /** A follower as WeChat's events left it. */
    public record Follower(String openid, boolean subscribed, LocalDateTime firstSeenAt) {
    }

    /** Followers whose openid starts with {@code prefix} (the sandbox's simulated ones), first seen first. */
    public java.util.List<Follower> withOpenidPrefix(String prefix) {
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return mapper.withPrefix(escaped + "%");
    }

    @Mapper
    interface FollowerMapper {
        @Insert("""
                INSERT INTO wx_follower (openid, subscribed, first_seen_at, subscribed_at, unsubscribed_at, last_scene, updated_at)
                VALUES (#{openid}, #{subscribed}, #{at}, IF(#{subscribed}, #{at}, NULL), IF(#{subscribed}, NULL, #{at}), #{scene}, #{at})
                ON DUPLICATE KEY UPDATE
                  subscribed_at = IF(#{subscribed} AND NOT subscribed, #{at}, subscribed_at),
                  unsubscribed_at = IF(#{subscribed}, unsubscribed_at, #{at}),
                  subscribed = #{subscribed},
                  last_scene = COALESCE(#{scene}, last_scene),
                  updated_at = #{at}
                """)
        void upsert(@Param("openid") String openid, @Param("subscribed") boolean subscribed, @Param("scene") String scene,
                    @Param("at") LocalDateTime at);

        @Select("SELECT subscribed FROM wx_follower WHERE openid = #{openid}")
        Boolean subscribed(@Param("openid") String openid);

        @Select("SELECT openid, subscribed, first_seen_at FROM wx_follower WHERE openid LIKE #{pattern} ORDER BY first_seen_at, openid")
        java.util.List<Follower> withPrefix(@Param("pattern") String pattern);
    }
}
