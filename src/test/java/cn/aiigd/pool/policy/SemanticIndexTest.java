package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A question's closeness to every phrasing, summed column by column for speed, is the same to the
 * last bit as one dot product per phrasing with four running sums (how it was computed before, and
 * what every bar and margin was chosen with).
 */
class SemanticIndexTest {

    @Test
    void columnByColumnClosenessIsEachPhrasingsDotProductToTheLastBit() {
        for (int dimensions : new int[] {512, 13}) {
            Random random = new Random(dimensions);
            List<KnowledgeSnapshot.Entry> entries = new ArrayList<>();
            for (long e = 0; e < 7; e++) {
                entries.add(new KnowledgeSnapshot.Entry(e, "topic" + e, "title", "answer", "source", List.of()));
            }
            float[][] vectors = new float[40][];
            int[] owner = new int[vectors.length];
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = randomUnit(random, dimensions);
                owner[i] = i % entries.size();
            }
            SemanticIndex index = new SemanticIndex(new SentenceEncoder(), entries, vectors, owner);
            for (int q = 0; q < 20; q++) {
                float[] question = randomUnit(random, dimensions);
                SemanticIndex.Closeness closeness = index.closeness(question);
                for (int e = 0; e < entries.size(); e++) {
                    double expected = -2;
                    for (int i = 0; i < vectors.length; i++) {
                        if (owner[i] == e) {
                            expected = Math.max(expected, fourSums(question, vectors[i]));
                        }
                    }
                    assertThat(index.read(closeness, entries.get(e)).forEntry()).as("dimensions %d, entry %d", dimensions, e).isEqualTo(expected);
                }
            }
        }
    }

    /** The dot product as SentenceEncoder computed it before the columns. */
    private static double fourSums(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    private static float[] randomUnit(Random random, int dimensions) {
        float[] v = new float[dimensions];
        double n = 0;
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) random.nextGaussian();
            n += v[i] * v[i];
        }
        for (int i = 0; i < dimensions; i++) {
            v[i] /= (float) Math.sqrt(n);
        }
        return v;
    }
}
