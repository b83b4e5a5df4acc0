package cn.aiigd.pool.common.time;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface HolidayMapper extends BaseMapper<Holiday> {
}
