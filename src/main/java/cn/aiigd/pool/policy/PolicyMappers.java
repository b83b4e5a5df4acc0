package cn.aiigd.pool.policy;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The policy feature's mappers. */
final class PolicyMappers {

    private PolicyMappers() {
    }

    @Mapper
    interface PolicyEntryMapper extends BaseMapper<PolicyEntry> {
        /** Changes whenever an entry or its phrasings change: every node compares it every few seconds. */
        @Select("SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(version), 0), '/', COALESCE(MAX(updated_at), ''), '/', "
                + "(SELECT COUNT(*) FROM policy_question), '/', (SELECT COUNT(*) FROM industry_keyword)) FROM policy_entry")
        String fingerprint();
    }

    @Mapper
    interface PolicyQuestionMapper extends BaseMapper<PolicyQuestion> {
    }

    /** A product keyword and the GB/T 4754 major category it belongs to. */
    record IndustryKeyword(String keyword, String industryCode) {
    }

    @Mapper
    interface IndustryKeywordMapper {
        @Select("SELECT keyword, industry_code FROM industry_keyword")
        List<IndustryKeyword> all();
    }
}
