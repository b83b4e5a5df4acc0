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

    /** The closest entry in meaning, and how close a given entry (the words' choice) is; null closest without entries. */
    record Reading(Match closest, double forEntry) {
    }

    Reading read(float[] question, KnowledgeSnapshot.Entry entry) {
        double[] byEntry = new double[entries.size()];
        java.util.Arrays.fill(byEntry, -2);
        for (int i = 0; i < vectors.length; i++) {
            byEntry[owner[i]] = Math.max(byEntry[owner[i]], SentenceEncoder.dot(question, vectors[i]));
        }
        double forEntry = -2;
        for (int e = 0; e < byEntry.length; e++) {
            if (entries.get(e).id() == entry.id()) {
                forEntry = byEntry[e];
            }
        }
        Match closest = closest(byEntry);
        return closest == null ? null : new Reading(closest, forEntry);
    }

    private Match closest(double[] byEntry) {
        int best = -1;
        for (int e = 0; e < byEntry.length; e++) {
            if (best < 0 || byEntry[e] > byEntry[best]) {
                best = e;
            }
        }
        return best < 0 ? null : new Match(entries.get(best), byEntry[best]);
    }
}
