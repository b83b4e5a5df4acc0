package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskedParticularsTest {

    private static final String STAGES = "依次开展“初步审核”和“集中答辩”，并随机开展“现场考察”。";
    private static final String REVIEW = "一般审核时间不超过5个工作日。";
    private static final String REGISTER = "登录“广东工业互联网应用服务平台”（网址：http://syspt.aiigd.cn/）进行用户注册。";
    private static final String SUPPORT = "在产业集群数字化转型、供需精准对接等方面予以重点支持。";
    private static final String DYNAMIC = "对于不合格的资源池企业予以淘汰。";
    private static final String TEAM = "具备技术和服务团队支持，为数字化、网络化、智能化升级提供服务，并在广东省内拥有一定数量且已实施完成的工业应用实践案例。";
    private static final String SUBSIDY = "本次申报不涉及工业企业“上云上平台”财政资金事后奖补。";
    private static final String CAPABILITY = "待供应商基本审核通过后，方可进行下一阶段的申报工作。";
    private static final String DEFENSE = "届时将通过电话或短信、邮件等方式提前通知进入现场答辩的企业。";
    private static final String CONTACTS = "如有疑问请联系：联盟小蜜，电话020-83256806。";
    private static final String CONTACTS_BRACKETS = "热线：（020）8325-6806，网址 http://syspt.aiigd.cn/20210201123";
    private static final String CONTACTS_FULL_WIDTH = "如有疑问请联系：联盟小蜜，电话０２０－８３２５ ６８０６。";
    private static final String CHANGE = "已入池企业如发生名称变更、股权结构或业务方向重大变更，应提交申请变更请示。";
    private static final String CATEGORIES = "申报类别包括应用、平台、网络、安全四个类别，请重点选择其中一项（至多两项）。";

    @ParameterizedTest(name = "{0} → missing={2}")
    @CsvSource(delimiter = '|', value = {
            // A place: only an answer naming one (or a website) holds it.
            "集中答辩在哪里举行|STAGES|true",
            "在哪里注册|REGISTER|false",
            // "在哪些方面" asks which aspects, not where.
            "在哪些方面有支持|SUPPORT|false",
            // An amount or share needs a figure; a list does not give one.
            "初审刷人比例多少|STAGES|true",
            "能拿多少补贴|SUPPORT|true",
            "审核要多少天|REVIEW|false",
            // "网址多少" asks for the address itself.
            "网址多少|REGISTER|false",
            // How many stages: a list answers it.
            "评审有几个环节|STAGES|false",
            "有几个环节|DYNAMIC|true",
            // "那几个" / "这几个" point at things, they do not count them.
            "那几个环节是什么|SUPPORT|false",
            // A duration or date needs one.
            "审核要几天|REVIEW|false",
            "答辩要几天|STAGES|true",
            "答辩定在哪一天|STAGES|true",
            "基本审核具体日期要多少个工作日|REVIEW|false",
            // A count of something the answer names needs a figure beside it, not an enumeration elsewhere.
            "最多能填几个案例|TEAM|true",
            "一份材料是几个专家看|TEAM|false",
            "能选几个类别|CATEGORIES|false",
            // "一定数量" is not a figure.
            "要有几个案例|TEAM|true",
            // "作何处理" asks what happens, not where; "第几个" is an ordinal, not a count.
            "如无异议将作何处理|SUPPORT|false",
            "排第几个案例|TEAM|false",
            // "平台" inside the name of another scheme (上云上平台) is not a place to go.
            "事后奖补去哪里申报|SUBSIDY|true",
            // "When": a date, or a time set by another step, answers it.
            "什么时候可以提交能力|CAPABILITY|false",
            "补贴什么时候发|SUBSIDY|true",
            // "什么时候需要…" asks in which case: a condition answers it.
            "什么时候需要提交变更请示|CHANGE|false",
            "企业什么时候会被淘汰出资源池|DYNAMIC|false",
            // "Which number": only a telephone number answers it.
            "通知短信是哪个号码发的|DEFENSE|true",
            "热线电话是多少|CONTACTS|false",
            "热线电话是多少|CONTACTS_FULL_WIDTH|false",
            "热线多少|CONTACTS_BRACKETS|false",
            "答辩通知的电话多少|DEFENSE|true",
            // "Which web address": only an answer with one gives it.
            "申报平台网址是什么|REGISTER|false",
            "答辩通知的链接在哪|DEFENSE|true",
            // "什么时候会…" is still a when-question where the answer holds no condition either.
            "入池后什么时候会有支持|SUPPORT|true"})
    void aQuestionForAParticularIsOnlyAnsweredByAnAnswerThatHoldsOne(String asked, String answer, boolean missing) {
        String text = switch (answer) {
            case "STAGES" -> STAGES;
            case "REVIEW" -> REVIEW;
            case "REGISTER" -> REGISTER;
            case "DYNAMIC" -> DYNAMIC;
            case "TEAM" -> TEAM;
            case "CATEGORIES" -> CATEGORIES;
            case "SUBSIDY" -> SUBSIDY;
            case "CAPABILITY" -> CAPABILITY;
            case "DEFENSE" -> DEFENSE;
            case "CONTACTS" -> CONTACTS;
            case "CONTACTS_FULL_WIDTH" -> CONTACTS_FULL_WIDTH;
            case "CONTACTS_BRACKETS" -> CONTACTS_BRACKETS;
            case "CHANGE" -> CHANGE;
            default -> SUPPORT;
        };
        assertThat(AskedParticulars.missingFrom(asked, text)).isEqualTo(missing);
    }

    @Test
    void whatToDoWhenAStepIsOverdueIsOnlyAnsweredByAnAnswerThatSaysWhatHappensWhenOneOverruns() {
        for (String q : List.of("基本审核超过5个工作日还没结果怎么办", "基本审核超过5个工作日没结果咋整", "审核超过5个工作日都没有结果 点搞",
                "审核一直没动静如何是好", "交了以后还没有消息 怎么办", "变更请示交了一直没回复怎么办", "联盟小蜜电话一直没人接怎么办",
                "如果注册地的工信局一直不审怎么办", "平台注册一直没成功怎么办", "基本审核都一周了还没审 咋办",
                "变更请示交上去很久了没人理 怎么办", "变更请示交了一个月没有下文 怎么办", "工信局那边老是不审怎么办", "基本审核一拖再拖 我们该怎么办")) {
            assertThat(AskedParticulars.asksRemedyForOverdue(q)).as(q).isTrue();
        }
        // Other "怎么办" questions are answered by the entries ("错过第一批" by the second batch), and
        // 怎么办理 is how to do something.
        for (String q : List.of("第一批错过了怎么办", "擅长的行业超过三个怎么办", "服务行业不知道怎么填怎么办", "平台账号注册怎么办理",
                "还没注册账号怎么办", "2020年注册的一直没补充完善信息怎么办", "一直没提交怎么办",
                // The applicant's own delay (or a client's consent), which the entries answer.
                "公司改名半年了 一直没改资源池里的资料 怎么办", "入池后股权变了 一直没上报 怎么办", "一直没有改 怎么办",
                "公司名称变更后我们迟迟没提交变更请示 现在该怎么做", "案例涉及客户隐私 客户一直没同意 怎么办")) {
            assertThat(AskedParticulars.asksRemedyForOverdue(q)).as(q).isFalse();
        }
        assertThat(AskedParticulars.holdsRemedy(REVIEW)).isFalse();
        // A condition about something else is no remedy for waiting: "如不同意……", "对于不合格的……", "如有疑问……".
        assertThat(AskedParticulars.holdsRemedy(DYNAMIC)).isFalse();
        assertThat(AskedParticulars.holdsRemedy("如不同意，请及时撤回申请并主动告知工作人员。")).isFalse();
        assertThat(AskedParticulars.holdsRemedy("如有疑问请联系：联盟小蜜，电话020-83256806。")).isFalse();
        assertThat(AskedParticulars.holdsRemedy("如超过5个工作日未收到审核结果，请致电联盟小蜜。")).isTrue();
        // What happens without an objection says nothing of what happens with one.
        assertThat(AskedParticulars.holdsRemedy("将通过审核结果予以公示，如无异议将予以正式发布。")).isFalse();
    }

    @Test
    void aCountNamedBeforeItsNumberWordOrOfferedAsEnoughNeedsAFigureInTheAnswer() {
        String team = "具备在广东省内开展业务的技术和服务团队，能提供独立的第三方服务，省内有已实施完成的工业应用实践案例。";
        assertThat(AskedParticulars.missingFrom("广东省内的案例要几个才够", team)).isTrue();
        assertThat(AskedParticulars.asksIfCountEnough("如果我们在广东只有一个案例 够不够", team)).isTrue();
        assertThat(AskedParticulars.asksIfCountEnough("只有3个案例够吗", "省内有不少于3个已实施完成的案例。")).isFalse();
        // Counting what the answer counts: "擅长行业最多不超过三个大类".
        assertThat(AskedParticulars.missingFrom("行业要几个", "最多不超过三个大类，请填写行业")).isFalse();
        assertThat(AskedParticulars.asksIfCountEnough("填两个行业够不够", "擅长行业最多不超过三个大类，请在平台填写行业")).isFalse();
        // Whatever the counted thing is called, an answer without any figure cannot say it is enough.
        assertThat(AskedParticulars.asksIfCountEnough("我们在广东的团队只有5个人 够吗", team)).isTrue();
        // Kinds and items are counted by a list: "通知方式有几种" against "电话或短信、邮件".
        assertThat(AskedParticulars.missingFrom("答辩通知方式有几种", "将通过电话或短信、邮件等方式通知，请保持通讯方式畅通。")).isFalse();
    }
}
