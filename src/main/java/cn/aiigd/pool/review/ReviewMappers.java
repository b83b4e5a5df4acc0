package cn.aiigd.pool.review;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The review feature's mappers; only this package's services use them. */
final class ReviewMappers {

    private ReviewMappers() {
    }

    @Mapper
    interface DefenseSessionMapper extends BaseMapper<DefenseSession> {
    }

    @Mapper
    interface PublicityMapper extends BaseMapper<Publicity> {
    }

    @Mapper
    interface MembershipMapper extends BaseMapper<Membership> {
    }
}
