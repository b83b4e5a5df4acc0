package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfferedQuestionsTest {

    @Test
    void aNumberAloneInEveryWayItIsTypedPicks() {
        assertThat(OfferedQuestions.number("2")).isEqualTo(2);
        assertThat(OfferedQuestions.number(" 3 ")).isEqualTo(3);
        assertThat(OfferedQuestions.number("２")).isEqualTo(2);
        assertThat(OfferedQuestions.number("二")).isEqualTo(2);
        assertThat(OfferedQuestions.number("第1个")).isEqualTo(1);
        assertThat(OfferedQuestions.number("第三条")).isEqualTo(3);
        assertThat(OfferedQuestions.number("1.")).isEqualTo(1);
        assertThat(OfferedQuestions.number("一。")).isEqualTo(1);
    }

    @Test
    void anythingMoreThanANumberIsAQuestion() {
        assertThat(OfferedQuestions.number("0")).isZero();
        assertThat(OfferedQuestions.number("12")).isZero();
        assertThat(OfferedQuestions.number("二批")).isZero();
        assertThat(OfferedQuestions.number("第二批呢")).isZero();
        assertThat(OfferedQuestions.number("5个工作日")).isZero();
        assertThat(OfferedQuestions.number("")).isZero();
        assertThat(OfferedQuestions.number(null)).isZero();
    }
}
