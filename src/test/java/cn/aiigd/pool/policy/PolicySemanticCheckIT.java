package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sentence model's veto, on the running application: questions the words alone would answer
 * with a fact about something else are declined, and what a match rests on is shown to staff.
 */
class PolicySemanticCheckIT extends IntegrationTest {

    @Autowired
    PolicyAnswerer answerer;
    @Autowired
    KnowledgeBase knowledgeBase;
    @Autowired
    ConceptDictionary dictionary;
    @Autowired
    TextNormalizer normalizer;
    @Autowired
    SentenceEncoder encoder;
    @Autowired
    IndustryLookup industries;
    @Autowired
    DateAnswers dates;
    @Autowired
    FollowUps followUps;

    /** The same engine with the sentence model switched off ({@code pool.policy.semantic-check=false}). */
    private PolicyAnswerer wordsOnly() {
        PolicyIndexHolder holder = new PolicyIndexHolder(knowledgeBase, dictionary, normalizer, 0, encoder, false);
        // The same bar as the engine with the model, so the model's veto is all that differs.
        return new PolicyAnswerer(holder, normalizer, industries, dates, followUps, PolicyAnswerer.THRESHOLD_WITH_MODEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"广州今天多少度", "哈哈你们公众号的小编好可爱", "车间里5G专网和WiFi6哪个更稳定？",
            "舊年入咗池嘅公司有邊啲？", "软件企业增值税即征即退怎么办理？"})
    void aMatchOnWordsThatMeansSomethingElseIsDeclined(String q) throws Exception {
        // Without the model these get a confident fact (the test would be empty if they did not).
        assertThat(wordsOnly().answer(q, null).confident()).as(q).isTrue();
        mvc.perform(get("/api/public/policy/answer").param("q", q))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confident").value(false))
                .andExpect(jsonPath("$.answer", containsString("020-83256806")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"外省企业能报吗", "第二批几号截止", "基本審核要幾天", "我们是香港注册的公司，可以申请吗",
            "入池后有啥好处", "评审有几个环节", "申报平台网址多少"})
    void questionsTheNoticeAnswersStillGetTheirFact(String q) {
        PolicyAnswer a = answerer.answer(q, null);
        assertThat(a.confident()).as(q).isTrue();
        assertThat(wordsOnly().answer(q, null).topic()).as(q).isEqualTo(a.topic());
    }

    @ParameterizedTest
    @ValueSource(strings = {"集中答辩在哪里举行", "答辩在哪个城市", "入池企业能拿多少补贴", "初审刷人比例多少"})
    void aPlaceOrAFigureTheAnswerDoesNotHoldIsNotGuessed(String q) {
        // Declined by what is asked, not by the model: words alone decline them too.
        assertThat(answerer.answer(q, null).confident()).as(q).isFalse();
        assertThat(wordsOnly().answer(q, null).confident()).as(q).isFalse();
    }

    @Test
    void aFollowUpIsCheckedWhenItBringsWordsOfItsOwn() {
        String uid = "oFollow" + System.nanoTime();
        assertThat(answerer.answer("外省企业能报吗", uid).confident()).isTrue();
        assertThat(answerer.answer("那港澳台呢", uid).answer()).contains("香港、澳门和台湾");
        assertThat(answerer.answer("那广州今天多少度", uid).confident()).isFalse();
    }

    @Test
    void staffSeeWhichEntryTheModelFindsClosestAndTheWordsTheEntryNeverUses() throws Exception {
        Staff editor = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(get("/api/staff/policy/try").param("q", "外省企业能报吗").with(editor.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reply.confident").value(true))
                .andExpect(jsonPath("$.closestInMeaning.topic").value("scope.who"))
                .andExpect(jsonPath("$.closestInMeaning.score").isNumber());
        mvc.perform(get("/api/staff/policy/try").param("q", "集中答辩在哪里举行").with(editor.auth()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reply.confident").value(false))
                .andExpect(jsonPath("$.foreignWords", org.hamcrest.Matchers.hasItem("举行")));
    }
}
