package cn.aiigd.pool.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words each entry uses, in its phrasings, title and answer. A question that asks about
 * something its best entry never mentions ("答辩在哪里<b>举行</b>", "要<b>提前准备</b>什么") usually asks
 * for a particular the notice does not give, even when the rest of it matches well: such words
 * raise the bar. Words many entries share (申报, 企业, 平台) and the words questions are made of
 * (还是, 哪些, 到底) say nothing about the particular, so they never count.
 */
final class EntryVocabulary {

    /** A word used by this many entries or more is common to the whole notice. */
    static final int COMMON_IN_ENTRIES = 6;

    private static final Set<String> QUESTION_WORDS = Set.of(("还是 哪些 到底 最后 直接 还有 必须 时候 里面 怎么 自己 一个 这样 另外 分别 什么 "
            + "可以 需要 这种 情况 那里 这里 这些 那些 或者 抑或 是否 是不是 能不能 有没有 要不要 怎么样 如何 为何 哪个 哪里 只要 只能 正常 "
            + "一直 等于 后面 前面 这块 那边 这边 现在 应当 应该 之一 关于 按照 根据 大概 大家 感觉 就是 已经 还要 其他 其它 所有 每个 一些 "
            + "有些 多少 哪种 哪家 为什么 怎样 能否 可否 没有 不是 不用 不要 不能 不会 会不会 一定 肯定 真的 其实 然后 而且 但是 因为 所以 "
            + "如果 虽然 不过 只是 以及 就行 可能 对吗 对不对 行不行 好不好 清楚 知道 了解 看看 说说 告诉 问问 一样 同样 方面 部分 问题 "
            + "事情 东西").split(" "));

    private final Map<Long, Set<String>> wordsByEntry = new HashMap<>();
    private final Map<Long, String> answerByEntry = new HashMap<>();
    private final Map<String, Integer> entriesUsing = new HashMap<>();
    private final Set<String> answerWords = new HashSet<>();

    /**
     * @param phrasingWords the words of each entry's phrasings and title, as the index already
     *     extracted them (so a rebuild does not analyse every phrasing twice)
     */
    EntryVocabulary(List<KnowledgeSnapshot.Entry> entries, Map<Long, Set<String>> phrasingWords, ConceptDictionary dictionary,
                    TextNormalizer normalizer) {
        for (KnowledgeSnapshot.Entry e : entries) {
            Set<String> words = new HashSet<>(phrasingWords.getOrDefault(e.id(), Set.of()));
            Set<String> answer = PolicyIndex.extract(normalizer.normalize(e.title() + " " + e.answer()), dictionary).words();
            answerWords.addAll(answer);
            words.addAll(answer);
            wordsByEntry.put(e.id(), words);
            answerByEntry.put(e.id(), normalizer.normalize(e.title() + e.answer()));
            words.forEach(w -> entriesUsing.merge(w, 1, Integer::sum));
        }
    }

    /** The words of the entries' titles and answers, which (unlike applicants' phrasings) are spelled as the notice spells them. */
    Set<String> answerWords() {
        return answerWords;
    }

    /** The question's words that say something the entry never speaks of. */
    List<String> foreignTo(KnowledgeSnapshot.Entry entry, Set<String> questionWords) {
        Set<String> own = wordsByEntry.getOrDefault(entry.id(), Set.of());
        String answer = answerByEntry.getOrDefault(entry.id(), "");
        List<String> foreign = new ArrayList<>();
        for (String w : questionWords) {
            boolean latin = w.chars().allMatch(c -> c < 128);
            if (w.length() < 2 || latin || QUESTION_WORDS.contains(w) || own.contains(w) || answer.contains(w)
                    || entriesUsing.getOrDefault(w, 0) >= COMMON_IN_ENTRIES) {
                continue;
            }
            foreign.add(w);
        }
        return foreign;
    }
}
