package cn.aiigd.pool.policy;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The current index. Every node checks the knowledge base's fingerprint every two seconds and
 * rebuilds when it changed, so an edit on any node is answered everywhere within seconds — with no
 * message bus: MySQL is the one source of truth.
 */
@Component
class PolicyIndexHolder {

    private static final Logger log = LoggerFactory.getLogger(PolicyIndexHolder.class);

    private final KnowledgeBase knowledgeBase;
    private final ConceptDictionary dictionary;
    private final TextNormalizer normalizer;
    private final AtomicReference<PolicyIndex> current = new AtomicReference<>();
    private final int cacheSize;
    private final SentenceEncoder encoder;

    PolicyIndexHolder(KnowledgeBase knowledgeBase, ConceptDictionary dictionary, TextNormalizer normalizer,
                      @Value("${pool.policy.cache-size:10000}") int cacheSize, SentenceEncoder encoder,
                      @Value("${pool.policy.semantic-check:true}") boolean semanticCheck) {
        this.cacheSize = cacheSize;
        this.encoder = semanticCheck ? encoder : null;
        this.knowledgeBase = knowledgeBase;
        this.dictionary = dictionary;
        this.normalizer = normalizer;
    }

    PolicyIndex get() {
        PolicyIndex index = current.get();
        if (index == null) {
            synchronized (this) {
                index = current.get();
                if (index == null) {
                    index = rebuild();
                }
            }
        }
        return index;
    }

    /**
     * A node builds its index as soon as it is up, off the request and scheduler threads: with the
     * sentence model the first build takes seconds (loading it, encoding every phrasing), and a
     * WeChat message that had to wait for it could miss WeChat's 5 s reply window.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildAtStartup() {
        Thread t = new Thread(() -> {
            try {
                get();
                if (encoder != null) {
                    // The model that reads questions too, so the first applicant does not wait for it.
                    encoder.warmUp();
                }
            } catch (RuntimeException e) {
                log.warn("Could not build the policy index at startup (the first question will try again): {}", e.getMessage());
            }
        }, "policy-index-build");
        t.setDaemon(true);
        t.start();
    }

    @Scheduled(fixedDelayString = "${pool.policy.refresh-interval:PT2S}", initialDelayString = "${pool.policy.refresh-interval:PT2S}")
    void refreshIfChanged() {
        PolicyIndex index = current.get();
        if (index == null) {
            // Still being built at startup (or by the first question): not the scheduler's job to wait for it.
            return;
        }
        try {
            if (!index.snapshot().fingerprint().equals(knowledgeBase.fingerprint())) {
                rebuild();
            }
        } catch (RuntimeException e) {
            // Keep answering from the index we have; the next tick tries again.
            log.warn("Could not refresh the policy index: {}", e.getMessage());
        }
    }

    /** Rebuilds now (after a local edit, so the editor sees it at once). */
    synchronized PolicyIndex rebuild() {
        long start = System.nanoTime();
        PolicyIndex index = PolicyIndex.build(knowledgeBase.snapshot(), dictionary, normalizer, cacheSize, encoder);
        current.set(index);
        log.info("Policy index built: {} entries in {} ms", index.snapshot().entries().size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }
}
