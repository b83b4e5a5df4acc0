package cn.aiigd.pool.common.settings;

import java.time.Clock;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.springframework.stereotype.Service;

/** Policy switches staff may change at run time; read per use so every node agrees at once. */
@Service
public class AppSettings {

    /** 通知 三（二）: those who fail are not notified, unless staff decide otherwise. */
    public static final String NOTIFY_FAILURES = "review.notify-failures";

    @Mapper
    interface SettingMapper {
        @Select("SELECT value FROM app_setting WHERE name = #{name}")
        String get(@Param("name") String name);

        @Update("UPDATE app_setting SET value = #{value}, updated_by = #{by}, updated_at = #{at} WHERE name = #{name}")
        int set(@Param("name") String name, @Param("value") String value, @Param("by") String by, @Param("at") LocalDateTime at);
    }

    private final SettingMapper mapper;
    private final Clock clock;

    AppSettings(SettingMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public boolean notifyFailures() {
        return Boolean.parseBoolean(mapper.get(NOTIFY_FAILURES));
    }

    public void setNotifyFailures(boolean on, String by) {
        mapper.set(NOTIFY_FAILURES, Boolean.toString(on), by, LocalDateTime.now(clock));
    }
}
