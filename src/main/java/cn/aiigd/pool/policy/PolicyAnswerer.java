package cn.aiigd.pool.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Answers an applicant's question from the notice, or says plainly that it cannot. In order: an
 * industry lookup (GB/T 4754) when the question asks for one; otherwise the knowledge base, with the
 * previous question's topic carried into an elliptical follow-up; dynamic entries are answered from
 * the batch table and the clock. Below the confidence threshold, or for another programme's topic,
 * it never guesses: it offers the closest questions, the topics it knows and the hotline.
 */
@Service
public class PolicyAnswerer {

    static final String HOTLINE = "020-83256806";
    static final String FALLBACK = "抱歉，这个问题我暂时无法准确回答。我可以解答：申报时间、申报条件、申报类别、申报流程、"
            + "审核与评审、服务行业怎么填等。如需人工咨询，请致电联盟小蜜 " + HOTLINE + "。";
    static final String UNSTATED = "我没有在通知中找到您问的这一点。通知中与此相关的内容是：\n";
    private static final String SOURCE_PREFIX = "\n（依据：《关于组织申报广东省工业互联网产业生态供给资源池（2021年）的通知》";
    static final String PICK_HINT = "您是不是想问（回复序号即可）：";
    static final String NO_SUCH_NUMBER = "您回复的序号没有对应的问题（序号 10 分钟内有效）。请直接输入您想了解的问题，例如“第二批几号截止”“外省企业能报吗”。"
            + "如需人工咨询，请致电联盟小蜜 " + HOTLINE + "。";
    static final String EMPTY = "您好，请直接输入您想了解的问题，例如“第二批几号截止”“外省企业能报吗”“做注塑的属于哪个行业”。"
            + "如需人工咨询，请致电联盟小蜜 " + HOTLINE + "。";
    /** Another province's (or the national) resource pool: a different programme with the same words. */
    static final java.util.regex.Pattern OTHER_POOL = java.util.regex.Pattern.compile(
            "(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|海南|四川|贵州|云南|陕西"
                    + "|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|外省|其他省|别的省|国家级|国家|工信部)(省|市|自治区)?的(?:(?!广东).){0,10}资源池");
    static final int LONG_QUESTION = 30;
    /** The entry on filling in the service industries (at most three categories), as seeded. */
    static final String SERVICE_INDUSTRIES = "industries";
    /** What a question about filling in the service industries names besides the categories themselves. */
    private static final Set<String> INDUSTRY_CONCEPTS = Set.of("industry", "allind", "count");
    private static final java.util.regex.Pattern QUESTION_WORD =
            java.util.regex.Pattern.compile("吗|么|哪|什么|多少|几|怎|如何|是否|能否|可否|可以|要不要|有没有|呢|啥");
    /** The words' bar when the sentence model stands guard, and when it is switched off. */
    static final double THRESHOLD_WITH_MODEL = 0.30;
    static final double THRESHOLD_WORDS_ONLY = 0.34;
    static final double UNKNOWN_WORD_PENALTY = 0.04;
    /** Per word of the asking clause that the best entry never uses (see {@link EntryVocabulary}). */
    static final double FOREIGN_WORD_PENALTY = 0.03;
    /** The sentence model's closest entry and the words' best entry count as agreeing within this. */
    static final double MEANING_TIE = 0.01;
    /** A word match this strong needs the sentence model only to rank its entry nearly first. */
    static final double STRONG_WORD_MATCH = 0.6;
    static final double STRONG_MEANING_TIE = 0.05;
    static final double UNCOVERED_TOPIC_PENALTY = 0.05;
    /**
     * When the model finds another entry this close, and this far ahead of the words' best, the
     * question is read against that entry instead (if the words ranked it at all). 0.75 took 3 more
     * development questions in scope and answered 2 more out of scope; 0.10 ahead, 3 fewer in scope.
     */
    static final double CLEARLY_MEANT = 0.80;
    static final double CLEARLY_AHEAD = 0.05;
    static final List<String> STARTERS = List.of("申报时间是什么时候", "申报需要满足什么条件", "有哪些申报类别", "在哪里注册申报", "服务行业怎么填");

    private final PolicyIndexHolder indexes;
    private final TextNormalizer normalizer;
    private final IndustryLookup industries;
    private final DateAnswers dates;
    private final FollowUps followUps;
    private final double threshold;
    /** Null when nothing is recorded. */
    private final UnansweredQuestions unanswered;
    /** Null when the fallback's questions are not numbered for picking. */
    private final OfferedQuestions offered;
    private final SeveralQuestions several;

