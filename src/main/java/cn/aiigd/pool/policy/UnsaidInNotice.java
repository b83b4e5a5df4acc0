package cn.aiigd.pool.policy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks that the notice does not say, whatever its words match: a review stage's date,
 * reapplying after failing, a direction's own requirements, a situation the entry never describes, a
 * step gone unanswered, a duty recurring after joining, moving a deadline, an appeal, what to prepare
 * for a defense, a particular the entry does not hold. Read against the entry the words found best.
 */
final class UnsaidInNotice {

    /** Every reason for declining that says the notice does not give what is asked begins with this. */
    static final String LACKS = "问的是";

    /**
     * @param reason why the notice does not answer the question, for staff; null when nothing here says so
     * @param missingParticular the entry does not hold the particular asked (a figure, a date, a place …)
     * @param unstatedInEntry declined because the entry does not hold what is asked, not because the
     *     question is about something else: the reply can still give what the notice does say
     * @param stageDateQuestion asks when a review stage takes place
     */
    record Reading(String reason, boolean missingParticular, boolean unstatedInEntry, boolean stageDateQuestion) {
    }

    /** A month named ("9月底", "十月" once normalized): the question is about when. */
    private static final Pattern MONTH = Pattern.compile("\\d{1,2}月");

    /**
     * Words that ask what a thing itself requires ("具体要求", "要求几个案例", "必须有自研硬件吗"), not
     * whether an applicant meets the general conditions ("申报条件是什么", "需要满足哪些条件") or must do
     * something ("要不要单独选类别").
     */
    private static final Pattern OWN_REQUIREMENTS = Pattern.compile(
            "要素|方向\\S{0,12}(门槛|限制|讲究|规定|得是)|具体要求|具体条件|什么要求|哪些要求|数量要求|要求几|要求一定|有没有.{0,6}要求|有要求没|是否要求|要求.{0,10}吗|(哪些|什么)(证明)?材料"
            + "|(必须|一定要|要不要|需不需要)(有|具备|是|跟|与|和|自研|自己|取得)|需要(跟|与|和)|需要(什么|哪些)资质|需要几");

