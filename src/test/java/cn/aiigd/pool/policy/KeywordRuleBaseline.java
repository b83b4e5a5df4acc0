package cn.aiigd.pool.policy;

import java.util.List;

/**
 * What today's WeChat-account platforms do (niefy/wx-api, jeewx-boot, yudao's mp module): a reply
 * rule fires when the message equals one of its keywords or contains it. Here every entry's
 * phrasings and title are its keywords — a generous version of what staff would configure.
 */
final class KeywordRuleBaseline {

    private final List<KnowledgeBase.EntryView> entries;

    KeywordRuleBaseline(List<KnowledgeBase.EntryView> entries) {
        this.entries = entries;
    }

    PolicyAnswer answer(String question) {
        String q = question == null ? "" : question.trim();
        for (KnowledgeBase.EntryView e : entries) {
            for (String keyword : keywords(e)) {
                if (!q.isEmpty() && (q.equals(keyword) || q.contains(keyword))) {
                    return new PolicyAnswer(e.answer(), true, e.sourceSection(), List.of(), e.topicKey(), 1);
                }
            }
        }
        return new PolicyAnswer(PolicyAnswerer.FALLBACK, false, null, List.of(), null, 0);
    }

    private static List<String> keywords(KnowledgeBase.EntryView e) {
        List<String> k = new java.util.ArrayList<>(e.questions());
        k.add(e.title());
        return k;
    }
}