    /**
     * An answerer that does not record what it could not answer, nor number its suggestions
     * (evaluation and benchmarks).
     */
    PolicyAnswerer(PolicyIndexHolder indexes, TextNormalizer normalizer, IndustryLookup industries, DateAnswers dates,
                   FollowUps followUps, double threshold) {
        this(indexes, normalizer, industries, dates, followUps, threshold, null, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    PolicyAnswerer(PolicyIndexHolder indexes, TextNormalizer normalizer, IndustryLookup industries, DateAnswers dates,
                   FollowUps followUps, @Value("${pool.policy.confidence-threshold:-1}") double threshold,
                   UnansweredQuestions unanswered, OfferedQuestions offered) {
        this.unanswered = unanswered;
        this.offered = offered;
        this.indexes = indexes;
        this.normalizer = normalizer;
        this.industries = industries;
        this.dates = dates;
        this.followUps = followUps;
        this.threshold = threshold;
        this.several = new SeveralQuestions(normalizer, followUps);
    }

    /** A ranked candidate, for staff trying a question. */
    public record Candidate(String topic, String title, double score, String matchedQuestion) {
    }

    /**
     * What staff see when they try a question: the reply, the runners-up, the words the knowledge
     * base has never seen, the words the best entry never uses, which entry the sentence model
     * finds closest in meaning (null when it is off or the reply did not need it), the question as
     * the engine read it (typos spelled right) and, for a fallback, why it did not answer and
     * whether its suggestions are the closest questions (rather than the starters).
     *
     * @param parts for a message answered question by question, how each of its questions was read;
     *              the reply is then the combined one, and the candidates, words, closest entry and
     *              reading are those of the whole message read as one question. Otherwise empty.
     */
    public record Trial(PolicyAnswer reply, List<Candidate> candidates, List<String> unknownWords, List<String> foreignWords,
                        Candidate closestInMeaning, String readAs, String declinedBecause, boolean offersClosest, List<Trial> parts) {
        Trial(PolicyAnswer reply, List<Candidate> candidates, String readAs) {
            this(reply, candidates, List.of(), List.of(), null, readAs, null, false);
        }

        Trial(PolicyAnswer reply, List<Candidate> candidates, List<String> unknownWords, List<String> foreignWords,
              Candidate closestInMeaning, String readAs, String declinedBecause, boolean offersClosest) {
            this(reply, candidates, unknownWords, foreignWords, closestInMeaning, readAs, declinedBecause, offersClosest, List.of());
        }

        Trial(PolicyAnswer reply, List<Candidate> candidates, List<String> unknownWords, List<String> foreignWords,
              Candidate closestInMeaning, String readAs, String declinedBecause) {
            this(reply, candidates, unknownWords, foreignWords, closestInMeaning, readAs, declinedBecause, false);
        }
    }

    /**
     * @param uid who is asking (the follower's openid), for follow-up context; may be null
     */
    public PolicyAnswer answer(String question, String uid) {
        int number = offered == null ? 0 : OfferedQuestions.number(question);
        if (number > 0) {
            // A bare number picks from the list the reply before it numbered; with no such list it is
            // not a question, so the follower is told how to ask (and nothing is recorded).
            Optional<String> picked = offered.picked(uid, number);
            if (picked.isEmpty()) {
                return new PolicyAnswer(NO_SUCH_NUMBER, false, null, STARTERS, null, 0);
            }
            PolicyAnswer reply = answerAndKeep(picked.get(), uid);
            // The question picked heads its answer, so a number taken for something else shows at once.
            return reply.confident() ? new PolicyAnswer("「" + picked.get() + "」\n" + reply.answer(), true, reply.source(),
                    reply.suggestions(), reply.topic(), reply.confidence()) : reply;
        }
        return answerAndKeep(question, uid);
    }

    /** Answers, records what went unanswered, and numbers or forgets the follower's list of questions. */
    private PolicyAnswer answerAndKeep(String question, String uid) {
        Trial t = trial(question, uid);
        PolicyAnswer reply = t.reply();
        if (!reply.confident() && unanswered != null && !t.readAs().isEmpty()) {
            unanswered.record(question, t.candidates().isEmpty() ? null : t.candidates().get(0).topic());
        }
        if (reply.confident() && unanswered != null) {
            // A message answered in parts keeps for staff each of its questions the notice did not answer.
            List<String> asks = SeveralQuestions.separate(question);
            for (int i = 0; i < t.parts().size() && i < asks.size(); i++) {
                Trial part = t.parts().get(i);
                if (!part.reply().confident()) {
                    unanswered.record(asks.get(i), part.candidates().isEmpty() ? null : part.candidates().get(0).topic());
                }
            }
        }
        if (offered == null || uid == null || uid.isBlank()) {
            return reply;
        }
        // A number refers to the reply just before it: any other reply (an answer may itself be a
        // numbered list, like the five conditions) makes the previous list's numbers stale.
        if (t.offersClosest() && offered.offer(uid, reply.suggestions())) {
            return new PolicyAnswer(fallback(reply.suggestions(), true), false, null, reply.suggestions(), null, reply.confidence());
        }
        offered.forget(uid);
        return reply;
    }

    public Trial trial(String question, String uid) {
        String whole = normalizer.normalize(question);
        Trial single = singleTrial(question, whole, uid);
        List<String> asks = SeveralQuestions.separate(question);
        Trial each = asks.size() < 2 ? null : several.answered(asks, whole, single, uid, indexes.get(), part -> trialOf(part, null));
        return each == null ? single : each;
    }

    private Trial singleTrial(String question, String normalized, String uid) {
        Trial whole = trialOf(normalized, uid);
        String focus = normalizer.normalize(questionClause(question));
        if (whole.reply().confident() || focus.isEmpty() || focus.length() == normalized.length()) {
            return whole;
        }
        // A long message with background ("我们是做 MES 的……想问下第一批最晚哪天？") is read again by
        // its question alone: the background should not drown it.
        Trial focused = trialOf(focus, uid);
        return focused.reply().confident() ? focused : whole;
    }

    /** The clause that carries the question, with the one before it; empty for short messages. */
    static String questionClause(String question) {
        if (question == null || question.length() <= LONG_QUESTION) {
            return "";
        }
        String[] clauses = question.split("[，,。.？?！!；;\\s]+");
        for (int i = clauses.length - 1; i >= 0; i--) {
            if (QUESTION_WORD.matcher(clauses[i]).find()) {
                return (i > 0 ? clauses[i - 1] + " " : "") + clauses[i];
            }
        }
        return "";
    }

    /** The last clause of a normalized question that asks something: where a "how many" is meant. */
    static String askingClause(String normalized) {
        String[] parts = normalized.split(" ");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (QUESTION_WORD.matcher(parts[i]).find()) {
                return parts[i];
            }
        }
        return normalized;
    }

    private Trial trialOf(String text, String uid) {
        Trial t = analysed(text, uid);
        PolicyIndex index = indexes.get();
        KnowledgeSnapshot.Entry verbatim = text.isEmpty() ? null : index.ownerOfPhrasing(text);
        if (verbatim == null || (t.reply().confident() && verbatim.topicKey().equals(t.reply().topic()))) {
            return t;
        }
        // Asked exactly as one of an entry's phrasings: staff said what it means, whatever the rules make of its words.
        followUps.remember(uid, index.features(text).concepts());
        return new Trial(answerFrom(verbatim, 1.0), t.candidates(), t.unknownWords(), t.foreignWords(), t.closestInMeaning(), t.readAs(), null);
    }

    /**
     * What the words found for a question: spelled, read and searched once per answer, whichever
     * entry the question is then read against.
     */
    private record Found(String text, PolicyIndex.Features features, boolean followUp, List<PolicyIndex.Hit> hits) {

        /** The same finding led by another entry the words ranked; empty when they did not rank it. */
        Optional<Found> ledBy(String topicKey) {
            Optional<PolicyIndex.Hit> lead = hits.stream().filter(h -> h.entry().topicKey().equals(topicKey)).findFirst();
            return lead.map(l -> {
                List<PolicyIndex.Hit> reordered = new ArrayList<>(hits);
                reordered.remove(l);
                reordered.add(0, l);
                return new Found(text, features, followUp, reordered);
            });
        }
    }

    /**
     * A question's sentence vector and its closeness to every entry, each worked out at most once per
     * answer however many entries it is read against (with the question model, going over every
     * phrasing is no longer small beside the encoding).
     */
    private static final class QuestionMeaning {
        private SemanticIndex.Closeness closeness;
        private boolean encoded;

        SemanticIndex.Reading against(PolicyIndex index, String text, KnowledgeSnapshot.Entry entry) {
            if (!encoded) {
                closeness = index.closenessOf(index.meaningOf(text));
                encoded = true;
            }
            return index.readMeaning(closeness, entry);
        }
    }

    private Trial analysed(String text, String uid) {
        if (text.isEmpty()) {
            return new Trial(new PolicyAnswer(EMPTY, false, null, STARTERS, null, 0), List.of(), text);
        }
        PolicyIndex index = indexes.get();
        text = index.spelled(text);
        // Read once: with the per-question cache off (or a question never seen) this is smartcn's work.
        PolicyIndex.Features features = index.features(text);
        // An industry question that asks for something the table does not hold ("41 具体包括哪些产品")
        // is left to the out-of-scope rules below.
        boolean outOfScopeAsk = features.concepts().stream().anyMatch(ConceptDictionary::isOutOfScope);
        Optional<KnowledgeSnapshot.Entry> fillingIn = outOfScopeAsk ? Optional.empty() : fillingInSeveral(index, text, features);
        if (fillingIn.isPresent()) {
            return new Trial(answerFrom(fillingIn.get(), 1.0), List.of(), text);
        }
        Optional<IndustryLookup.Match> industry = outOfScopeAsk ? Optional.empty()
                : industries.find(text, index.snapshot().industryKeywords(), index.snapshot().industries());
        if (industry.isPresent()) {
            return new Trial(new PolicyAnswer(withSource(industries.answer(industry.get()), "四（五）、附件二"), true,
                    "四（五）、附件二", List.of(), "industry.lookup", 1.0), List.of(), text);
        }
        boolean followUp = false;
        if (FollowUps.looksElliptical(text)) {
            Optional<Set<String>> previous = followUps.previousConcepts(uid);
            if (previous.isPresent()) {
                followUp = true;
                Set<String> merged = new LinkedHashSet<>(features.concepts());
                merged.addAll(FollowUps.carryOver(previous.get(), features.concepts()));
                features = new PolicyIndex.Features(merged, features.words(), features.bigrams());
            }
        }
        return decided(index, new Found(text, features, followUp, index.search(features, 5)), uid, true, new QuestionMeaning());
    }

    /**
     * Whether the entry the words rank first answers the question, and the reply.
     *
     * @param secondOpinion whether, when the sentence model clearly means another entry the words also
     *     ranked, the question may be read against that entry instead (once: not from that reading)
     */
    private Trial decided(PolicyIndex index, Found found, String uid, boolean secondOpinion, QuestionMeaning meaningOfText) {
        String text = found.text();
        PolicyIndex.Features features = found.features();
        boolean followUp = found.followUp();
        List<PolicyIndex.Hit> hits = found.hits();
        List<Candidate> candidates = hits.stream()
                .map(h -> new Candidate(h.entry().topicKey(), h.entry().title(), round(h.score()), h.matchedQuestion())).toList();
        String otherConcept = features.concepts().stream().filter(ConceptDictionary::isOutOfScope).findFirst().orElse(null);
        PolicyIndex.Hit top = hits.isEmpty() ? null : hits.get(0);
        // Words the knowledge base has never seen usually mean the question is about something else
        // ("答辩在哪里举行", "英文怎么说"): each one raises the bar.
        int unknown = index.unknownWords(features).size();
        // So do topics the question names that the best match does not cover: "答辩能线上参加吗"
        // matches the review stages, but nothing there speaks to taking part online.
        long uncovered = top == null ? 0 : features.concepts().stream()
                .filter(ConceptDictionary::isTopical).filter(x -> !top.sharedConcepts().contains(x)).count();
        // And words of the asking clause that the best entry never uses: "答辩在哪里举行" matches the
        // review stages on 答辩, but they say nothing about where anything is held.
        String asked = askingClause(text);
        List<String> foreign = top == null ? List.of()
                : asked.equals(text) ? index.foreignWords(top.entry(), features.words()) : index.foreignWords(top.entry(), asked);
        double base = threshold >= 0 ? threshold : index.hasSemantics() ? THRESHOLD_WITH_MODEL : THRESHOLD_WORDS_ONLY;
        double bar = base + UNKNOWN_WORD_PENALTY * Math.min(unknown, 3) + UNCOVERED_TOPIC_PENALTY * Math.min(uncovered, 3)
                + FOREIGN_WORD_PENALTY * Math.min(foreign.size(), 3);
        Set<String> c = features.concepts();
        boolean unbackedMeaningQuestion = features.concepts().stream().anyMatch(ConceptDictionary::isSoftOutOfScope)
                && (top == null || top.sharedConcepts().stream().noneMatch(ConceptDictionary::isTopical));
        UnsaidInNotice.Reading lacking = UnsaidInNotice.read(index, text, asked, c, top, otherConcept, OTHER_POOL.matcher(text).find());
        String unsaid = lacking.reason();
        boolean missingParticular = lacking.missingParticular();
        boolean unstatedInEntry = lacking.unstatedInEntry();
        boolean stageDateQuestion = lacking.stageDateQuestion();
        String declined = unsaid != null ? unsaid
                : top == null || top.sharedConcepts().isEmpty() ? "没有匹配到任何条目的关键概念"
                : unbackedMeaningQuestion ? "问的事项通知未涉及，匹配也没有落在主题概念上"
                : missingParticular ? UnsaidInNotice.LACKS + "时间、地点、金额/比例或数量，最接近的条目答案里没有"
                : top.score() < bar ? String.format(java.util.Locale.ROOT, "匹配度 %.2f 低于门槛 %.2f（未识别的词 %d 个、条目未覆盖的主题 %d 个、条目从未用过的词 %d 个）",
                        top.score(), bar, unknown, uncovered, foreign.size())
                : null;
        boolean confident = declined == null;
        // The words point to an entry: the sentence model must agree that the question means that
        // entry, and recognise it well enough. Two different ways of reading that pick the same
        // entry rarely both go wrong; when they differ, the reply offers the closest questions
        // instead of a fact that may not be what was asked. A follow-up ("那第二批呢") borrows its
        // topic from the question before, which its own words cannot show, so it is not checked —
        // unless it brings words of its own that the entry never uses ("那广州今天多少度").
        Candidate meaning = null;
        boolean cleanFollowUp = followUp && foreign.isEmpty() && unknown == 0;
        if (confident && !cleanFollowUp && index.hasSemantics()) {
            SemanticIndex.Reading r = meaningOfText.against(index, text, top.entry());
            if (r == null) {
                declined = "语义模型暂不可用";
                confident = false;
            } else {
                SemanticIndex.Match m = r.closest();
                meaning = new Candidate(m.entry().topicKey(), m.entry().title(), round(m.score()), null);
                declined = disagreement(r, top.score());
                confident = declined == null;
                if (!confident && secondOpinion && m.entry() != top.entry() && m.score() >= CLEARLY_MEANT
                        && m.score() - r.forEntry() >= CLEARLY_AHEAD) {
                    // The model clearly means another entry the words also found ("通知是发给各市工信局的吗": the
                    // words' best is the basic review, the model's the recipients): that entry, read through
                    // the same rules — its own words must clear the bar, and it must hold what is asked.
                    Optional<Trial> alternative = found.ledBy(m.entry().topicKey())
                            .map(other -> decided(index, other, uid, false, meaningOfText));
                    if (alternative.isPresent() && alternative.get().reply().confident()) {
                        return alternative.get();
                    }
                }
            }
        }
        boolean declinedForParticular = unsaid == null && top != null && !top.sharedConcepts().isEmpty()
                && !unbackedMeaningQuestion && missingParticular;
        // A date shown beside a question about when is easily taken for its answer: no related text then.
        boolean asksWhen = stageDateQuestion || c.contains("when") || AskedParticulars.asksTime(asked);
        if (top != null && unstatedInEntry && (unsaid != null || declinedForParticular) && top.score() >= bar
                && !datesBesideWhen(top.entry(), asksWhen)) {
            SemanticIndex.Reading r = index.hasSemantics() ? meaningOfText.against(index, text, top.entry()) : null;
            if (!index.hasSemantics() || (r != null && disagreement(r, top.score()) == null)) {
                // The words (and the meaning, with the model) point at one entry, which does not hold
                // the particular asked: say so, and give what the notice does say on the matter.
                Candidate read = r == null ? null
                        : new Candidate(r.closest().entry().topicKey(), r.closest().entry().title(), round(r.closest().score()), null);
                String reply = UNSTATED + withSource(top.entry().answer(), top.entry().source()) + "\n如需确认，请致电联盟小蜜 " + HOTLINE + "。";
                return new Trial(new PolicyAnswer(reply, false, null, List.of(), top.entry().topicKey(), round(top.score())),
                        candidates, index.unknownWords(features), foreign, read, text, declined);
            }
        }
        if (!confident) {
            // The closest questions are offered unless the question is about something else altogether
            // (another programme with nothing of this call's in it): "答辩要穿正装吗" is declined, but
            // "怎么通知答辩" may still be what the applicant wants next.
            boolean offerClosest = unsaid == null || (top != null && top.sharedConcepts().stream().anyMatch(ConceptDictionary::isTopical));
            List<String> closest = new ArrayList<>();
            for (PolicyIndex.Hit h : hits) {
                if (closest.size() < 3 && h.score() > 0.1 && offerClosest) {
                    closest.add(h.matchedQuestion());
                }
            }
            return new Trial(new PolicyAnswer(fallback(closest, false), false, null, closest.isEmpty() ? STARTERS : closest, null,
                    top == null ? 0 : round(top.score())), candidates, index.unknownWords(features), foreign, meaning, text, declined,
                    !closest.isEmpty());
        }
        followUps.remember(uid, features.concepts());
        return new Trial(answerFrom(top.entry(), top.score()), candidates, index.unknownWords(features), foreign, meaning, text, null);
    }

    /** What the assistant can answer and the hotline, then the closest questions: numbered when a number can pick one. */
    private static String fallback(List<String> closest, boolean numbered) {
        if (closest.isEmpty()) {
            return FALLBACK;
        }
        if (!numbered) {
            return FALLBACK + "\n您是不是想问：" + String.join("；", closest) + "？";
        }
        StringBuilder b = new StringBuilder(FALLBACK).append('\n').append(PICK_HINT);
        for (int i = 0; i < closest.size(); i++) {
            b.append('\n').append(i + 1).append(". ").append(closest.get(i));
        }
        return b.toString();
    }

    /** Whether an entry's text, shown beside a question about when, would read as its answer. */
    private static boolean datesBesideWhen(KnowledgeSnapshot.Entry entry, boolean asksWhen) {
        return entry.isDynamic() || (asksWhen && AskedParticulars.holdsTime(entry.answer()));
    }

    /** Why the sentence model's reading does not back the words' entry, or null when it does. */
    private static String disagreement(SemanticIndex.Reading r, double wordScore) {
        SemanticIndex.Match m = r.closest();
        double tie = wordScore >= STRONG_WORD_MATCH ? STRONG_MEANING_TIE : MEANING_TIE;
        if (m.score() - r.forEntry() > tie) {
            return String.format(java.util.Locale.ROOT, "语义模型认为更接近「%s」（%.2f，该条目 %.2f）", m.entry().title(), m.score(), r.forEntry());
        }
        if (r.forEntry() < r.bar()) {
            return String.format(java.util.Locale.ROOT, "语义模型对该条目的相似度 %.3f 低于 %.3f", r.forEntry(), r.bar());
        }
        return null;
    }

    /**
     * "擅长行业我想写汽车、通用设备、专用设备、电气机械四个，行吗": naming three categories or more while
     * filling in the service industries asks how many may be filled in, when that is all it asks about
     * ("……这三个行业都要有广东的案例吗" asks about cases, and goes to the index). The entry is the seeded
     * one on the service industries; without it (disabled or renamed by staff) the rule stands aside.
     */
    private Optional<KnowledgeSnapshot.Entry> fillingInSeveral(PolicyIndex index, String text, PolicyIndex.Features features) {
        if (!industries.namesSeveral(text, index.snapshot().industryKeywords(), index.snapshot().industries())) {
            return Optional.empty();
        }
        boolean onlyIndustries = features.concepts().stream().filter(ConceptDictionary::isTopical)
                .allMatch(INDUSTRY_CONCEPTS::contains);
        return onlyIndustries ? index.snapshot().entries().stream().filter(e -> e.topicKey().equals(SERVICE_INDUSTRIES)).findFirst()
                : Optional.empty();
    }

    private PolicyAnswer answerFrom(KnowledgeSnapshot.Entry e, double score) {
        String body = e.isDynamic() ? dates.answer(e.topicKey()) : e.answer();
        return new PolicyAnswer(withSource(body, e.source()), true, e.source(), List.of(), e.topicKey(), round(score));
    }

    /** One entry's answer as the chat gives it (menu buttons ask for a topic, not a question). */
    public Optional<PolicyAnswer> topic(String topicKey) {
        return indexes.get().snapshot().entries().stream().filter(e -> e.topicKey().equals(topicKey)).findFirst()
                .map(e -> answerFrom(e, 1.0));
    }

    static String withSource(String body, String source) {
        return body + SOURCE_PREFIX + source + "）";
    }

    static String withoutSource(String answer) {
        int at = answer.lastIndexOf(SOURCE_PREFIX);
        return at < 0 ? answer : answer.substring(0, at);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
