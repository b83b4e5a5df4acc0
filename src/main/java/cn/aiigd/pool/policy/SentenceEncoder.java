package cn.aiigd.pool.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sentence vectors in the space of BAAI's bge-small-zh-v1.5 (8-bit weights), run in process by ONNX
 * Runtime (the model ships inside a jar from Maven Central: nothing is downloaded at run time). The
 * lexical engine matches words; this space matches meaning, so the two agreeing on an entry is
 * good evidence that the entry answers the question, and their disagreeing is a reason not to
 * answer confidently.
 *
 * <p>The knowledge base's phrasings are encoded by bge itself, once per edit. Questions, which are
 * what an answer's time is made of, are read by the question model ({@link QuestionModel}), trained
 * to put a question where bge would at about a seventh of its cost; {@code pool.policy.question-model=bge}
 * has bge read them too. The models and the vectors of texts seen before are shared by the whole
 * JVM: loading takes seconds, and every rebuild of the index re-encodes only what changed.
 */
@Component
public class SentenceEncoder {

    private static final Logger log = LoggerFactory.getLogger(SentenceEncoder.class);
    /** Knowledge-base texts; a vector is 2 KB, so this bounds the cache near 40 MB. */
    private static final Cache<String, float[]> VECTORS = Caffeine.newBuilder().maximumSize(20_000).build();
    private static volatile QuietBgeModel model;
    /** Question models by classpath resource, each loaded once per JVM. */
    private static final java.util.concurrent.ConcurrentMap<String, Loaded> QUESTION_MODELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A question model, or why it could not start (then null). */
    private record Loaded(QuestionModel model, Throwable failure) {
    }
    /** Why the model could not be started, if it could not: the index is then built on words alone. */
    private static volatile Throwable broken;
    static final int MAX_QUESTION_CHARS = 32;
    /** The question model's resource ({@link QuestionModel}); null when bge reads questions itself. */
    private final String questionModelResource;

    @Autowired
    public SentenceEncoder(@Value("${pool.policy.question-model:student}") String questionModel) {
        this(resourceOf(questionModel));
    }

    private SentenceEncoder(java.util.Optional<String> questionModelResource) {
        this.questionModelResource = questionModelResource.orElse(null);
    }

    /** Questions read by the question model at this classpath resource (tests: one that cannot start). */
    static SentenceEncoder readingQuestionsWith(String questionModelResource) {
        return new SentenceEncoder(java.util.Optional.of(questionModelResource));
    }

    private static java.util.Optional<String> resourceOf(String questionModel) {
        if (!questionModel.equals("student") && !questionModel.equals("bge")) {
            throw new IllegalArgumentException("pool.policy.question-model must be student or bge, not " + questionModel);
        }
        return questionModel.equals("student") ? java.util.Optional.of(QuestionModel.MODEL) : java.util.Optional.empty();
    }

    SentenceEncoder() {
        this("student");
    }

    /** The unit-length vector of a knowledge-base text (a phrasing): kept for the next rebuild. */
    float[] encodeShared(String text) {
        return VECTORS.get(text.isBlank() ? " " : text, SentenceEncoder::compute);
    }

    /**
     * The unit-length vector of a question: computed every time (the index caches by question). A
     * long message is read by its last characters, where the question usually is: a model's time
     * grows with length (bge's about 0.1 ms a character), and on the evaluation sets keeping the last
     * 32 characters changed no reply of bge's against 40 or 80 (28 lost three, 24 lost six). The
     * question model learnt on texts cut the same way.
     */
    float[] encode(String text) {
        int points = text.codePointCount(0, text.length());
        String t = points > MAX_QUESTION_CHARS ? text.substring(text.offsetByCodePoints(0, points - MAX_QUESTION_CHARS)) : text;
        String read = t.isBlank() ? " " : t;
        QuestionModel student = questionModel();
        return student != null ? unit(student.embed(read)) : compute(read);
    }

    /**
     * How close in meaning (cosine) a question must be to a phrasing of the entry it is answered
     * from: below this the model does not recognise the question. 0.65 for bge. The question model
     * puts questions 0.012 closer than bge on average, and its decisions agree best with bge's at
     * 0.65 from 0.665 on (95.9 % of its 38,781 texts, against 94.4 % at 0.65; chosen on those texts
     * alone, before any evaluation set was scored with it).
     */
    static final double BGE_MEANING_BAR = 0.65;
    static final double QUESTION_MODEL_MEANING_BAR = 0.665;

    double meaningBar() {
        return questionModel() != null ? QUESTION_MODEL_MEANING_BAR : BGE_MEANING_BAR;
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
        return unit(model().embed(text));
    }

    private static float[] unit(float[] v) {
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

    /** The question model, or null when bge reads questions or the model could not start (bge then reads them: slower, as good). */
    private QuestionModel questionModel() {
        if (questionModelResource == null) {
            return null;
        }
        // One load per resource, under the map's lock for that key: a node has one, loaded in tens of ms.
        return QUESTION_MODELS.computeIfAbsent(questionModelResource, resource -> {
            long start = System.nanoTime();
            try {
                QuestionModel loaded = new QuestionModel(resource);
                log.info("Question model {} loaded in {} ms", resource, (System.nanoTime() - start) / 1_000_000);
                return new Loaded(loaded, null);
            } catch (RuntimeException | LinkageError e) {
                // A native library that cannot load is the question model's failure only: bge still reads.
                log.error("Question model unavailable, bge reads questions too: {}", e.toString());
                return new Loaded(null, e);
            }
        }).model();
    }

    /**
     * Loads the model that reads questions (the question model, or bge) and runs it once, so that the
     * first applicant to ask after a node starts does not wait for it (called after the index's
     * first build, in the background at start-up).
     */
    void warmUp() {
        try {
            encode("外省企业能报吗");
        } catch (RuntimeException e) {
            // Each question will then be declined the same way ("语义模型暂不可用"); the phrasings stand.
            log.warn("The sentence model failed on a sample question: {}", e.toString());
        }
    }

    /** Forgets the knowledge base's vectors, so the next build costs what a node's first one does (benchmarks). */
    static void forgetSharedVectors() {
        VECTORS.invalidateAll();
    }
}
