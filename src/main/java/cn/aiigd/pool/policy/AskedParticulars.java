package cn.aiigd.pool.policy;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of particular a question asks for — a duration or date, an amount, a count, a place —
 * and whether an answer holds one. "答辩在哪里举行" is not answered by the review stages, however well
 * its words match them, because they name no place.
 */
final class AskedParticulars {

    private static final Pattern TIME_QUESTION = Pattern.compile("几天|多久|多长时间|几个工作日|几号|几月|哪天|哪一天|哪一日|哪几天|具体日期|什么日子");
    private static final Pattern TIME_ANSWER = Pattern.compile("[0-9]+(个工作日|月|日|天)");
    /**
     * "When": a date answers it, and so does a time set by another step ("基本审核通过后", "即日起").
     * (The normalizer has already turned 几时 and 幾時 into 什么时候.)
     */
    private static final Pattern WHEN_QUESTION = Pattern.compile("什么时候|啥时候|何时");
    /** "什么时候需要提交变更请示" may ask in which case: a condition answers that ("如发生名称变更……应提交"). */
    private static final Pattern IN_WHICH_CASE = Pattern.compile("(什么时候|啥时候|何时)(需|要|应|会|必须|得|该)");
    private static final Pattern CONDITION_ANSWER = Pattern.compile("的[，,]应|如发生|如有|若|对于|凡");
    private static final Pattern RELATIVE_TIME_ANSWER = Pattern.compile("即日起|之后|以后|之前|以前|后方可|通过后|事先|提前|届时|期间|随时");
    /**
     * "基本审核超过5个工作日还没结果怎么办", "变更请示交了一直没回复怎么办": what to do when a step is
     * overdue or unanswered (not the applicant's own delay: "一直没补充完善信息怎么办"). The notice
     * gives how long steps usually take, never what to do when they take longer, so only an answer that
     * says what happens when a step overruns (see {@link #REMEDY_ANSWER}) can answer it. Other "怎么办" questions
     * ("错过第一批怎么办", "服务行业不知道怎么填怎么办") are left to the entries, which do answer them.
     */
    private static final Pattern OVERDUE_REMEDY_QUESTION = Pattern.compile(
            "(超过\\S{0,6}工作日|超时|(一直|迟迟|始终|老是|总是)不(审|批|回|理|处理|答复|通知|联系)"
            + "|(一直|迟迟|始终|老是|总是)(没|未)有?+(?!" + AskedParticulars.OWN_ACTION + ")|一拖再拖"
            + "|(还|仍|都)(没|未)有?(结果|消息|动静|回复|反馈|回音|回应|审|批|通过)|没有?人(理|回)|没有?(结果|消息|动静|回复|反馈|回音|回应|下文)).{0,16}"
            + "(怎么办(?!理)|咋办|咋整|咋弄|怎么弄|怎么搞|点算|点搞|如何是好|(该|要)怎么做|怎么处理|需要做什么)");
    /**
     * What the applicant itself has not yet done ("一直没补充完善信息", "迟迟没提交变更请示", "一直没上报"): its
     * own delay, which the entries answer, not a step of the call left waiting. 同意 is a client's
     * consent ("客户一直没同意"), which the entry on third parties' data answers.
     */
    private static final String OWN_ACTION = "补充|完善|填|提交|交|申报|报|上报|注册|登录|撤回|告知|更新|申请|变更|去|做|弄|搞|准备|改|同意|确认|签"
            + "|知道|想|会|懂|明白|搞懂|弄懂|清楚|确定|决定|选|找到|稳定|人管|人通知|人告诉|人说";
    /**
     * A missed deadline (the second batch answers it), a failure (never notified), a notice not yet
     * received (the entry on how defenses are announced) or a 2020 application still pending (the
     * entry on 2020 registrants says what to do with it) is not a step overrunning.
     */
    private static final Pattern NOT_OVERDUE = Pattern.compile(
            "截止|截至|错过|没赶上|来不及|没交|没填完|没通过|未通过|落选|收到|第一批|第二批|没报上|报不上|还有机会|2020年|去年");
    /**
     * A case about a step overrunning or going unanswered ("如超过……未收到……"). Any other condition
     * ("如不同意……", "如有疑问……", "如发生名称变更……") is about something else, not about waiting.
     */
    private static final Pattern REMEDY_ANSWER = Pattern.compile(
            "(如|若|对于|凡)[^。；;]{0,20}(超过|逾期|超期|未收到|没有收到|未能按时|延迟|延期|迟迟|未获|没有回复|未回复)");
    /** "How much / how many / what share": only a figure answers it. */
    private static final Pattern AMOUNT_QUESTION = Pattern.compile(
            "(?<![那这哪])几(家|人|位|次|年|页|台|成)|多少|比例|不低于|不少于|金额|上限|下限");
    /** "How many stages / categories": a figure or a list answers it. */
    private static final Pattern LIST_COUNT_QUESTION = Pattern.compile(
            "(?<![那这哪])几(个|项|类|步|条|点|批)");
    private static final Pattern FIGURE_ANSWER = Pattern.compile("[0-9]|[两三四五六七八九十](个|项|批|类)");
    /** An enumeration ("依次开展“初步审核”和“集中答辩”") answers "how many stages". */
    private static final Pattern LIST_ANSWER = Pattern.compile("[0-9]|[两三四五六七八九十](个|项|批|类)|、|”和“");
    /** "网址多少", "电话多少": asks for the address or number itself, not a count. */
    private static final Pattern WHICH_NUMBER = Pattern.compile("(网址|网站|电话|号码|热线|座机|链接)(是)?多少");
    /** "Which number will call us": only an answer with a telephone number gives one. */
    private static final Pattern PHONE_QUESTION = Pattern.compile("(哪个|什么|哪一个)(号码|电话|手机号)|(号码|电话|手机号|热线)(是)?(多少|哪个|什么)");
    /** "网址是什么", "申报链接发一下": only an answer with a web address gives one. */
    private static final Pattern URL_QUESTION = Pattern.compile(
            "(网址|网站地址|链接|url|域名)(是|给|发)?(多少|什么(?!时候)|哪个|啥|一下|我|呢)|(什么|哪个|啥)(网址|链接|域名)");
    private static final Pattern URL_ANSWER = Pattern.compile("https?://|www\\.|[a-z0-9-]+\\.(cn|com|net|org)\\b");
    /** A landline with its area code, a mobile or a 400 number, once the separators between its digits are gone. */
    private static final Pattern PHONE_ANSWER = Pattern.compile("(?<![0-9])(0[0-9]{2,3}[0-9]{7,8}|1[3-9][0-9]{9}|400[0-9]{7})(?![0-9])");
    /** Spaces, dashes and brackets between digits: "020-8325-6806", "（020）83256806", "020 8325 6806". */
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=[0-9])[\\s\\-－—–()（）]+(?=[0-9])|[(（](?=[0-9])");
    /** "Where is it held / where do we go": only an answer that names a place or a website answers it. */
    private static final Pattern WHERE_QUESTION = Pattern.compile(
            "哪个地方|什么地方|哪个城市|在哪里|在哪儿|在哪(?![些个一])|去哪|哪里|地点|边度|邊度|(?<![如作若])何处(?![理置])|何地");
    private static final Pattern PLACE_ANSWER = Pattern.compile(
            "http|服务平台|登录平台|公众号|栏目|模块|网站|所在地|省内|省外|境内|全境|附件");

    /** "几个专家", "几位评委", "几个案例": a count of something named right after the number word. */
    private static final Pattern COUNTED_NOUN = Pattern.compile("(?<![那这哪第])几(?:个|位|名|家|项|条|份|次|类|种)?(\\p{IsHan}{2})");
    /**
     * "案例要几个", "专家有几位": the counted thing named before the number word, when none follows it
     * ("评审有几个阶段" counts 阶段). Not kinds or items ("通知方式有几种", "支持有几项"): a list answers
     * those, which {@link #LIST_COUNT_QUESTION} checks; and a list just before the thing answers too
     * ("电话或短信、邮件等方式", "名称变更、股权结构或业务方向重大变更").
     */
    private static final Pattern NOUN_COUNTED = Pattern.compile("(\\p{IsHan}{2})(?:分别|各|都|一共|总共|每个)?(?:要|需要|得|需|至少|起码|最少|有|要求)?几(?:个|位|名|家|份|次)(?!\\p{IsHan}{2}(?<!才够|才行)(?<!才算))");
    /**
     * A count offered and asked whether it is enough, whatever the counted thing is called ("团队只有5个人，
     * 够吗", "案例有好几个了，够不够"): only an answer with a figure can say ("擅长行业最多三个" answers
     * "只有1个擅长行业，够吗"). "我们是一家澳门公司，行吗" offers no count.
     */
    private static final Pattern OFFERED_COUNT = Pattern.compile(
            "(?:只有|才有|就有|仅有|只|才|仅|有)(?:[0-9]+|[一两二三四五六七八九十]|十几|好几|几十)(?:个|位|名|项|条|份|次|种).{0,10}(" + AskedParticulars.ENOUGH_ASKED + ")");
    /** Whether a count is enough; not "行吗", which asks whether the applicant may ("香港公司有一家子公司，行不行"). */
    private static final String ENOUGH_ASKED = "够不够|够吗|够不|足够吗|够了吗|够用吗|达标吗";
    /**
     * A figure: digits or a Chinese numeral ("一定", "一般", "一些" are not figures). Ordinals and
     * words like 统一 pass too: near the counted thing that errs towards answering, which the
     * sentence model still checks.
     */
    private static final Pattern FIGURE = Pattern.compile("[0-9]|[两二三四五六七八九十百]|一(?![定般些起直同律])");
    /** How far from the counted thing its figure may stand: "不少于3个已实施完成的案例". */
    private static final int FIGURE_REACH = 8;

    private AskedParticulars() {
    }

    /**
     * Whether the asking clause asks for a date or a duration in so many words (几号, 哪天, 多久); a
     * plain "什么时候" is the when concept's, which callers check too.
     */
    static boolean asksTime(String askingClause) {
        return TIME_QUESTION.matcher(askingClause).find();
    }

    /** Whether a whole question asks what to do about an overdue or unanswered step (see {@link #OVERDUE_REMEDY_QUESTION}). */
    static boolean asksRemedyForOverdue(String question) {
        return OVERDUE_REMEDY_QUESTION.matcher(question).find() && !NOT_OVERDUE.matcher(question).find();
    }

    /**
     * Whether an answer says what happens in some case. It reads the answer's wording, which staff
     * may edit: an answer that loses its "如……" no longer answers "what if", as it should.
     */
    static boolean holdsRemedy(String answer) {
        return REMEDY_ANSWER.matcher(answer).find();
    }

    /** Whether a text holds a date or a duration. */
    static boolean holdsTime(String text) {
        return TIME_ANSWER.matcher(text).find();
    }

    /** Whether the asking clause wants a particular that the answer does not give. */
    static boolean missingFrom(String askingClause, String answer) {
        return (TIME_QUESTION.matcher(askingClause).find() && !TIME_ANSWER.matcher(answer).find())
                || (WHEN_QUESTION.matcher(askingClause).find() && !TIME_ANSWER.matcher(answer).find()
                        && !RELATIVE_TIME_ANSWER.matcher(answer).find()
                        && !(IN_WHICH_CASE.matcher(askingClause).find() && CONDITION_ANSWER.matcher(answer).find()))
                || (AMOUNT_QUESTION.matcher(askingClause).find() && !WHICH_NUMBER.matcher(askingClause).find()
                        && !FIGURE_ANSWER.matcher(answer).find())
                || (LIST_COUNT_QUESTION.matcher(askingClause).find() && !LIST_ANSWER.matcher(answer).find())
                || (WHERE_QUESTION.matcher(askingClause).find() && !PLACE_ANSWER.matcher(answer).find())
                || (PHONE_QUESTION.matcher(askingClause).find() && !holdsPhoneNumber(answer))
                || (URL_QUESTION.matcher(askingClause).find() && !URL_ANSWER.matcher(answer).find())
                || countedWithoutFigure(askingClause, answer);
    }

    /** Staff may write the hotline as "020－83256806", "(020) 8325 6806" or "020-8325-6806". */
    private static boolean holdsPhoneNumber(String answer) {
        String folded = DIGIT_SEPARATORS.matcher(Normalizer.normalize(answer, Normalizer.Form.NFKC)).replaceAll("");
        return PHONE_ANSWER.matcher(folded).find();
    }

    /**
     * Whether the question counts something the answer names but never counts: "几个专家" against
     * "组织……相关专家开展评审" (an enumeration elsewhere in the answer, "数字化、网络化", is not a
     * count of experts). Something the answer does not name at all is left to the rules above, since
     * the question may call it by another word (环节 for the stages it lists).
     */
    private static boolean countedWithoutFigure(String askingClause, String answer) {
        return countedWithoutFigure(COUNTED_NOUN.matcher(askingClause), answer, false)
                || countedWithoutFigure(NOUN_COUNTED.matcher(askingClause), answer, true);
    }

    /** Whether a question offering a count asks if it is enough, and the answer gives no figure at all. */
    static boolean asksIfCountEnough(String question, String answer) {
        return OFFERED_COUNT.matcher(question).find() && !FIGURE_ANSWER.matcher(answer).find();
    }

    /** How far before the counted thing a list may stand and count it. */
    private static final int LIST_REACH = 24;
    private static final Pattern ENUMERATION = Pattern.compile("、|或|”和“");

    private static boolean countedWithoutFigure(Matcher m, String answer, boolean listCounts) {
        while (m.find()) {
            String noun = m.group(1);
            boolean named = false;
            for (int at = answer.indexOf(noun); at >= 0; at = answer.indexOf(noun, at + 1)) {
                named = true;
                String around = answer.substring(Math.max(0, at - FIGURE_REACH), Math.min(answer.length(), at + noun.length() + FIGURE_REACH));
                if (FIGURE.matcher(around).find()
                        || (listCounts && ENUMERATION.matcher(answer.substring(Math.max(0, at - LIST_REACH), at)).find())) {
                    return false;
                }
            }
            if (named) {
                return true;
            }
        }
        return false;
    }
}
