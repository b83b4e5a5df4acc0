package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.aiigd.pool.staff.StaffRole;
import cn.aiigd.pool.support.Api.Staff;
import cn.aiigd.pool.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class PolicyApiIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;
    @org.springframework.beans.factory.annotation.Autowired
    cn.aiigd.pool.common.redis.RedisKeys keys;

    private ResultActions ask(String q) throws Exception {
        return mvc.perform(get("/api/public/policy/answer").param("q", q));
    }

    private ResultActions ask(String q, String uid) throws Exception {
        return mvc.perform(get("/api/public/policy/answer").param("q", q).param("uid", uid));
    }

    @Test
    void answersWithTheNoticesExactFactAndItsSource() throws Exception {
        ask("第二批几号截止")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confident").value(true))
                .andExpect(jsonPath("$.answer", containsString("9月15日")))
                .andExpect(jsonPath("$.source").value("一（一）"))
                .andExpect(jsonPath("$.answer", containsString("依据")));
        ask("外省企业能报吗").andExpect(jsonPath("$.answer", containsString("香港、澳门和台湾")));
        ask("基本審核要幾天").andExpect(jsonPath("$.answer", containsString("5个工作日")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们做注塑的属于哪个行业", "做注塑的是哪类行业"})
    void findsTheIndustryOfWhatACompanyMakes(String q) throws Exception {
        ask(q).andExpect(jsonPath("$.confident").value(true))
                .andExpect(jsonPath("$.answer", containsString("29")))
                .andExpect(jsonPath("$.answer", containsString("橡胶和塑料制品业")));
    }

    @Test
    void industryLookupsByProductCodeAndName() throws Exception {
        ask("手机属于哪个行业大类").andExpect(jsonPath("$.answer", containsString("计算机、通信和其他电子设备制造业")));
        ask("行业代码36是什么").andExpect(jsonPath("$.answer", containsString("汽车制造业")));
        ask("家具制造业对应的代码是多少").andExpect(jsonPath("$.answer", containsString("21")));
        // "农药" is chemistry (26), not medicine (27): the longer term wins.
        ask("生产农药的企业属于什么行业").andExpect(jsonPath("$.answer", containsString("化学原料和化学制品制造业")));
        // A product word without an industry question is not an industry lookup.
        ask("手机上怎么申报").andExpect(jsonPath("$.topic", not("industry.lookup")));
    }

    @Test
    void dateQuestionsAreAnsweredFromTheBatchTableAndTheClock() throws Exception {
        pin("2021-03-10T10:00:00+08:00");
        ask("现在能报吗").andExpect(jsonPath("$.confident").value(true))
                .andExpect(jsonPath("$.answer", containsString("2021年第一批")))
                .andExpect(jsonPath("$.answer", containsString("还有5天")));
        ask("还有几天截止").andExpect(jsonPath("$.answer", containsString("还有5天")));
        ask("how many days left before deadline?").andExpect(jsonPath("$.confident").value(true))
                .andExpect(jsonPath("$.answer", containsString("还有5天")));
        pin("2021-03-15T20:00:00+08:00");
        ask("还剩几天").andExpect(jsonPath("$.answer", containsString("最后一天")));
        pin("2021-05-01T10:00:00+08:00");
        ask("现在可以申报吗").andExpect(jsonPath("$.answer", containsString("不在申报时间内")))
                .andExpect(jsonPath("$.answer", containsString("2021年8月1日")));
        ask("下一批什么时候").andExpect(jsonPath("$.answer", containsString("2021年第二批")));
        pin("2099-01-01T10:00:00+08:00");
        ask("下一批什么时候").andExpect(jsonPath("$.answer", containsString("目前没有已安排的申报批次")));
    }

    @Test
    void aFollowUpUsesThePreviousTopicForTenMinutes() throws Exception {
        String uid = "oFollowUp" + System.nanoTime();
        ask("基本审核要多久", uid).andExpect(jsonPath("$.topic").value("review.basic"));
        // "And those from other provinces?" — about the basic review, because that was the topic.
        ask("那省外的呢", uid).andExpect(jsonPath("$.confident").value(true))
                .andExpect(jsonPath("$.topic").value("review.basic"))
                .andExpect(jsonPath("$.answer", containsString("广东省工业互联网产业联盟组织审核")));
        // Someone else asking the same elliptical question has no such context.
        ask("那省外的呢", "oStranger" + System.nanoTime()).andExpect(jsonPath("$.topic", not("review.basic")));
        // Context expires with the follower's Redis key (ten minutes).
        assertThat(redis.getExpire(keys.key("policy-context", PolicyController.WEB_UID_PREFIX + uid))).isBetween(1L, 600L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"今天天气怎么样", "讲个笑话", "高新技术企业认定什么时候申报", "专精特新小巨人怎么报",
            "推荐一只股票", "浙江省的资源池怎么报", "集中答辩要穿正装吗", "去答辩要自己订酒店吗", "专家的评审意见会反馈给我们吗",
            "初审和答辩的成绩怎么折算", "答辩能不能用视频会议远程参加", "要不要区工信局给我们出个推荐函",
            "客户同意用他们的案例，要签什么授权书吗", "附件一在哪里下载", "这次的评审专家都有谁", "对结果有异议该向谁提出",
            "变更请示可以邮寄吗", "资质材料提交后还能改吗", "现场考察主要看哪些内容",
            "要是答辩那天老板临时出差赶不过去，可以换个时间吗", "入池以后每年要交年度报告吗",
            "案例要不要附实施照片", "入池有戏吗",
            "省级企业技术中心认定什么时候开始报", "对别家企业有意见，应该向哪个部门反映",
            "答辩可以用English讲吗", "平台有没有备用网址", "第二批会不会改申报条件？",
            "入选企业可以用“省资源池”的名义对外宣传吗", "基本审核的5个工作日包不包括周末", "评审专家来自哪些高校",
            "对公示结果有异议要向谁提，怎么提"})
    void anythingElseGetsAPlainFallbackWithTopicsAndTheHotline(String q) throws Exception {
        ask(q).andExpect(status().isOk())
                .andExpect(jsonPath("$.confident").value(false))
                .andExpect(jsonPath("$.answer", containsString("020-83256806")))
                .andExpect(jsonPath("$.answer", containsString("申报时间")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"公示期是几天", "初步审核一份材料是几个专家看？", "随机现场考察大概抽多大比例的企业？",
            "没通过能告诉我们是什么原因吗", "集中答辩安排在星期几", "基本审核超过5个工作日还没结果，怎么办",
            "一旦答辩通知来得太晚赶不过去，能换一场吗", "变更请示交了一直没回复怎么办", "入池后每年要更新一次资料吗",
            "现场考察一般在工作日还是周末", "广东省内的案例要几个才够？", "已撤回的申请后面还能重新提交吗",
            "第一批截止可以延期吗？我们材料还没准备好", "对评审结果不认可，有什么渠道反映", "入池以后每年都要考核一次吗"})
    void aParticularTheNoticeDoesNotGiveIsSaidSoWithWhatItDoesSay(String q) throws Exception {
        // Not answered (no figure or date is made up), but not a blank fallback either: the entry
        // the question is about, introduced as related, and the hotline.
        String reply = JsonPath.read(ask(q).andExpect(status().isOk())
                .andExpect(jsonPath("$.confident").value(false))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.answer");
        assertThat(reply).startsWith(PolicyAnswerer.UNSTATED).contains("（依据：").endsWith("020-83256806。")
                .doesNotContain("我可以解答");
    }

    @Test
    void whatOneDirectionRequiresIsLeftToAttachmentOne() throws Exception {
        // The notice names the new directions and says their requirements are in attachment 1, which
        // it does not reproduce: a particular direction's requirements are not made up, the reply
        // points to the attachment; asking where the requirements are is still answered.
        for (String q : List.of("工业大数据方向有什么具体要求？", "机器视觉方向对硬件有什么要求", "机器视觉方向必须有自己的硬件产品吗",
                "标识解析方向必须是二级节点吗", "工业边缘计算方向是否要求自有硬件", "机器视觉方向要准备哪些证明材料",
                "5G方向需要跟运营商签协议吗")) {
            String reply = answerOf(ask(q).andExpect(jsonPath("$.confident").value(false)));
            assertThat(reply).startsWith(PolicyAnswerer.UNSTATED).contains("详见附件一");
        }
        assertThat(answerOf(ask("各个方向的申报要素去哪里看").andExpect(jsonPath("$.confident").value(true)))).contains("附件一");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "什么时候需要提交变更请示？|变更请示",
            "组织这次申报的原因是什么|贯彻落实",
            "业务方向调整了需要重新申请吗|变更请示",
            "类型认证选哪个？怕选错|供应商",
            "我们给酒店用品厂做MES，服务行业怎么填|全行业",
            "公示期间有人提出异议，名单还会正式发布吗|正式发布",
            "谁来做评审|专家",
            "我们是跨行业跨领域的工业互联网平台，服务行业怎么选|全行业",
            "第一批申报哪一天截止|3月15日",
            "如果不同意新通知里的承诺怎么办|撤回申请",
            "我们已经入池了，如果股东变了怎么办|变更请示",
            "案例里有客户的隐私信息怎么处理|事先征得",
            "2020年交过的，不同意新通知的承诺怎么办|撤回申请",
            "公司換咗名，要點處理？|变更请示",
            "第一批错过了怎么办|第二批为2021年",
            "第一批已经超过截止时间了怎么办|第二批为2021年",
            "今年报名的时间是什么时候|2月1日",
            "入池以后还能改名字吗|变更请示",
            "评审专家都是谁组织的|产业联盟",
            "我们的服务领域有汽车、家具、纺织，在广东有十几个实施完成的案例，满足案例条件吗|一定数量",
            "平台账号注册怎么办理|进行用户注册",
            "如果我们是外资企业在广州注册的独资公司，能报吗|依法注册",
            "入池之后业务方向能不能改|变更请示",
            "注册时要上传营业执照照片吗|资质证明材料",
            "我们客户有做家具的，也有做塑料的，还有做汽车配件的，擅长行业四个都填行不行|不超过三个大类",
            "2021年资源池是一次性集中申报还是分批次？|分两批",
            "入池后每年要交申报材料吗|无须再次申报",
            "已入池的企业每年提交一次申报吗|无须再次申报",
            "2020年注册的一直没补充完善信息怎么办|补充完善",
            "佛山的企业基本审核找哪个部门|注册所在地",
            "集团下面的事业部不是独立法人，可以用事业部名义单独报吗|独立法人资格",
            "资源池怎么管理的，会不会调整|动态调整",
            // The eighth session's review: in-scope questions its first rules refused.
            "第一批来不及了，推迟到第二批再报可以吗|第二批为2021年8月1日至9月15日",
            "第一批材料准备不完的话，能延期到第二批申报吗|第二批为2021年8月1日至9月15日",
            "入选之后，会帮我们的案例对外宣传吗|典型案例宣传推介",
            "我们公司改了名字，logo也换了，资源池这边需要提交变更请示吗|提交申请变更请示",
            "我们2020年在平台注册并提交过申报，账号今年还能继续用吗|补充完善相关申报信息",
            "用手机号注册平台账号的时候，类型认证选什么|供应商",
            "2020年已经提交过申报的企业，是不是默认同意今年通知的承诺？|被视为遵守通知有关承诺",
            "公示期间没有人提异议，是不是就默认通过、正式发布了？|如无异议将予以正式发布",
            "我们是省外注册的企业，基本审核材料向谁提交？|广东省工业互联网产业联盟组织审核",
            "申报材料最后是由谁来评判的|组织工业互联网领域相关专家开展评审",
            "评审专家来自哪些领域|工业互联网领域相关专家",
            "跟广东客户签了合同但项目还没实施完的案例能算吗|已实施完成",
            "擅长跨行业的企业，服务行业要填哪几个字|全行业",
            "服务行业这个必填项在平台哪个栏目填？|服务行业（领域）",
            "我们是香港公司，只有English名称，能申报吗|含香港、澳门和台湾",
            "2020年注册过的企业今年需要提前准备些什么|补充完善相关申报信息",
            "基本审核通过以后还要再提交什么|应用产品（服务能力）审核",
            "我们股权变更了，需要重新提交变更请示吗|提交申请变更请示",
            "公司改名半年了，一直没改资源池里的资料，怎么办|提交申请变更请示",
            "公司名称变更后我们迟迟没提交变更请示，现在该怎么做|提交申请变更请示",
            "案例涉及客户隐私，客户一直没同意，怎么办？|事先征得",
            "注册时类型认证是选供应商还是需求方？|供应商",
            "联系电话是座机还是手机|020-83256806",
            "答辩通知方式有几种|电话或短信、邮件",
            "入选后重点支持一共有几项？|产业集群数字化转型",
            "入了资源池以后是不是每年都得报一次？|无须再次申报",
            "我们的业务方向每年都要更新调整，每次都要提交变更请示吗|业务方向重大变更",
            "报工业机器视觉方向，需要查阅哪个附件？|附件一",
            "公司被集团收购、经营范围也变了的话，需要提交什么|提交申请变更请示",
            // The attachments entry names it outright (V17 moved the phrasing there from the service industries).
            "附件二是什么内容|附件二《国民经济行业分类与代码",
            // The words' best is the basic review (工信局), the organizer (单位组织); the model clearly means the other, which the words found too.
            "通知是发给各市工信局的吗|各地级以上市工业和信息化",
            "评审专家是哪个单位组织的|产业联盟",
            // The eighth session's third review: in-scope questions the mended rules still refused.
            "第一批我们超时了，还有机会吗，怎么办|第二批为2021年8月1日至9月15日",
            "公司改名后一直没人通知我们要变更，怎么办|提交申请变更请示",
            "2020年在平台提交的申报一直没有结果，今年该怎么做？|补充完善相关申报信息",
            "专家评审总共有几个阶段|初步审核",
            "答辩通知的方式有几个|电话或短信、邮件",
            "我们只有1个擅长行业，够吗|三个大类",
            "已入池企业每年都要提交材料重新申报吗|无须再次申报",
            "公示期间没人提出异议，名单怎么处理|如无异议将予以正式发布",
            "我们只服务深圳的工厂，条件会不会不符合|覆盖或管理广东省全境",
            "客戶一直唔俾授權，點算？|事先征得"})
    void wordsThatMarkWhatTheNoticeLeavesOutDoNotCatchWhatItSays(String q, String fragment) throws Exception {
        // "什么时候需要" asks in which case; 调整 with 重新申请 is a change, not a comeback after removal; 原因
        // without a failure is not the reason for one;
        // 选错 and 酒店 alone are ordinary words of in-scope questions; an objection during publicity is
        // in the notice ("如无异议"), where to lodge one is not; 跨行业跨领域 is the national programme only
        // with 国家级, otherwise it is how a cross-industry platform fills in its industries.
        assertThat(answerOf(ask(q).andExpect(jsonPath("$.confident").value(true)))).contains(fragment);
    }

    private String answerOf(ResultActions r) throws Exception {
        return JsonPath.read(r.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.answer");
    }

    @Test
    void twoQuestionsInOneMessageAreBothAnswered() throws Exception {
        String uid = "oTwo" + System.nanoTime();
        String reply = answerOf(ask("我们公司在上海，主营MES工业软件。想问两点：省外注册的企业能参加吗？第二批几号截止？", uid)
                .andExpect(jsonPath("$.confident").value(true)));
        // Each answer under its own question (the background left out), the source given once.
        assertThat(reply).startsWith(SeveralQuestions.EACH_OPEN + "省外注册的企业能参加吗？" + SeveralQuestions.EACH_CLOSE)
                .contains(SeveralQuestions.EACH_OPEN + "第二批几号截止？" + SeveralQuestions.EACH_CLOSE)
                .contains("香港、澳门和台湾").contains("9月15日").doesNotContain("我们公司在上海").doesNotContain("想问两点");
        assertThat(reply.split("（依据：", -1)).hasSize(2);
        // The next message continues from the last question answered.
        assertThat(answerOf(ask("那第一批呢", uid).andExpect(jsonPath("$.confident").value(true)))).contains("3月15日");

        // Staff trying the message see how each question was read.
        Staff editor = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        mvc.perform(get("/api/staff/policy/try").param("q", "省外注册的企业能参加吗？第二批几号截止？").with(editor.auth()))
                .andExpect(jsonPath("$.reply.confident").value(true))
                .andExpect(jsonPath("$.parts.length()").value(2))
                .andExpect(jsonPath("$.parts[0].reply.topic").value("scope.who"))
                .andExpect(jsonPath("$.parts[1].reply.topic").value("timing.batches"))
                .andExpect(jsonPath("$.parts[1].candidates[0].topic").value("timing.batches"));
        mvc.perform(get("/api/staff/policy/try").param("q", "第二批几号截止？").with(editor.auth()))
                .andExpect(jsonPath("$.parts.length()").value(0));

        // One question with a question mark is still one answer; so are two that ask the same thing.
        assertThat(answerOf(ask("第二批几号截止？"))).doesNotStartWith(SeveralQuestions.EACH_OPEN);
        assertThat(answerOf(ask("第二批几号截止？第二批最后一天是哪天？"))).doesNotStartWith(SeveralQuestions.EACH_OPEN).contains("9月15日");
    }

    @Test
    void aQuestionTheNoticeDoesNotAnswerIsSaidSoBesideTheOnesItDoes() throws Exception {
        String reply = answerOf(ask("公示期是几天？第二批几号截止？").andExpect(jsonPath("$.confident").value(true)));
        assertThat(reply).startsWith(SeveralQuestions.EACH_OPEN + "公示期是几天？" + SeveralQuestions.EACH_CLOSE + "\n" + SeveralQuestions.NOT_IN_NOTICE)
                .contains(SeveralQuestions.EACH_OPEN + "第二批几号截止？" + SeveralQuestions.EACH_CLOSE).contains("9月15日");
        // Nothing is made up for the first question: the only figures are the batches'.
        assertThat(reply).doesNotContain("个工作日");
        // A question that leans on the one before it is not declared unanswered: the message is answered as one.
        assertThat(answerOf(ask("第二批几号截止？还能报吗？"))).doesNotContain(SeveralQuestions.NOT_IN_NOTICE);
        // Nor is one the notice answers that the engine only matched weakly.
        assertThat(answerOf(ask("资源池是谁组织的？电话多少？"))).doesNotContain(SeveralQuestions.NOT_IN_NOTICE);
    }

    @Test
    void aQuestionThatOnlyAsksHowLongAsksAboutTheOneBeforeIt() throws Exception {
        String reply = answerOf(ask("省外企业的基本审核由谁负责？一般要几天？"));
        assertThat(reply).contains("5个工作日").doesNotContain("截止还有");
        // Two questions answered with the same text are answered once.
        String twice = answerOf(ask("现在能报吗？还剩几天？"));
        assertThat(twice.indexOf("今天是")).isEqualTo(twice.lastIndexOf("今天是"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海的资源池怎么申报？第二批几号截止？", "答辩在哪里举行？第二批几号截止？", "高新技术企业认定怎么申报？省外企业能报吗？"})
    void aMessageWithAQuestionItCannotAnswerIsNotAnsweredInParts(String q) throws Exception {
        // Answering the rest confidently would drop the other question in silence.
        assertThat(answerOf(ask(q))).doesNotContain(SeveralQuestions.EACH_OPEN);
    }

    @Test
    void aParticularOfAnotherProgrammeGetsThePlainFallback() throws Exception {
        // Another programme's or place's particulars are not "related" to anything in this notice; nor
        // are the batches' dates to a question about when the results come (they would read as its answer).
        for (String q : List.of("高新技术企业认定要审核几天", "浙江省的资源池几号截止", "广州今天多少度", "第一批的结果大概什么时候出？")) {
            ask(q).andExpect(jsonPath("$.confident").value(false))
                    .andExpect(jsonPath("$.answer", containsString("我可以解答")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "😀😀😀", "🙏", "AND OR NOT", "*", "申报~2", "\"第二批", "第二批 (截止",
            "[2021 TO 2022]", "title:申报 AND answer:*", "'; DROP TABLE policy_entry; --", "1' OR '1'='1",
            "第二批deadline是when？ ok吗 HK公司", "\\", "申报??**~~^^", "<script>alert(1)</script>"})
    void badInputGetsANormalReplyNeverAnError(String q) throws Exception {
        ask(q).andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").isNotEmpty())
                .andExpect(jsonPath("$.answer", not(containsString("Exception"))));
        assertThat(count("SELECT COUNT(*) FROM policy_entry")).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "😀😀😀", "🙏", "！？。…"})
    void aMessageWithNothingToReadAsksForAQuestion(String q) throws Exception {
        // Nothing is left once symbols and emoji are dropped: the reply says how to ask, it does not
        // search on nothing and offer the closest questions as if something had been asked.
        ask(q).andExpect(status().isOk())
                .andExpect(jsonPath("$.confident").value(false))
                .andExpect(jsonPath("$.answer", containsString("请直接输入您想了解的问题")));
    }

    @Test
    void aFiveThousandCharacterQuestionIsAnsweredQuickly() throws Exception {
        String q = "第二批几号截止".repeat(700);
        assertThat(q.length()).isGreaterThanOrEqualTo(4900);
        ask(q).andExpect(status().isOk()).andExpect(jsonPath("$.answer").isNotEmpty());
        mvc.perform(get("/api/public/policy/answer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.confident").value(false));
    }

    @Test
    void staffEditTheKnowledgeBaseAndEveryNodeSeesItWithinSeconds() throws Exception {
        Staff editor = api.staff(StaffRole.ALLIANCE_REVIEWER, null);
        String body = "{\"topicKey\":\"test.matchmaking\",\"title\":\"供需对接活动报名\",\"answer\":\"供需对接活动请关注公众号推送的报名链接。\","
                + "\"sourceSection\":\"四（三）\",\"questions\":[\"供需对接活动怎么报名\",\"对接会在哪报名\"]}";
        String created = mvc.perform(post("/api/staff/policy/entries").with(editor.auth())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = api.read(created).get("id").asLong();
        ask("供需对接活动怎么报名").andExpect(jsonPath("$.topic").value("test.matchmaking"));
        mvc.perform(get("/api/staff/policy/try").param("q", "供需对接活动怎么报名").with(editor.auth()))
                .andExpect(jsonPath("$.reply.confidence").isNumber())
                .andExpect(jsonPath("$.candidates[0].topic").value("test.matchmaking"))
                .andExpect(jsonPath("$.candidates[1]").exists());

        // Another node's edit arrives only through the database: the scheduled refresh picks it up.
        jdbc.update("UPDATE policy_entry SET answer = '供需对接活动报名已截止。', version = version + 1 WHERE id = ?", id);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String answer = "";
        while (Instant.now().isBefore(deadline) && !answer.contains("已截止")) {
            Thread.sleep(200);
            answer = api.read(ask("供需对接活动怎么报名").andReturn().getResponse().getContentAsString()).get("answer").asText();
        }
        assertThat(answer).contains("供需对接活动报名已截止");

        mvc.perform(post("/api/staff/policy/entries/{id}/disable", id).with(editor.auth())).andExpect(status().isOk());
        ask("供需对接活动怎么报名").andExpect(jsonPath("$.topic", not("test.matchmaking")));
    }

    @Test
    void entriesAreValidatedAndOnlyStaffEditThem() throws Exception {
        Staff editor = api.staff(StaffRole.ADMIN, null);
        int before = count("SELECT COUNT(*) FROM policy_entry");
        mvc.perform(post("/api/staff/policy/entries").with(editor.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topicKey\":\"x.long\",\"title\":\"太长\",\"answer\":\"" + "字".repeat(301)
                                + "\",\"sourceSection\":\"一\",\"questions\":[\"问\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(post("/api/staff/policy/entries").with(editor.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topicKey\":\"x.noq\",\"title\":\"无问法\",\"answer\":\"答\",\"sourceSection\":\"一\",\"questions\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/staff/policy/entries").with(editor.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topicKey\":\"timing.batches\",\"title\":\"重复\",\"answer\":\"答\",\"sourceSection\":\"一\",\"questions\":[\"问\"]}"))
                .andExpect(status().isConflict());
        // The key is compared as it is stored, without the spaces around it.
        mvc.perform(post("/api/staff/policy/entries").with(editor.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topicKey\":\" timing.batches \",\"title\":\"重复\",\"answer\":\"答\",\"sourceSection\":\"一\",\"questions\":[\"问\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("topicKey"));
        assertThat(count("SELECT COUNT(*) FROM policy_entry")).isEqualTo(before);
        // A dynamic entry's own text may be blank, but never longer than any answer (the column holds 600).
        mvc.perform(post("/api/staff/policy/entries").with(editor.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topicKey\":\"dynamic.x-long\",\"title\":\"太长\",\"answer\":\"" + "字".repeat(700)
                                + "\",\"sourceSection\":\"一\",\"questions\":[\"问\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        assertThat(count("SELECT COUNT(*) FROM policy_entry")).isEqualTo(before);
        // The key is set at creation: naming another (a dynamic one, say, to skip the answer's checks) is refused, and nothing changes.
        long who = jdbc.queryForObject("SELECT id FROM policy_entry WHERE topic_key = 'scope.who'", Long.class);
        String answerBefore = jdbc.queryForObject("SELECT answer FROM policy_entry WHERE id = ?", String.class, who);
        for (String key : List.of("dynamic.anything", "scope.other")) {
            mvc.perform(put("/api/staff/policy/entries/{id}", who).with(editor.auth()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"topicKey\":\"" + key + "\",\"title\":\"谁可以申报\",\"answer\":\"\",\"sourceSection\":\"一\",\"questions\":[\"谁可以申报\"]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("topicKey"));
        }
        assertThat(jdbc.queryForObject("SELECT answer FROM policy_entry WHERE id = ?", String.class, who)).isEqualTo(answerBefore);
        mvc.perform(post("/api/staff/policy/entries").with(api.staff(StaffRole.CITY_REVIEWER, "440100").auth())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/staff/policy/entries/{id}", 1).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
