package cn.aiigd.pool.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrasings' weighted terms with every term numbered, for the cosine between a question and the
 * candidates Lucene finds: a question's terms are looked up once, not once per candidate in each
 * candidate's map (which took a seventh of an answer's time).
 */
final class PhrasingTermWeights {

    private final Map<String, Integer> ids = new HashMap<>();
    private final int[][] terms;
    private final float[][] weights;
    private final double[] norms;

    /** A question's terms that some phrasing has, with their weights, and the norm of all its terms. */
    record Question(int[] terms, float[] weights, double norm) {
    }

    PhrasingTermWeights(List<Map<String, Float>> phrasings) {
        terms = new int[phrasings.size()][];
        weights = new float[phrasings.size()][];
        norms = new double[phrasings.size()];
        for (int p = 0; p < phrasings.size(); p++) {
            Map<String, Float> v = phrasings.get(p);
            terms[p] = new int[v.size()];
            weights[p] = new float[v.size()];
            int i = 0;
            for (Map.Entry<String, Float> e : v.entrySet()) {
                terms[p][i] = ids.computeIfAbsent(e.getKey(), k -> ids.size());
                weights[p][i++] = e.getValue();
            }
            norms[p] = norm(v);
        }
    }

    /** The question's weighted terms, in the order of its map: the cosine then adds up as it always did. */
    Question question(Map<String, Float> q) {
        int[] t = new int[q.size()];
        float[] w = new float[q.size()];
        int n = 0;
        for (Map.Entry<String, Float> e : q.entrySet()) {
            Integer id = ids.get(e.getKey());
            if (id != null) {
                t[n] = id;
                w[n++] = e.getValue();
            }
        }
        return new Question(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(w, n), norm(q));
    }

    /** Room to spread one phrasing's weights by term number; zero again after each {@link #cosine}. */
    float[] scratch() {
        return new float[ids.size()];
    }

    double cosine(Question q, int phrasing, float[] scratch) {
        if (q.norm() == 0 || norms[phrasing] == 0) {
            return 0;
        }
        int[] t = terms[phrasing];
        float[] w = weights[phrasing];
        for (int i = 0; i < t.length; i++) {
            scratch[t[i]] = w[i];
        }
        double dot = 0;
        for (int i = 0; i < q.terms().length; i++) {
            dot += q.weights()[i] * scratch[q.terms()[i]];
        }
        for (int term : t) {
            scratch[term] = 0;
        }
        return dot / (q.norm() * norms[phrasing]);
    }

    private static double norm(Map<String, Float> v) {
        double s = 0;
        for (float w : v.values()) {
            s += w * w;
        }
        return Math.sqrt(s);
    }
}
