package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HomophoneSpellerTest {

    private final HomophoneSpeller speller = new HomophoneSpeller(
            List.of("审核", "答辩", "公示", "事后", "专利", "知识产权", "主办", "注册", "地方"),
            List.of("资源池", "联盟", "服务券", "全广东"), List.of("主板"));

    @Test
    void aCharacterOfTheRightSoundIsSpelledAsTheKnowledgeBaseSpellsIt() {
        assertThat(speller.spell("资源迟什么时候截止")).isEqualTo("资源池什么时候截止");
        assertThat(speller.spell("基本审合要多久")).isEqualTo("基本审核要多久");
        assertThat(speller.spell("集中达辩怎么通知")).isEqualTo("集中答辩怎么通知");
        assertThat(speller.spell("知识产全和专立是必须的吗")).isEqualTo("知识产权和专利是必须的吗");
        assertThat(speller.spell("连盟电话多少")).isEqualTo("联盟电话多少");
    }

    @Test
    void realWordsAndEverydayCharactersAreLeftAlone() {
        // 公式 is a word of its own, not a mistyped 公示.
        assertThat(speller.spell("这个公式怎么算")).isEqualTo("这个公式怎么算");
        // 全 makes 全广东 with what follows: not a mistyped 服务券.
        assertThat(speller.spell("要能服务全广东才行")).isEqualTo("要能服务全广东才行");
        // 的 is never taken for 地, so 注册的 is not 注册地.
        assertThat(speller.spell("注册的时候要传什么")).isEqualTo("注册的时候要传什么");
        // 示 already makes 公示 with its neighbour, so 示后 is not 事后.
        assertThat(speller.spell("名单经公示后怎么处理")).isEqualTo("名单经公示后怎么处理");
        // A product keyword is known: 主板 is not a mistyped 主办.
        assertThat(speller.spell("做手机主板的")).isEqualTo("做手机主板的");
    }

    @Test
    void aSoundTwoKnownWordsShareCorrectsNothing() {
        HomophoneSpeller ambiguous = new HomophoneSpeller(List.of("事项", "视项"), List.of(), List.of());
        assertThat(ambiguous.spell("申报试项有哪些")).isEqualTo("申报试项有哪些");
    }

    @Test
    void textWithoutChineseIsUnchanged() {
        assertThat(speller.spell("deadline 2021")).isEqualTo("deadline 2021");
        assertThat(speller.spell("")).isEmpty();
    }
}
