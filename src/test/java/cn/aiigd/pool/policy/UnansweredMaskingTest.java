package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnansweredMaskingTest {

    @Test
    void phoneNumbersInEveryUsualFormAreMasked() {
        assertThat(UnansweredQuestions.masked("我手机13800138000收不到", false)).isEqualTo("我手机138****8000收不到");
        assertThat(UnansweredQuestions.masked("打+8613800138000", false)).isEqualTo("打138****8000");
        assertThat(UnansweredQuestions.masked("号码 138 0013 8000 和 138-0013-8000", false)).isEqualTo("号码 138****8000 和 138****8000");
        assertThat(UnansweredQuestions.masked("全角１３８００１３８０００", false)).isEqualTo("全角138****8000");
        assertThat(UnansweredQuestions.masked("座机020-83256806打不通", false)).isEqualTo("座机020-****6806打不通");
        assertThat(UnansweredQuestions.masked("手机138.0013.8000", false)).isEqualTo("手机138****8000");
        assertThat(UnansweredQuestions.masked("电话(020)83256806或（020）8325 6806", false)).isEqualTo("电话020-****6806或020-****6806");
    }

    @Test
    void idNumbersAndEmailAddressesAreMasked() {
        assertThat(UnansweredQuestions.masked("法人身份证44010619900101123X要传吗", false)).isEqualTo("法人身份证4401**********123X要传吗");
        assertThat(UnansweredQuestions.masked("发到zhang.san@example.com", false)).isEqualTo("发到z***@example.com");
    }

    @Test
    void theKeyKeepsNoPersonalDataSoOneQuestionWithDifferentNumbersIsOne() {
        String a = UnansweredQuestions.masked("我手机13800138000收不到验证码", true);
        String b = UnansweredQuestions.masked("我手机13912345678收不到验证码", true);
        assertThat(a).isEqualTo(b).doesNotContain("138").doesNotContain("8000");
    }

    @Test
    void yearsAndCodesAreNotTakenForPhoneNumbers() {
        assertThat(UnansweredQuestions.masked("2021年第二批 代码29 热线几点有人", false)).isEqualTo("2021年第二批 代码29 热线几点有人");
    }

    @Test
    void aNumberAcrossTheKeptLengthIsStillMaskedAndTheRestIsNeverRead() {
        // The mobile number starts 4 characters before the cut at 200: masked whole, then cut.
        String kept = UnansweredQuestions.masked("问".repeat(196) + "13800138000" + "a".repeat(60_000), false);
        assertThat(kept).hasSize(KnowledgeBase.MAX_QUESTION_LENGTH).endsWith("138*").doesNotContain("1380");
        // An address begun inside a run of address characters is still found from the run's start.
        assertThat(UnansweredQuestions.masked("联系 zhang.san@example.com 谢谢", false)).isEqualTo("联系 z***@example.com 谢谢");
    }
}
