package cn.aiigd.pool.policy;

import java.util.List;

/**
 * The sentence vector of every phrasing of every entry, for one index's lifetime: which entry a
 * question means, by meaning rather than by shared words.
 */
final class SemanticIndex {

    private final SentenceEncoder encoder;
    private final List<KnowledgeSnapshot.Entry> entries;
    private final float[][] vectors;
    private final int[] owner;

    /** The entry whose phrasing is closest in meaning, and how close (cosine, −1 to 1). */
    record Match(KnowledgeSnapshot.Entry entry, double score) {
    }

    SemanticIndex(SentenceEncoder encoder, List<KnowledgeSnapshot.Entry> entries, List<String> normalizedPhrasings, int[] owner) {
        this.encoder = encoder;
        this.entries = entries;
        this.owner = owner;
        this.vectors = new float[normalizedPhrasings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = encoder.encodeShared(normalizedPhrasings.get(i));
        }
    }

    float[] encode(String normalizedQuestion) {
        return encoder.encode(normalizedQuestion);
    }

    /** The closeness of the entry's closest phrasing. */
    double scoreFor(float[] question, KnowledgeSnapshot.Entry entry) {
        double best = -2;
        for (int i = 0; i < vectors.length; i++) {
            if (entries.get(owner[i]).id() == entry.id()) {
                best = Math.max(best, SentenceEncoder.dot(question, vectors[i]));
            }
        }
        return best;
    }

    Match closest(float[] question) {
        int best = -1;
        double bestScore = -2;
        for (int i = 0; i < vectors.length; i++) {
            double s = SentenceEncoder.dot(question, vectors[i]);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best < 0 ? null : new Match(entries.get(owner[best]), bestScore);
    }
}
