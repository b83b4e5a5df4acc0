package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.dictionary.Entries.Industry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndustryLookupTest {

    private final IndustryLookup lookup = new IndustryLookup();
    private final List<Industry> industries = List.of(new Industry("13", "农副食品加工业"), new Industry("17", "纺织业"),
            new Industry("21", "家具制造业"), new Industry("27", "医药制造业"), new Industry("34", "通用设备制造业"),
            new Industry("35", "专用设备制造业"), new Industry("36", "汽车制造业"), new Industry("38", "电气机械和器材制造业"), new Industry("41", "其他制造业"),
            new Industry("43", "金属制品、机械和设备修理业"));
    private final Map<String, String> keywords = Map.of("床垫", "21", "兽药", "27", "空压机", "34", "纺织机械", "35",
            "变压器", "38", "豆腐", "13", "汽车零部件", "36", "数控机床", "34", "通用设备", "34");

    private Optional<String> codeFor(String question) {
        return lookup.find(question, keywords, industries).map(m -> m.industry().code());
    }

    @Test
    void whatTheCompanyMakesDecidesNotTheCategoriesItWeighs() {
        assertThat(codeFor("床垫厂算家具不 还是算纺织")).contains("21");
        assertThat(codeFor("兽药厂算医药制造还是纺织")).contains("27");
        // Both names are four characters long and come first in the text; the product still decides.
        assertThat(codeFor("纺织机械厂是专用设备还是通用设备")).contains("35");
        assertThat(codeFor("空压机厂这种是通用设备还是专用设备啊")).contains("34");
        // A keyword that is a category's own name does not stand for the product.
        assertThat(codeFor("空压机厂 叉车厂 这种是通用设备还是专用设备啊")).contains("34");
    }

    @Test
    void aQuestionNamingThreeCategoriesOrMoreIsAboutFillingInSeveral() {
        assertThat(lookup.namesSeveral("填擅长行业的地方 客户有做床垫的 也有做豆腐的 还有做汽车零部件的 三个都填上行不行", keywords, industries)).isTrue();
        assertThat(lookup.namesSeveral("擅长行业我想写汽车 通用设备 专用设备 电气机械四个 行吗", keywords, industries)).isTrue();
        // Two categories weighed against each other are a lookup; a machine for textiles is one category, not two.
        assertThat(lookup.namesSeveral("床垫厂算家具还是纺织行业", keywords, industries)).isFalse();
        assertThat(lookup.namesSeveral("纺织机械和变压器分别属于哪个行业", keywords, industries)).isFalse();
        // Without the service industries being filled in, naming products or fields is not filling them in.
        assertThat(lookup.namesSeveral("我们客户有做床垫的 做豆腐的 做变压器的 能报吗", keywords, industries)).isFalse();
        assertThat(lookup.namesSeveral("我们在汽车 医药 纺织领域都有实施完成的案例 符合案例条件吗", keywords, industries)).isFalse();
        assertThat(lookup.namesSeveral("我们是做行业软件的 客户有家具 医药 纺织企业 可以申报吗", keywords, industries)).isFalse();
    }

    @Test
    void threeCategoriesNamedAreNotOneToLookUp() {
        assertThat(codeFor("服务的行业有纺织 家具 汽车 医药 入选后能参加供需对接吗")).isEmpty();
        // Product words that run into each other name one product, by its last word.
        assertThat(codeFor("做床垫豆腐变压器的属于哪个行业")).contains("38");
    }

    @Test
    void aTagQuestionAfterTheLookupDoesNotHideIt() {
        assertThat(codeFor("做床垫的属于哪个行业 是家具吗")).contains("21");
        assertThat(codeFor("我们公司主要做空压机 想问下填哪个大类 有没有人知道")).contains("34");
    }

    @Test
    void aRepairShopIsDivision43WhateverItRepairs() {
        assertThat(codeFor("有个客户是帮工厂修变压器的维修厂，擅长行业怎么归")).contains("43");
        assertThat(codeFor("做变压器的属于哪个行业")).contains("38");
        // A maker that also repairs is still a maker.
        assertThat(codeFor("我们做数控机床也提供维修服务属于哪个行业")).contains("34");
    }

    @Test
    void weighingWithoutAnIndustryIsNoIndustryQuestion() {
        // 其他制造业's short name is 其他, which names nothing.
        assertThat(codeFor("入池能直接拿钱吗，还是只是其他方面的支持")).isEmpty();
        assertThat(codeFor("第一批还是第二批")).isEmpty();
        // A category named in passing, or inside the product, is not being weighed.
        assertThat(codeFor("医药企业是不是也可以申报")).isEmpty();
        assertThat(codeFor("我们是汽车零部件厂，第一批还是第二批报比较好")).isEmpty();
        assertThat(codeFor("我们给汽车厂做mes，是不是要先注册")).isEmpty();
        assertThat(codeFor("豆腐厂属于哪个行业")).contains("13");
    }
}
