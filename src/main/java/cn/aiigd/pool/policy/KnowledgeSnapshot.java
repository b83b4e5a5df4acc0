package cn.aiigd.pool.policy;

import java.util.List;
import java.util.Map;

/**
 * Everything the answerer knows at one moment, read from the database in one go: the enabled
 * entries with their phrasings, and the product-keyword table.
 */
record KnowledgeSnapshot(List<Entry> entries, Map<String, String> industryKeywords, String fingerprint) {

    /** An entry as the index sees it. */
    record Entry(long id, String topicKey, String title, String answer, String source, List<String> questions) {
        boolean isDynamic() {
            return topicKey.startsWith(PolicyEntry.DYNAMIC_PREFIX);
        }
    }
}
