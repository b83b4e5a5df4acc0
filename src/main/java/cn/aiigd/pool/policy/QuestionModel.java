package cn.aiigd.pool.policy;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * The question model: a one-layer transformer trained to put a question where bge-small-zh-v1.5
 * would (tools/question-model). It reads bge's tokens and answers in bge's space, so a question it
 * encodes is compared with phrasings bge encoded; it costs a tenth of bge a question, which is what
 * the answer's latency is made of, while the knowledge base, encoded once per edit, keeps bge.
 * Run like {@link QuietBgeModel}: one thread a call, no spinning, one per JVM.
 */
final class QuestionModel {

    static final String MODEL = "policy/question-model.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
    /** The positions it was trained with; questions reach it cut to {@link SentenceEncoder#MAX_QUESTION_CHARS}. */
    private static final int MAX_TOKENS = 64;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    QuestionModel() {
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        System.setProperty("OPT_OUT_TRACKING", System.getProperty("OPT_OUT_TRACKING", "true"));
        try (InputStream model = QuestionModel.class.getResourceAsStream("/" + MODEL);
             InputStream tokenizerJson = QuestionModel.class.getResourceAsStream("/" + TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizerJson == null) {
                throw new IllegalStateException(MODEL + " or bge's tokenizer is not on the classpath");
            }
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS)));
            env = OrtEnvironment.getEnvironment();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            try {
                session = env.createSession(model.readAllBytes(), options);
            } catch (OrtException | IOException | RuntimeException e) {
                tokenizer.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not start the question model", e);
        }
    }

    /** The question's vector in bge's space, not yet of unit length. */
    float[] embed(String text) {
        long[] ids = tokenizer.encode(text, true, false).getIds();
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {1, ids.length});
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds))) {
            OnnxTensor vector = (OnnxTensor) result.get("vector")
                    .orElseThrow(() -> new IllegalStateException("The question model has no vector output"));
            float[] v = new float[(int) vector.getInfo().getShape()[1]];
            vector.getFloatBuffer().get(v);
            return v;
        } catch (OrtException e) {
            throw new IllegalStateException("The question model failed on a text", e);
        }
    }
}
