package cn.aiigd.pool.filing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The filing feature's mappers; only this package's services use them. */
final class FilingMappers {

    private FilingMappers() {
    }

    @Mapper
    interface FilingMapper extends BaseMapper<Filing> {
        @Select("SELECT id FROM batch WHERE id = #{id} FOR UPDATE")
        Long lockBatch(@Param("id") long id);
    }

    @Mapper
    interface FilingHistoryMapper extends BaseMapper<FilingHistoryEntry> {
    }

    @Mapper
    interface FilingFileMapper extends BaseMapper<FilingFile> {
    }

    @Mapper
    interface FilingDirectionMapper {

        @Select("SELECT direction_code FROM filing_direction WHERE filing_id = #{filingId} ORDER BY direction_code")
        List<String> codes(@Param("filingId") long filingId);

        @Insert("INSERT INTO filing_direction (filing_id, direction_code) VALUES (#{filingId}, #{code})")
        void add(@Param("filingId") long filingId, @Param("code") String code);

        @Delete("DELETE FROM filing_direction WHERE filing_id = #{filingId}")
        void clear(@Param("filingId") long filingId);

        @Select("SELECT filing_id FROM filing_direction WHERE direction_code = #{code}")
        List<Long> filingsWith(@Param("code") String code);
    }
}
