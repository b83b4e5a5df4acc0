package cn.aiigd.pool.review;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The review feature's mappers; only this package's services use them. */
final class ReviewMappers {

    private ReviewMappers() {
    }

    @Mapper
    interface DefenseSessionMapper extends BaseMapper<DefenseSession> {
        /** Locks the session row so capacity checks of concurrent assignments cannot both pass. */
        @Select("SELECT * FROM defense_session WHERE id = #{id} FOR UPDATE")
        DefenseSession lock(@Param("id") long id);
    }

    @Mapper
    interface PublicityMapper extends BaseMapper<Publicity> {
        @Select("SELECT * FROM publicity WHERE id = #{id} FOR UPDATE")
        Publicity lock(@Param("id") long id);
    }

    @Mapper
    interface MembershipMapper extends BaseMapper<Membership> {
    }

    @Mapper
    interface ObjectionMapper extends BaseMapper<Objection> {
        @Select("SELECT filing_id FROM objection WHERE id = #{id} FOR UPDATE")
        Long filingOf(@Param("id") long id);

        /** Resolves only an open objection; 0 rows means somebody resolved it first. */
        @org.apache.ibatis.annotations.Update("UPDATE objection SET resolution = #{resolution}, resolution_note = #{resolutionNote}, "
                + "resolved_by = #{resolvedBy}, resolved_at = #{resolvedAt} WHERE id = #{id} AND resolution IS NULL")
        int resolveIfOpen(Objection o);

        @Select("SELECT COUNT(*) FROM objection WHERE filing_id = #{filingId} AND resolution IS NULL FOR UPDATE")
        long openFor(@Param("filingId") long filingId);
    }

    @Mapper
    interface OnsiteDrawMapper extends BaseMapper<OnsiteDraw> {
    }

    @Mapper
    interface ChangeRequestMapper extends BaseMapper<ChangeRequest> {
    }

    @Mapper
    interface ChangeRequestFileMapper extends BaseMapper<ChangeRequestFile> {
    }
}
