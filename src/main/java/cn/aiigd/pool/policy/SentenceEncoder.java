package cn.aiigd.pool.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sentence vectors from BAAI's bge-small-zh-v1.5 (8-bit weights), run in process by ONNX Runtime
 * (the model ships inside a jar from Maven Central: nothing is downloaded at run time). The
 * lexical engine matches words; this model matches meaning, so the two agreeing on an entry is
 * good evidence that the entry answers the question, and their disagreeing is a reason not to
 * answer confidently.
 *
 * <p>The model and the vectors of texts seen before are shared by the whole JVM: loading takes
 * seconds, and every rebuild of the index (each knowledge-base edit) re-encodes only what changed.
 */
@Component
public class SentenceEncoder {

    private static final Logger log = LoggerFactory.getLogger(SentenceEncoder.class);
    /** Knowledge-base texts; a vector is 2 KB, so this bounds the cache near 40 MB. */
    private static final Cache<String, float[]> VECTORS = Caffeine.newBuilder().maximumSize(20_000).build();
    private static volatile QuietBgeModel model;
    /** Why the model could not be started, if it could not: the index is then built on words alone. */
    private static volatile Throwable broken;
    static final int MAX_QUESTION_CHARS = 32;

    /** The unit-length vector of a knowledge-base text (a phrasing): kept for the next rebuild. */
    float[] encodeShared(String text) {
        return VECTORS.get(text.isBlank() ? " " : text, SentenceEncoder::compute);
    }

    /**
     * The unit-length vector of a question: computed every time (the index caches by question). A
     * long message is read by its last characters, where the question usually is: the model's time
     * grows with length (about 0.1 ms a character here), and on the evaluation sets keeping the last
     * 32 characters changed no reply against 40 or 80 (28 lost three, 24 lost six).
     */
    float[] encode(String text) {
        int points = text.codePointCount(0, text.length());
        String t = points > MAX_QUESTION_CHARS ? text.substring(text.offsetByCodePoints(0, points - MAX_QUESTION_CHARS)) : text;
        return compute(t.isBlank() ? " " : t);
    }

    /** Whether the model can be used (false after it failed to start). */
    boolean usable() {
        return broken == null;
    }

    /**
     * Remembers that the model failed, so rebuilds do not retry loading the model on every edit; the
     * answerer then works on words alone, with the words-only threshold.
     */
    void failed(Throwable e) {
        if (broken == null) {
            broken = e;
            log.error("Sentence model unavailable, policy answers use words alone: {}", e.toString());
        }
    }

    private static float[] compute(String text) {
        float[] v = model().embed(text);
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float inv = (float) (1 / Math.sqrt(n));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }

    private static QuietBgeModel model() {
        QuietBgeModel m = model;
        if (m == null) {
            synchronized (SentenceEncoder.class) {
                m = model;
                if (m == null) {
                    long start = System.nanoTime();
                    m = new QuietBgeModel();
                    model = m;
                    log.info("Sentence model {} loaded in {} ms", QuietBgeModel.MODEL, (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return m;
    }

    /** Forgets the knowledge base's vectors, so the next build costs what a node's first one does (benchmarks). */
    static void forgetSharedVectors() {
        VECTORS.invalidateAll();
    }

    static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
