package cn.aiigd.pool.policy;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import org.junit.jupiter.api.Test;

class EmbeddingSpike {
    @Test
    void spike() {
        long t0 = System.nanoTime();
        var model = new BgeSmallZhV15EmbeddingModel();
        float[] a = model.embed("外省企业能报吗").content().vector();
        System.out.println("load+first ms " + (System.nanoTime() - t0) / 1e6 + " dim " + a.length);
        String[] qs = {"第二批几号截止", "我们是做MES的小公司，深圳注册的，想问下第一批最晚哪天可以交材料？", "集中答辩在哪里举行", "评审流程是什么", "广东省外的企业可以申报吗"};
        for (int r = 0; r < 3; r++) {
            for (String q : qs) {
                long s = System.nanoTime();
                float[] v = model.embed(q).content().vector();
                System.out.println((System.nanoTime() - s) / 1e6 + " ms " + q + " cos(外省)=" + cos(a, v));
            }
        }
    }

    static double cos(float[] a, float[] b) {
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) { d += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return d / Math.sqrt(na * nb);
    }
}
