package cn.aiigd.pool.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A message that asks two to four questions ("省外注册的能参加吗？第二批几号截止？"), answered question by
 * question under headings of their own, in one reply.
 */
final class SeveralQuestions {

    /** Heads each answer of a message that asked several questions (no digits: those are for picking). */
    static final String EACH_OPEN = "【";
    static final String EACH_CLOSE = "】";
    /** Under the heading of a question the notice does not answer. */
    static final String NOT_IN_NOTICE = "通知中没有找到这一点的答复，如需确认请致电联盟小蜜 " + PolicyAnswerer.HOTLINE + "。";
    /** WeChat cuts a passive text reply at about 2,048 bytes. */
    static final int MAX_REPLY_BYTES = 1800;
    /** Concepts that say what is asked, not what about: "一般要几天", "再之后呢". */
    private static final Set<String> ASKING_ONLY = Set.of("when", "howlong", "daysleft", "count", "next_step", "now");

    private final TextNormalizer normalizer;
    private final FollowUps followUps;

    SeveralQuestions(TextNormalizer normalizer, FollowUps followUps) {
        this.normalizer = normalizer;
        this.followUps = followUps;
    }

    /** The questions of a message that asks more than one, each with a question mark of its own; at most four. */
    static List<String> separate(String question) {
        List<String> asks = new ArrayList<>();
        if (question == null) {
            return asks;
        }
        for (String part : question.split("(?<=[？?])")) {
            String p = part.strip();
            if ((p.endsWith("？") || p.endsWith("?")) && p.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 4) {
                asks.add(p);
            }
        }
        // More than four are read as one message: a reply under so many headings would not fit one WeChat message anyway.
        return asks.size() > 4 ? List.of() : asks;
    }

    /**
     * One reply answering each question from a different entry, or null to read the message as one
     * question. A question the notice does not answer ("公示期是几天？第二批几号截止？") is said to be so
     * under its own heading, with the hotline, and kept for staff like any unanswered question; at
     * least one must be answered. None may be about another programme or province, and the reply
     * must fit one WeChat message.
     *
     * @param single the message read as one question
     * @param alone  how one normalized question is read by itself: without the follower's id, since a
     *               part is neither a follow-up of the last message nor the context of the next
     */
    PolicyAnswerer.Trial answered(List<String> asks, String whole, PolicyAnswerer.Trial single, String uid, PolicyIndex index,
                                  Function<String, PolicyAnswerer.Trial> alone) {
        // Another province's pool shares this call's words, and a question about another programme or a
        // particular the notice never covers may make the others mean something else
        // ("变更请示要交给谁？网上交还是要亲身递交？"): such a message is read as one.
        if (PolicyAnswerer.OTHER_POOL.matcher(whole).find() || index.features(whole).concepts().stream().anyMatch(ConceptDictionary::isOutOfScope)) {
            return null;
        }
        List<PolicyAnswerer.Trial> each = new ArrayList<>();
        for (int i = 0; i < asks.size(); i++) {
            String part = normalizer.normalize(asks.get(i));
            // "省外企业的基本审核由谁负责？一般要几天？": a question that only asks (how long, when, what next)
            // asks about the one before it.
            if (i > 0 && ASKING_ONLY.containsAll(index.features(part).concepts())) {
                part = normalizer.normalize(asks.get(i - 1) + " " + asks.get(i));
            }
            PolicyAnswerer.Trial t = alone.apply(part);
            if (t.reply().confident() && each.stream().anyMatch(x -> x.reply().confident()
                    && (x.reply().topic().equals(t.reply().topic()) || x.reply().answer().equals(t.reply().answer())))) {
                return null;
            }
            each.add(t);
        }
        List<PolicyAnswerer.Trial> answered = each.stream().filter(t -> t.reply().confident()).toList();
        // A question is only said to be unanswered when the notice does not give what it asks (not for a
        // weak match, which the message read as one may still answer).
        boolean unansweredHonestly = each.stream().filter(t -> !t.reply().confident()).allMatch(SeveralQuestions::asksWhatTheNoticeLacks);
        if (answered.isEmpty() || !unansweredHonestly) {
            return null;
        }
        if (single.reply().confident() && answered.stream().noneMatch(t -> t.reply().topic().equals(single.reply().topic()))) {
            return null;
        }
        StringBuilder reply = new StringBuilder();
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < each.size(); i++) {
            PolicyAnswer a = each.get(i).reply();
            reply.append(i == 0 ? "" : "\n\n").append(EACH_OPEN).append(lastSentence(asks.get(i))).append(EACH_CLOSE).append('\n')
                    .append(a.confident() ? PolicyAnswerer.withoutSource(a.answer()) : NOT_IN_NOTICE);
            if (a.confident() && a.source() != null && !sources.contains(a.source())) {
                sources.add(a.source());
            }
        }
        String text = sources.isEmpty() ? reply.toString() : PolicyAnswerer.withSource(reply.toString(), String.join("、", sources));
        if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_REPLY_BYTES) {
            return null;
        }
        // The context the next message continues from ("那第一批呢") is the last question answered.
        followUps.remember(uid, index.features(answered.get(answered.size() - 1).readAs()).concepts());
        PolicyAnswer first = answered.get(0).reply();
        return new PolicyAnswerer.Trial(new PolicyAnswer(text, true, String.join("、", sources), List.of(), first.topic(), first.confidence()),
                single.candidates(), single.unknownWords(), single.foreignWords(), single.closestInMeaning(), single.readAs(), null,
                false, List.copyOf(each));
    }

    /** Whether a question was declined because the notice does not give what it asks (not for a weak match). */
    private static boolean asksWhatTheNoticeLacks(PolicyAnswerer.Trial t) {
        return t.declinedBecause() != null && t.declinedBecause().startsWith(UnsaidInNotice.LACKS);
    }

    /** The sentence a question ends with, without the background before it. */
    private static String lastSentence(String ask) {
        String[] parts = ask.split("(?<=[。.！!：:；;])");
        return parts[parts.length - 1].strip();
    }
}
