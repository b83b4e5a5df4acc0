package cn.aiigd.pool.filing;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface BatchMapper {

    @Select("SELECT id, year, seq, name, opens_at, closes_at FROM batch ORDER BY opens_at")
    List<Batch> all();
}
