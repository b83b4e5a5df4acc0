package cn.aiigd.pool.policy;

import java.util.List;
import java.util.Map;

/**
 * Everything the answerer knows at one moment, read from the database in one go: the enabled
 * entries with their phrasings, the product-keyword table and the GB/T 4754 categories (so that no
 * question costs a database round trip).
 */
record KnowledgeSnapshot(List<Entry> entries, Map<String, String> industryKeywords,
                         List<cn.aiigd.pool.dictionary.Entries.Industry> industries, String fingerprint) {

    /** An entry as the index sees it. */
    record Entry(long id, String topicKey, String title, String answer, String source, List<String> questions) {
        boolean isDynamic() {
            return topicKey.startsWith(PolicyEntry.DYNAMIC_PREFIX);
        }
    }
}
