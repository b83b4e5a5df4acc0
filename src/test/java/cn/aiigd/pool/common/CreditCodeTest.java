package cn.aiigd.pool.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.common.validation.CreditCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** The valid examples published in the facts file (GB 32100-2015). */
    @ParameterizedTest
    @ValueSource(strings = {"91310110666007217T", "91310115591693856A", "91350200776049653A"})
    void acceptsPublishedExamples(String code) {
        assertThat(CreditCode.problem(code)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "91310110666007217X, 校验位不正确",
            "91310115591693856B, 校验位不正确",
            "91310110666007217t, 大写",
            "9131011066600721T, 应为 18 位",
            "913101106660072177T, 应为 18 位",
            "91310110666OO7217T, 不是有效字符",
            "9131011066600721IT, 不是有效字符",
            "'', 请填写"
    })
    void refusesWithAReasonAPersonCanAct0n(String code, String expected) {
        assertThat(CreditCode.problem(code)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310110666007217", "91310115591693856", "91350200776049653"})
    void computesTheCheckCharacterOfTheExamples(String first17) {
        String full = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.isValid(full)).isTrue();
        assertThat(full).isIn("91310110666007217T", "91310115591693856A", "91350200776049653A");
    }
}