    /**
     * "如果……", "万一……": the situation a question supposes, up to the next pause (the normalizer has
     * turned punctuation into spaces). 要是 only where it opens a clause (not 主要是, 需要是), and not who
     * the applicant is ("如果我们是外资企业"), which the entries on who may apply answer.
     */
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?:如果|(?:^|\\s|我们|我司|公司|企业|但|可|那)要是|假如|假使|万一|一旦|假设|倘若|若是)(?!(?:我们|我司|本公司|公司|企业)?是)(\\S{2,24})");
    /**
     * "现场考察在工作日还是周末", "答辩在广州还是深圳": a choice between alternatives. When the second one is
     * something the entry never speaks of, and so is the first, the entry cannot say which; when it
     * speaks of the first ("类型认证选供应商还是需求方"), it says so by giving it. 还是 as "still" ("还是要提交吗",
     * "还是不清楚") is not a choice.
     */
    private static final Pattern EITHER_OR = Pattern.compile(
            "(\\S{1,6})还是(?!要|需要|会|得|可以|能|不|没|有|说|按|先|在|照|那|这|一样)(\\S{2,8}?)(?:呢|吗|啊|呀|嘛|哦)?$");
    /**
     * "入池后每年要交总结材料吗", "需要每半年报一次数据吗": a duty that recurs after joining. The notice
     * sets none (members need not apply again, which the entry on members says; "每年都要申报吗" is not
     * caught here, nor "每年提交一次申报吗", "每年都得报一次吗", "要每年提交变更请示吗", nor the pool's own
     * renewal "资源池每年更新吗" or a business's "每年都要更新调整").
     */
    private static final Pattern PERIODIC_DUTY = Pattern.compile(
            "(每年|每一年|每半年|每季度|每个季度|按季度|按年度|每个月|每月|定期|年年)(都|还)?(要|需要|得|需|必须)?(交|报送|报一次(?=数据|材料|情况|报告)|提交|更新(?=一次|资料|信息|材料|数据)|接受|汇报|上报|填报|年审|年检|复审|考核|续期|续费|缴)(?!\\S{0,8}(申报|报名|申请|变更))");
    /**
     * "没通过能不能改了重新提交", "撤回以后还能再报吗": submitting again, read only beside a failure or a
     * withdrawal (a concept of its own would pull "需要重新提交变更请示吗" away from the change entry).
     */
    private static final Pattern RESUBMIT = Pattern.compile("重新提交|再提交(?!什么|哪些|啥)|再报|重新报|重新申报|再申请");
    /** "已撤回的申请后面还能重新提交吗"; not the 2020 registrants' choice "撤回重新提交还是补充完善". */
    private static final Pattern RESUBMIT_AFTER_WITHDRAWAL = Pattern.compile(
            "撤回\\S{0,10}(后面|以后|之后)\\S{0,2}还能(重新提交|再提交|再报|重新报|重新申报|再申请)");
    /**
     * "第一批截止能延期吗", "截止日期能不能往后推几天": the notice sets the deadlines and says nothing of moving
     * them. Moving on to the second batch ("能推迟到第二批报吗") is answered by the batches.
     */
    private static final Pattern DEADLINE_EXTENSION = Pattern.compile(
            "((截止|截至|期限|deadline|ddl)\\S{0,10}(延期|延长|推迟|顺延|延后|往后推|推后|往后延|晚几天|会不会变|会变吗)"
            + "|(可以|能|能不能|可否|可不可以)(延期|延长|延后|顺延|晚几天|多给几天)|还会再延长|会往后延)(?!\\S{0,4}(第二批|下一批|二批|下批))");
    /**
     * "对公示结果有异议要向谁提", "对评审结果不认可，有什么渠道反映": where to appeal a result, which the
     * notice does not say. An objection to the new commitments ("对今年通知里的承诺有异议") is answered by
     * the entry on 2020 registrants (withdraw).
     */
    private static final Pattern APPEAL = Pattern.compile(
            "(结果|名单|评审|公示|评分|打分)\\S{0,8}(?<!没有|没|无|没人提出|没人提|没有人提出|没有人提)(异议|不服|不认可|不满意|有误|有错误|争议|不公平)\\S{0,3}\\s?\\S{0,12}"
            + "(向谁|找谁|哪个部门|什么渠道|哪里反映|怎么反映|如何反映|怎么提|如何提|怎么处理|如何处理|怎么办|找哪|纠正)");
    /** "现场考察需要我们准备什么", "答辩之前要预先准备什么材料": the notice says how defenses are announced, not what to bring. */
    private static final Pattern PREPARING_FOR_STAGE = Pattern.compile(
            "(答辩|考察|评审|答辯)\\S{0,10}((提前|预先|事先)?(准备|预备)好?(什么|哪些|啥|些什么|乜)|做好哪些准备|需要做哪些准备)");
    /** "需要查阅哪个附件", "看哪份文档": where the requirements are written, which the directions entry says. */
    private static final Pattern WHERE_IT_IS_WRITTEN = Pattern.compile("附件|查阅|文档|文件|哪份");
    /** A direction's requirement asked in so many words: "相机需要国产吗", "要不要算法备案" (with a word no phrasing has). */
    private static final Pattern REQUIRES = Pattern.compile("要不要|需不需要|需要|必须|一定要|是否要|得是|要通过|要接入");
    /**
     * Suppositions the notice does cover: who the applicant is ("如果我们今年刚在佛山注册成立", "假如在香港注册")
     * and a change to it ("一旦控股股东从国企变成民企").
     */
    private static final Pattern COVERED_SUPPOSITION = Pattern.compile(
            "注册|成立|法人|子公司|分公司|总部|外资|独资|港资|台资|合资|变成|改成|换成|变更|变了|变动|改名|更名|股东|收购|并购|控股|经营范围");
    /** One foreign word in the supposed situation lost six development questions in scope; two lost none. */
    static final int FOREIGN_WORDS_OF_UNSEEN_SITUATION = 2;

    private UnsaidInNotice() {
    }

    /**
     * @param text the normalized question
     * @param asked its asking clause
     * @param c its concepts
     * @param top the entry the words found best, or null
     * @param otherConcept a concept of another programme the question names, or null
     * @param otherPool whether it asks about another province's (or the national) pool
     */
    static Reading read(PolicyIndex index, String text, String asked, Set<String> c, PolicyIndex.Hit top, String otherConcept,
                        boolean otherPool) {
        // "When is the defense / on-site visit / result?": the notice gives no dates for the review
        // stages, only for the batches and the basic review.
        boolean stageDateQuestion = (c.contains("when") || c.contains("start") || c.contains("now") || MONTH.matcher(text).find())
                && (c.contains("defense") || c.contains("onsite") || c.contains("prelim") || c.contains("expert")
                || c.contains("result") || c.contains("announce"))
                && !c.contains("basicreview") && !c.contains("register");
        // "Can we apply again after failing?" and "why did we fail?": the notice does not say.
        // How the basic review's result is announced is not in the notice either.
        boolean basicReviewNotice = c.contains("notify") && c.contains("basicreview") && !c.contains("fail") && !c.contains("defense");
        boolean reasonForFailure = c.contains("fail") && text.contains("原因");
        boolean reapplyAfterFailure = (c.contains("fail") && (c.contains("apply") || c.contains("batch2")) && !c.contains("notify"))
                || ((c.contains("fail") || c.contains("withdraw") || c.contains("dynamic")) && !c.contains("change")
                        && (c.contains("reapply") || (c.contains("fail") && RESUBMIT.matcher(text).find() && !c.contains("batch2"))
                        || RESUBMIT_AFTER_WITHDRAWAL.matcher(text).find()));
        // A question that asks for a number, a date or a place is only answered by an entry that has one to give.
        String answer = top == null ? "" : top.entry().answer();
        boolean missingParticular = top != null && !top.entry().isDynamic()
                && (AskedParticulars.missingFrom(asked, answer) || AskedParticulars.asksIfCountEnough(text, answer)
                || unseenAlternative(index, top, asked));
        // "Does the 5G direction go under the network or the platform category?": the notice lists
        // the new directions and the four categories but never maps the one onto the other.
        boolean directionToCategory = ConceptDictionary.DIRECTIONS.stream().anyMatch(c::contains)
                && ConceptDictionary.CATEGORIES.stream().filter(c::contains).count() >= 2;
        // "What does the big-data direction require?": the notice names the new directions and
        // leaves what each one requires to its attachment 1, which it does not reproduce.
        boolean directionRequirement = top != null && top.entry().answer().contains("详见附件")
                && ConceptDictionary.DIRECTIONS.stream().anyMatch(c::contains) && !c.contains("category")
                && (OWN_REQUIREMENTS.matcher(asked).find()
                || (REQUIRES.matcher(asked).find() && !WHERE_IT_IS_WRITTEN.matcher(asked).find() && !index.unknownWords(index.features(asked)).isEmpty()));
        boolean periodicDuty = PERIODIC_DUTY.matcher(text).find();
        boolean deadlineExtension = DEADLINE_EXTENSION.matcher(text).find();
        boolean appeal = APPEAL.matcher(text).find();
        boolean preparing = PREPARING_FOR_STAGE.matcher(text).find();
        // "如果答辩通知发得很临时我们赶不过去，能不能换一场": a situation the entry never describes (two
        // or more of its words foreign to the entry) has no answer there, however well the rest matches.
        boolean unseenSituation = top != null && !top.entry().isDynamic()
                && unseen(index, top.entry(), HYPOTHETICAL.matcher(text));
        // "审核超过5个工作日还没结果怎么办": the notice says how long steps take, not what to do when they overrun.
        boolean overdueRemedy = top != null && !top.entry().isDynamic() && AskedParticulars.asksRemedyForOverdue(text)
                && !AskedParticulars.holdsRemedy(top.entry().answer());
        // What the notice does not say, whatever the words match: the reason, for staff, or null.
        String unsaid = otherConcept != null ? LACKS + "其他项目或通知未涉及的事项（" + otherConcept + "）"
                : otherPool ? LACKS + "其他省份或国家的资源池"
                : stageDateQuestion ? LACKS + "评审各环节的日期，通知没有给出"
                : reapplyAfterFailure ? LACKS + "落选或撤回后能否再报，通知没有说"
                : reasonForFailure ? LACKS + "未通过的原因，通知没有说"
                : basicReviewNotice ? LACKS + "基本审核结果怎么通知，通知没有说"
                : directionToCategory ? LACKS + "新方向归哪个类别，通知没有对应"
                : directionRequirement ? LACKS + "某个方向的具体要素条件，通知只说详见附件"
                : unseenSituation ? LACKS + "通知没有说到的情形"
                : overdueRemedy ? LACKS + "某一步超时或没有回音怎么办，通知没有说"
                : periodicDuty ? LACKS + "入池后定期要做的事，通知没有规定"
                : deadlineExtension ? LACKS + "截止时间能否延后，通知没有说"
                : appeal ? LACKS + "对结果有异议向哪里提出，通知没有说"
                : preparing ? LACKS + "答辩或考察要准备什么，通知没有说"
                : null;
        // Declined because the entry the words found does not hold what is asked (not because the
        // question is about something else): the reply can still give what the notice does say.
        boolean unstatedInEntry = otherConcept == null && !otherPool
                && (stageDateQuestion || reapplyAfterFailure || reasonForFailure || basicReviewNotice || directionToCategory || directionRequirement
                || unseenSituation || overdueRemedy || periodicDuty || deadlineExtension || appeal || preparing || missingParticular);
        return new Reading(unsaid, missingParticular, unstatedInEntry, stageDateQuestion);
    }

    /** Whether a question offers a choice whose second alternative the entry never speaks of (see {@link #EITHER_OR}). */
    private static boolean unseenAlternative(PolicyIndex index, PolicyIndex.Hit top, String askingClause) {
        Matcher m = EITHER_OR.matcher(askingClause);
        KnowledgeSnapshot.Entry entry = top.entry();
        // The first alternative is spoken of when the entry uses its words or shares its topic ("座机" is the contacts' telephone).
        if (!m.find() || index.foreignWords(entry, m.group(1)).isEmpty()) {
            return false;
        }
        PolicyIndex.Features first = index.features(m.group(1));
        // What the alternatives share ("工信厅发布还是联盟发布", "总公司名义还是自己名义") does not tell them apart,
        // and a word sharing a character with the answer may name it otherwise ("分批次" for "分两批").
        return first.concepts().stream().filter(ConceptDictionary::isTopical).noneMatch(top.sharedConcepts()::contains)
                && index.foreignWords(entry, m.group(2)).stream().filter(w -> !first.words().contains(w))
                        .anyMatch(w -> w.chars().noneMatch(ch -> entry.answer().indexOf(ch) >= 0));
    }

    /** Whether a supposed situation is one the entry never describes (see {@link #FOREIGN_WORDS_OF_UNSEEN_SITUATION}). */
    private static boolean unseen(PolicyIndex index, KnowledgeSnapshot.Entry entry, Matcher situation) {
        return situation.find() && !COVERED_SUPPOSITION.matcher(situation.group(1)).find()
                && index.foreignWords(entry, situation.group(1)).size() >= FOREIGN_WORDS_OF_UNSEEN_SITUATION;
    }
}
