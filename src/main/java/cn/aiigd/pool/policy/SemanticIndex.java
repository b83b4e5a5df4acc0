package cn.aiigd.pool.policy;

import java.util.List;

/**
 * The sentence vector of every phrasing of every entry, for one index's lifetime: which entry a
 * question means, by meaning rather than by shared words.
 */
final class SemanticIndex {

    private final SentenceEncoder encoder;
    private final List<KnowledgeSnapshot.Entry> entries;
    /**
     * The phrasings' vectors by dimension ({@code byDimension[d][phrasing]}): a question's closeness
     * to every phrasing is then a run of "add this dimension's column, scaled" passes, which the JIT
     * turns into SIMD instructions, where one dot product per phrasing is a running sum it cannot
     * (a fifth of an answer's time went there).
     */
    private final float[][] byDimension;
    private final int phrasings;
    private final int[] owner;

    /** The entry whose phrasing is closest in meaning, and how close (cosine, −1 to 1). */
    record Match(KnowledgeSnapshot.Entry entry, double score) {
    }

    SemanticIndex(SentenceEncoder encoder, List<KnowledgeSnapshot.Entry> entries, List<String> normalizedPhrasings, int[] owner) {
        this(encoder, entries, normalizedPhrasings.stream().map(encoder::encodeShared).toArray(float[][]::new), owner);
    }

    /** @param vectors each phrasing's unit-length vector; {@code owner[i]} is the index in {@code entries} of phrasing i's entry */
    SemanticIndex(SentenceEncoder encoder, List<KnowledgeSnapshot.Entry> entries, float[][] vectors, int[] owner) {
        this.encoder = encoder;
        this.entries = entries;
        this.owner = owner;
        this.phrasings = vectors.length;
        int dimensions = phrasings == 0 ? 0 : vectors[0].length;
        this.byDimension = new float[dimensions][phrasings];
        for (int i = 0; i < phrasings; i++) {
            for (int d = 0; d < dimensions; d++) {
                byDimension[d][i] = vectors[i][d];
            }
        }
    }

    float[] encode(String normalizedQuestion) {
        return encoder.encode(normalizedQuestion);
    }

    /**
     * The closest entry in meaning, how close a given entry (the words' choice) is, and how close an
     * entry must be to be recognised at all (the bar of whichever model read the question).
     */
    record Reading(Match closest, double forEntry, double bar) {
    }

    /** A question's closeness to every entry (its closest phrasing's), computed once per question. */
    static final class Closeness {
        private final double[] byEntry;

        private Closeness(double[] byEntry) {
            this.byEntry = byEntry;
        }
    }

    Closeness closeness(float[] question) {
        // Four sums, dimension d going to sum d % 4, added up in double at the end: the same
        // operations in the same order as four running sums per phrasing, so the same cosines to
        // the last bit as before the columns (and no reply moves on a rounding).
        float[][] lanes = new float[LANES][phrasings];
        int whole = byDimension.length - byDimension.length % LANES;
        for (int d = 0; d < byDimension.length; d++) {
            float q = question[d];
            float[] column = byDimension[d];
            // (bge's 512 dimensions leave no remainder; one would go to the first sum, as it did.)
            float[] lane = lanes[d < whole ? d % LANES : 0];
            for (int i = 0; i < phrasings; i++) {
                lane[i] += q * column[i];
            }
        }
        double[] byEntry = new double[entries.size()];
        java.util.Arrays.fill(byEntry, -2);
        for (int i = 0; i < phrasings; i++) {
            double cosine = (double) lanes[0][i] + lanes[1][i] + lanes[2][i] + lanes[3][i];
            byEntry[owner[i]] = Math.max(byEntry[owner[i]], cosine);
        }
        return new Closeness(byEntry);
    }

    private static final int LANES = 4;

    Reading read(Closeness closeness, KnowledgeSnapshot.Entry entry) {
        double[] byEntry = closeness.byEntry;
        double forEntry = -2;
        for (int e = 0; e < byEntry.length; e++) {
            if (entries.get(e).id() == entry.id()) {
                forEntry = byEntry[e];
            }
        }
        Match closest = closest(byEntry);
        return closest == null ? null : new Reading(closest, forEntry, encoder.meaningBar());
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
