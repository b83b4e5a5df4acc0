package cn.aiigd.pool.policy;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

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

    @Mapper
    interface UnansweredMapper {
        /**
         * Adds a node's counts of one question. A question added to an entry that is asked again
         * and still not answered opens again, so staff see that the phrasing did not help — but
         * only for asks made well after it was added: counts from before (or from a node that had
         * not yet rebuilt its index) are added without reopening it.
         */
        @Insert("INSERT INTO policy_unanswered (question_key, question, times_asked, closest_topic, first_asked_at, last_asked_at) "
                + "VALUES (#{key}, #{question}, #{times}, #{topic}, #{first}, #{last}) ON DUPLICATE KEY UPDATE "
                + "times_asked = times_asked + #{times}, closest_topic = COALESCE(#{topic}, closest_topic), "
                + "first_asked_at = LEAST(first_asked_at, #{first}), last_asked_at = GREATEST(last_asked_at, #{last}), "
                + "status = CASE WHEN status = 'ADDED' AND #{first} > resolved_at + INTERVAL 30 SECOND THEN 'OPEN' ELSE status END")
        int upsert(@Param("key") String key, @Param("question") String question, @Param("times") int times,
                   @Param("topic") String topic, @Param("first") LocalDateTime first, @Param("last") LocalDateTime last);

        /** The same, for a question already listed only (when the list is full). */
        @Update("UPDATE policy_unanswered SET times_asked = times_asked + #{times}, closest_topic = COALESCE(#{topic}, closest_topic), "
                + "last_asked_at = GREATEST(last_asked_at, #{last}) WHERE question_key = #{key}")
        int addToListed(@Param("key") String key, @Param("times") int times, @Param("topic") String topic,
                        @Param("last") LocalDateTime last);

        @Select("SELECT COUNT(*) FROM policy_unanswered WHERE status = 'OPEN'")
        int countOpen();

        @org.apache.ibatis.annotations.Delete("DELETE FROM policy_unanswered WHERE last_asked_at < #{before} "
                + "AND (status = 'DISMISSED' OR (status = 'OPEN' AND times_asked = 1))")
        int purge(@Param("before") LocalDateTime before);

        String COLUMNS = "id, question, times_asked, closest_topic, first_asked_at, last_asked_at, status, entry_id, resolved_by, resolved_at";

        @Select("SELECT " + COLUMNS + " FROM policy_unanswered WHERE status = #{status} "
                + "ORDER BY times_asked DESC, last_asked_at DESC, id LIMIT #{limit}")
        List<UnansweredQuestions.View> list(@Param("status") String status, @Param("limit") int limit);

        @Select("SELECT " + COLUMNS + " FROM policy_unanswered WHERE id = #{id}")
        UnansweredQuestions.View find(@Param("id") long id);

        @Update("UPDATE policy_unanswered SET status = #{status}, entry_id = #{entryId}, resolved_by = #{by}, resolved_at = #{at} "
                + "WHERE id = #{id} AND status = 'OPEN'")
        int resolve(@Param("id") long id, @Param("status") String status, @Param("entryId") Long entryId, @Param("by") String by,
                    @Param("at") LocalDateTime at);
    }
}
