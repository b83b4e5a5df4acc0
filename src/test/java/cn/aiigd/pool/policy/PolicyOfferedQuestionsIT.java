package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.aiigd.pool.common.redis.RedisKeys;
import cn.aiigd.pool.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fallback numbers the questions it offers; replying with a number asks that question. */
class PolicyOfferedQuestionsIT extends IntegrationTest {

    /** Near several entries, answered by none: the fallback offers the closest questions. */
    static final String UNCLEAR = "车间里5G专网和WiFi6哪个更稳定？";

    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisKeys keys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnansweredQuestions unanswered;
    @Autowired
    PolicyAnswerer answerer;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode ask(String q, String uid) throws Exception {
        var request = get("/api/public/policy/answer").param("q", q);
        if (uid != null) {
            request.param("uid", uid);
        }
        return json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> suggestions(JsonNode reply) {
        List<String> list = new ArrayList<>();
        reply.get("suggestions").forEach(s -> list.add(s.asText()));
        return list;
    }

    @Test
    void aNumberAsksTheQuestionOfferedUnderIt() throws Exception {
        String uid = "oPick" + System.nanoTime();
        JsonNode fallback = ask(UNCLEAR, uid);
        assertThat(fallback.get("confident").asBoolean()).isFalse();
        List<String> offered = suggestions(fallback);
        assertThat(offered).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fallback.get("answer").asText()).contains(PolicyAnswerer.PICK_HINT)
                .contains("\n1. " + offered.get(0)).contains("\n2. " + offered.get(1)).contains("020-83256806");
        // The list lasts as long as the follow-up context, on any node (Redis).
        assertThat(redis.getExpire(keys.key("policy-offered", PolicyController.WEB_UID_PREFIX + uid))).isBetween(1L, FollowUps.TTL.toSeconds());

        JsonNode direct = ask(offered.get(1), null);
        assertThat(direct.get("confident").asBoolean()).as("an offered question is answered when asked").isTrue();
        for (String two : List.of("2", "２", "二", "第2个")) {
            ask(UNCLEAR, uid);
            JsonNode picked = ask(two, uid);
            assertThat(picked.get("confident").asBoolean()).as(two).isTrue();
            // The question picked heads the answer, so a number meant for something else shows at once.
            assertThat(picked.get("answer").asText()).as(two).isEqualTo("「" + offered.get(1) + "」\n" + direct.get("answer").asText());
        }
    }

    @Test
    void aNumberMeansTheListInTheReplyJustBeforeIt() throws Exception {
        String uid = "oPick" + System.nanoTime();
        ask(UNCLEAR, uid);
        // The five basic conditions are themselves numbered: "第3条" after them is not the old list's third.
        JsonNode conditions = ask("申报需要满足什么条件", uid);
        assertThat(conditions.get("confident").asBoolean()).isTrue();
        assertThat(conditions.get("answer").asText()).contains("3.");
        assertThat(ask("第3条", uid).get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);
        // Nor does a list outlive the answer picked from it.
        ask(UNCLEAR, uid);
        assertThat(ask("1", uid).get("confident").asBoolean()).isTrue();
        assertThat(ask("2", uid).get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);
        assertThat(redis.hasKey(keys.key("policy-offered", PolicyController.WEB_UID_PREFIX + uid))).isFalse();
    }

    @Test
    void longIdsThatBeginAlikeAreDifferentFollowers() throws Exception {
        String prefix = "x".repeat(FollowerMemory.MAX_PLAIN_ID) + System.nanoTime();
        ask(UNCLEAR, prefix + "-alice");
        assertThat(ask("1", prefix + "-bob").get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);
        assertThat(ask("1", prefix + "-alice").get("confident").asBoolean()).isTrue();
    }

    @Test
    void thePublicEndpointCannotReadOrWipeAChatFollowersList() throws Exception {
        String openid = "oChat" + System.nanoTime();
        // The chat asks the answerer with the follower's openid, as the WeChat text handler does.
        assertThat(answerer.answer(UNCLEAR, openid).answer()).contains(PolicyAnswerer.PICK_HINT);
        assertThat(ask("1", openid).get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);
        ask("第二批几号截止", openid);
        assertThat(answerer.answer("1", openid).confident()).as("the follower's list is still there").isTrue();
    }

    @Test
    void withoutAFollowerIdTheClosestQuestionsAreNotNumbered() throws Exception {
        // Nothing could keep the list, so no number is promised.
        JsonNode fallback = ask(UNCLEAR, null);
        assertThat(fallback.get("confident").asBoolean()).isFalse();
        assertThat(fallback.get("answer").asText()).contains("您是不是想问：" + suggestions(fallback).get(0))
                .doesNotContain(PolicyAnswerer.PICK_HINT);
    }

    @Test
    void aNumberWithNothingUnderItTellsHowToAskAndIsNotRecorded() throws Exception {
        String uid = "oPick" + System.nanoTime();
        unanswered.flush();
        JsonNode nothingOffered = ask("2", uid);
        assertThat(nothingOffered.get("confident").asBoolean()).isFalse();
        assertThat(nothingOffered.get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);

        ask(UNCLEAR, uid);
        assertThat(ask("9", uid).get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);
        // Another follower's number is not this one's list, and without an id there is no list.
        assertThat(ask("1", "oOther" + System.nanoTime()).get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);
        assertThat(ask("1", null).get("answer").asText()).isEqualTo(PolicyAnswerer.NO_SUCH_NUMBER);

        unanswered.flush();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_unanswered WHERE question IN ('2', '9', '1')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM policy_unanswered WHERE question = ?", Integer.class, UNCLEAR)).isEqualTo(1);
    }
}
