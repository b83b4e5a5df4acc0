package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void traditionalFullWidthAndSymbolsBecomeOnePlainForm() {
        assertThat(normalizer.normalize("基本審核要幾天？")).isEqualTo("基本审核要几天");
        assertThat(normalizer.normalize("ＡＩ方向😀能報嗎！！")).isEqualTo("ai方向 能报吗");
        assertThat(normalizer.normalize("title:申报 AND answer:*")).isEqualTo("title 申报 and answer");
        assertThat(normalizer.normalize(null)).isEmpty();
        assertThat(normalizer.normalize("字".repeat(5000))).hasSize(TextNormalizer.MAX_CHARS);
    }

    @Test
    void skippingTheTransliteratorForTextWithoutTraditionalCharactersChangesNothing() throws Exception {
        com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
        // Every character alone, then every evaluation question and phrasing whole (ICU has rules for
        // several characters together, such as 于思, 鮮于).
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c)) {
                texts.add(String.valueOf((char) c));
            }
        }
        for (String set : new String[] {"eval-dev", "eval-dev4", "eval-dev7", "eval-dev11", "eval-review7b", "eval-declines"}) {
            PolicyEvaluation.load("policy/" + set + ".tsv").forEach(c -> texts.add(c.question()));
        }
        // And rules whose characters each stay as they are alone, but not together.
        java.util.List<String> together = java.util.List.of("于思", "鮮于复姓", "单于", "生薑片", "他们是份子", "沈默是金", "破釜沈舟");
        texts.addAll(together);
        for (String t : texts) {
            assertThat(TextNormalizer.toSimplified(t)).as(t).isEqualTo(icu.transliterate(t));
        }
        assertThat(TextNormalizer.toSimplified("沈默")).isEqualTo("沉默");
        // Today's rules are all plain characters: the shortcut reads them, not ICU's wider fallback
        // (which holds 要, among thousands of others).
        assertThat(TextNormalizer.changedBy(icu).contains('要')).isFalse();
        assertThat(TextNormalizer.changedBy(icu).contains('們')).isTrue();
        // A rule with syntax in it is not read: the fallback is ICU's own set.
        com.ibm.icu.text.Transliterator anchored = com.ibm.icu.text.Transliterator.createFromRules("anchored", "^們 > 们;", com.ibm.icu.text.Transliterator.FORWARD);
        assertThat(TextNormalizer.changedBy(anchored).equals(anchored.getSourceSet())).as("falls back to ICU's own set").isTrue();
        // Most questions written in simplified characters skip it, or the shortcut saves nothing.
        java.util.List<PolicyEvaluation.Case> dev = PolicyEvaluation.load("policy/eval-dev7.tsv");
        long skipped = dev.stream().map(PolicyEvaluation.Case::question).filter(q -> TextNormalizer.toSimplified(q) == q).count();
        assertThat(skipped).isGreaterThan(dev.size() / 2);
    }

    @Test
    void writtenCantoneseIsReadAsMandarin() {
        assertThat(normalizer.normalize("入咗池嘅企業今年使唔使再報過？")).isEqualTo("入了池的企业今年需不需要再报过");
        assertThat(normalizer.normalize("冇收到通知，係咪即係冇入圍？")).isEqualTo("没有收到通知 是不是就是没有入围");
        // 係 inside 關係 is not the copula.
        assertThat(normalizer.normalize("同聯盟有咩關係")).isEqualTo("同联盟有什么关系");
        assertThat(normalizer.normalize("第二批幾時截數？仲可唔可以報？")).isEqualTo("第二批什么时候截止 还可不可以报");
        assertThat(normalizer.normalize("基本審核要幾耐")).isEqualTo("基本审核要多久");
        // 做咩 is "why" or "do what": read as 做什么, which keeps both.
        assertThat(normalizer.normalize("點解冇收到通知？還要做咩")).isEqualTo("为什么没有收到通知 还要做什么");
        assertThat(normalizer.normalize("名單入面有冇我哋")).isEqualTo("名单里面有没有我们");
        // 唔過 is failing (not 不过, "but"); 著數 is what one gains; 舊年 is last year.
        assertThat(normalizer.normalize("唔過嘅話會唔會通知我哋")).isEqualTo("没通过的话会不会通知我们");
        assertThat(normalizer.normalize("入咗池有咩著數")).isEqualTo("入了池有什么好处");
        assertThat(normalizer.normalize("舊年交過，今年點做？呢個要唔要再報")).isEqualTo("去年交过 今年怎么做 这个要不要再报");
        assertThat(normalizer.normalize("公司換咗名，要點處理？要點做？")).isEqualTo("公司换了名 要怎么处理 要怎么做");
        assertThat(normalizer.normalize("點樣報名？結果點樣？")).isEqualTo("怎么报名 结果怎么样");
        // 唔過三個 is "not more than three"; 早點處理 is "handle it sooner".
        assertThat(normalizer.normalize("最多唔過三個大類，早點處理")).isEqualTo("最多不过三个大类 早点处理");
        // Mandarin words with the same characters stay as they are.
        assertThat(normalizer.normalize("仲裁 惠州仲恺高新区 重点解决 要点解读 进入面试 输入面板 重点做 重点处理"))
                .isEqualTo("仲裁 惠州仲恺高新区 重点解决 要点解读 进入面试 输入面板 重点做 重点处理");
    }

    @Test
    void chineseNumeralsBecomeCodes() {
        assertThat(IndustryLookup.chineseNumeralsToDigits("代码三十一")).isEqualTo("代码31");
        assertThat(IndustryLookup.chineseNumeralsToDigits("第十九大类")).isEqualTo("第19大类");
        assertThat(IndustryLookup.chineseNumeralsToDigits("四十三")).isEqualTo("43");
        assertThat(IndustryLookup.chineseNumeralsToDigits("二十")).isEqualTo("20");
    }

    @Test
    void datesTypedInChineseNumeralsUseTheNoticesDigits() {
        assertThat(normalizer.normalize("二月一号到三月十五号")).isEqualTo("2月1号到3月15号");
        assertThat(normalizer.normalize("第二批九月三十日截止吗")).isEqualTo("第二批9月30日截止吗");
        assertThat(normalizer.normalize("十二月二十五号")).isEqualTo("12月25号");
        assertThat(normalizer.normalize("基本审核五个工作日")).isEqualTo("基本审核5个工作日");
        // Only dates: batches, counts and the last day stay words.
        assertThat(normalizer.normalize("第一批最后一天 两批 几月")).isEqualTo("第一批最后一天 两批 几月");
        assertThat(normalizer.normalize("一月份")).isEqualTo("1月份");
        // Not a month: left alone.
        assertThat(normalizer.normalize("九十月份")).isEqualTo("九十月份");
    }
}
