package cn.aiigd.pool.policy;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A model from the classpath in an ONNX Runtime session that stays out of the way of the web
 * server: one thread per call and no spinning. (A default session uses a thread per core that
 * spin-waits after each call, which on a 2-core node took CPU from every other request: the portal
 * benchmark's URL check fell from about 2,700 to 1,450 requests/s.) With bge's tokenizer, which
 * both sentence models read.
 */
record QuietOnnx(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {

    static final String BGE_TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

    /** @param what the model's name in errors */
    static QuietOnnx load(String model, int maxTokens, String what) {
        // DJL would otherwise fetch a native library it lacks from the network, and report usage
        // when it finds itself on a cloud host: a node's model needs neither.
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        System.setProperty("OPT_OUT_TRACKING", System.getProperty("OPT_OUT_TRACKING", "true"));
        try (InputStream modelBytes = QuietOnnx.class.getResourceAsStream("/" + model);
             InputStream tokenizerJson = QuietOnnx.class.getResourceAsStream("/" + BGE_TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (modelBytes == null || tokenizerJson == null) {
                throw new IllegalStateException(model + " or " + BGE_TOKENIZER + " is not on the classpath");
            }
            // The tokenizer first: if its native library cannot load, no session is left open.
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(maxTokens)));
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            try {
                return new QuietOnnx(env, env.createSession(modelBytes.readAllBytes(), options), tokenizer);
            } catch (OrtException | IOException | RuntimeException e) {
                tokenizer.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not start the " + what, e);
        }
    }
}
