package cn.aiigd.pool.policy;

import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * The question model: a one-layer transformer trained to put a question where bge-small-zh-v1.5
 * would (tools/question-model). It reads bge's tokens and answers in bge's space, so a question it
 * encodes is compared with phrasings bge encoded; it costs about a seventh of bge a question, which is what
 * the answer's latency is made of, while the knowledge base, encoded once per edit, keeps bge. The graph
 * computes only what the first token's output needs (tools/question-model/first_token_only.py).
 * Run like {@link QuietBgeModel} ({@link QuietOnnx}), one per JVM (and resource).
 */
final class QuestionModel {

    static final String MODEL = "policy/question-model.onnx";
    /** The positions it was trained with; questions reach it cut to {@link SentenceEncoder#MAX_QUESTION_CHARS}. */
    private static final int MAX_TOKENS = 64;

    private final QuietOnnx onnx;

    QuestionModel(String resource) {
        onnx = QuietOnnx.load(resource, MAX_TOKENS, "question model");
    }

    /**
     * The question's token ids, as {@code tokenizer().encode(text, true, false).getIds()} gives them
     * (DJL prepares no text first under {@link QuietOnnx}'s options: no lower-casing, accent
     * stripping or prefix space). That also turns every token's text and character span into Java
     * objects, which the model does not read: half the tokenizer's time, about 20 µs a question.
     * DJL's JNI class is public but low-level; a test holds it to the full encoding.
     */
    long[] tokenIds(String text) {
        long encoding = TokenizersLibrary.LIB.encode(onnx.tokenizer().getHandle(), text, true);
        try {
            return TokenizersLibrary.LIB.getTokenIds(encoding);
        } finally {
            TokenizersLibrary.LIB.deleteEncoding(encoding);
        }
    }

    /** The question's vector in bge's space, not yet of unit length. */
    float[] embed(String text) {
        long[] ids = tokenIds(text);
        try (OnnxTensor inputIds = OnnxTensor.createTensor(onnx.env(), LongBuffer.wrap(ids), new long[] {1, ids.length});
             OrtSession.Result result = onnx.session().run(Map.of("input_ids", inputIds))) {
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
