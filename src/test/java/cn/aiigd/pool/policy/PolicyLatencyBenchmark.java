package cn.aiigd.pool.policy;

import cn.aiigd.pool.PoolAssistantApplication;
import cn.aiigd.pool.common.time.AdjustableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the policy answerer on the whole evaluation set, with the full knowledge base, against
 * the keyword-rule baseline in the same run: accuracy per set, answer latency p50/p99 per question,
 * and the index build time. Writes docs/policy-answers.md. Run with bench/policy-answers.sh.
 */
public final class PolicyLatencyBenchmark {

    private static final int WARMUP_PASSES = 2;
    private static final int TIMED_CALLS = 40;
    private static final int INDEX_BUILDS = 20;

    private PolicyLatencyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PoolAssistantApplication.class)
                .profiles("test").run("--server.port=0", "--logging.level.root=warn",
                        // Every call does the whole work, as for a question never asked before: the
                        // index's per-question cache would otherwise answer the timed calls.
                        "--pool.policy.cache-size=0")) {
            ctx.getBean(AdjustableClock.class).pin(OffsetDateTime.parse("2021-02-10T10:00:00+08:00").toInstant());
            PolicyAnswerer engine = ctx.getBean(PolicyAnswerer.class);
            PolicyIndexHolder holder = ctx.getBean(PolicyIndexHolder.class);
            KeywordRuleBaseline baseline = new KeywordRuleBaseline(ctx.getBean(KnowledgeBase.class).list());

            StringBuilder md = new StringBuilder();
            md.append("# Policy answers: accuracy and latency\n\n")
                    .append("Measured with `bench/policy-answers.sh` (").append(java.time.LocalDate.now()).append(", ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                    .append(System.getProperty("java.version")).append("). The evaluation sets are in ")
                    .append("`src/test/resources/policy/`, written by someone other than whoever tuned the engine; ")
                    .append("`eval-holdout.tsv` was never used for tuning. A question counts as correct when the reply is ")
                    .append("confident and contains one of the fragments its label names; an out-of-scope question counts ")
                    .append("as safe when the reply is the fallback. `PolicyEvaluationIT` enforces ≥ 90 % and 100 % in the build.\n\n")
                    .append("## Accuracy\n\n| set | engine in scope | engine out of scope safe | words only in scope | words only out of scope safe "
                            + "| keyword rules in scope | keyword rules out of scope safe | engine in scope not answered: shown / one pick away / lost |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            List<String> allQuestions = new ArrayList<>();
            // The same engine without the sentence model, at the same bar (0.30), measured beside it.
            PolicyAnswerer wordsOnly = new PolicyAnswerer(new PolicyIndexHolder(ctx.getBean(KnowledgeBase.class),
                    ctx.getBean(ConceptDictionary.class), ctx.getBean(TextNormalizer.class), 0, null, false),
                    ctx.getBean(TextNormalizer.class), ctx.getBean(IndustryLookup.class), ctx.getBean(DateAnswers.class),
                    ctx.getBean(FollowUps.class), PolicyAnswerer.THRESHOLD_WITH_MODEL);
            for (String set : List.of("eval-dev.tsv", "eval-dev2.tsv", "eval-dev3.tsv", "eval-dev4.tsv", "eval-dev5.tsv", "eval-dev6.tsv",
                    "eval-dev7.tsv", "eval-dev8.tsv", "eval-dev9.tsv", "eval-dev10.tsv", "eval-dev11.tsv", "eval-review7.tsv", "eval-review7b.tsv", "eval-review8.tsv", "eval-review8b.tsv", "eval-review8c.tsv",
                    "eval-declines.tsv", "eval-holdout.tsv", "eval-holdout2.tsv", "eval-holdout3.tsv", "eval-holdout4.tsv", "eval-holdout5.tsv",
                    "eval-holdout6.tsv", "eval-holdout7.tsv", "eval-holdout8.tsv", "eval-holdout9.tsv")) {
                if (PolicyLatencyBenchmark.class.getClassLoader().getResource("policy/" + set) == null) {
                    continue;
                }
                List<PolicyEvaluation.Case> cases = PolicyEvaluation.load("policy/" + set);
                cases.forEach(c -> allQuestions.add(c.question()));
                PolicyEvaluation.Score e = PolicyEvaluation.score(cases, q -> engine.answer(q, null));
                PolicyEvaluation.Score k = PolicyEvaluation.score(cases, baseline::answer);
                PolicyEvaluation.Score w = PolicyEvaluation.score(cases, q -> wordsOnly.answer(q, null));
                PolicyEvaluation.Reach r = PolicyEvaluation.reach(cases, q -> engine.answer(q, null));
                md.append("| ").append(set).append(" | ").append(pct(e.inCorrect(), e.inScope())).append(" | ")
                        .append(pct(e.outSafe(), e.outOfScope())).append(" | ").append(pct(w.inCorrect(), w.inScope()))
                        .append(" | ").append(pct(w.outSafe(), w.outOfScope())).append(" | ").append(pct(k.inCorrect(), k.inScope()))
                        .append(" | ").append(pct(k.outSafe(), k.outOfScope())).append(" | ")
                        .append(e.inScope() == 0 ? "–" : r.shown() + " / " + r.offered() + " / " + r.lost()).append(" |\n");
            }

            Latency engineLatency = measure(allQuestions, q -> engine.answer(q, null));
            Latency wordsLatency = measure(allQuestions, q -> wordsOnly.answer(q, null));
            Latency baselineLatency = measure(allQuestions, baseline::answer);
            // The sentence model alone, on each question as the engine hands it over: the part of a
            // model-read question's time that no work on the words can save.
            SentenceEncoder encoder = ctx.getBean(SentenceEncoder.class);
            TextNormalizer normalizer = ctx.getBean(TextNormalizer.class);
            Latency modelLatency = measure(allQuestions, q -> {
                encoder.encode(normalizer.normalize(q));
                return null;
            });
            // bge reading the question itself, as the engine did before the question model (every
            // fifth question: bge's share alone took a quarter of an hour over all of them).
            SentenceEncoder bge = new SentenceEncoder("bge");
            List<String> everyFifth = java.util.stream.IntStream.range(0, allQuestions.size()).filter(i -> i % 5 == 0)
                    .mapToObj(allQuestions::get).toList();
            Latency bgeLatency = measure(everyFifth, q -> {
                bge.encode(normalizer.normalize(q));
                return null;
            });
            long[] builds = new long[INDEX_BUILDS];
            for (int i = 0; i < INDEX_BUILDS; i++) {
                long t = System.nanoTime();
                holder.rebuild();
                builds[i] = System.nanoTime() - t;
            }
            Arrays.sort(builds);
            SentenceEncoder.forgetSharedVectors();
            long coldStart = System.nanoTime();
            holder.rebuild();
            long cold = System.nanoTime() - coldStart;
            md.append("\n## Latency\n\n").append(allQuestions.size()).append(" questions (every line of the sets above), ")
                    .append(WARMUP_PASSES).append(" warm-up passes, then ").append(TIMED_CALLS)
                    .append(" timed calls of each; per-question p50 and p99, then summarised over the questions. ")
                    .append("In-process calls of the answerer (no HTTP), clock pinned to 2021-02-10, the index's per-question cache off ")
                    .append("(`pool.policy.cache-size=0`), so every call costs what a question never asked before costs.\n\n")
                    .append("| engine | median of per-question p50 | worst per-question p50 | median of per-question p99 | worst per-question p99 | p99 of all calls |\n")
                    .append("|---|---|---|---|---|---|\n")
                    .append(row("Lucene + concepts + sentence models (this engine: the question model reads the question)", engineLatency))
                    .append(row("Lucene + concepts, words only", wordsLatency))
                    .append(row("keyword rules (baseline)", baselineLatency))
                    .append(row("one question-model encoding of the question alone (part of the first row for every question the words would answer)", modelLatency))
                    .append(row("one bge encoding of the question alone (what the question model replaces; every fifth question)", bgeLatency))
                    .append("\nRatio of this engine to the baseline in the same run: p99 of all calls ×")
                    .append(String.format("%.1f", engineLatency.allP99 / Math.max(1.0, baselineLatency.allP99)))
                    .append("; words only ×").append(String.format("%.1f", wordsLatency.allP99 / Math.max(1.0, baselineLatency.allP99)))
                    .append(". Target: p99 ≤ 2 ms — ").append(engineLatency.allP99 <= 2_000_000 ? "met" : "NOT met")
                    .append(" (words only: ").append(wordsLatency.allP99 <= 2_000_000 ? "met" : "NOT met").append(").\n\n")
                    .append("Index build (whole knowledge base, ").append(holder.get().snapshot().entries().size())
                    .append(" entries, from MySQL): median ").append(ms(builds[INDEX_BUILDS / 2])).append(", max ")
                    .append(ms(builds[INDEX_BUILDS - 1])).append(" over ").append(INDEX_BUILDS)
                    .append(" builds after an edit (the phrasings' sentence vectors are kept between builds); a node's first build, ")
                    .append("which encodes every phrasing, took ").append(ms(cold)).append(".\n");
            Files.createDirectories(Path.of("docs"));
            // Replaces the measured part only: the written findings after it are kept.
            Path doc = Path.of("docs/policy-answers.md");
            String existing = Files.exists(doc) ? Files.readString(doc) : "";
            int kept = firstWrittenSection(existing);
            Files.writeString(doc, md + (kept < 0 ? "" : existing.substring(kept)));
            System.out.println(md);
        }
    }

    /** Where the written findings start: the first section after the measured ones. */
    private static int firstWrittenSection(String doc) {
        for (int at = doc.indexOf("\n## "); at >= 0; at = doc.indexOf("\n## ", at + 1)) {
            if (!doc.startsWith("\n## Accuracy", at) && !doc.startsWith("\n## Latency", at)) {
                return at;
            }
        }
        return -1;
    }

    private record Latency(double medianP50, double worstP50, double medianP99, double worstP99, double allP99) {
    }

    private static Latency measure(List<String> questions, Function<String, PolicyAnswer> engine) {
        for (int w = 0; w < WARMUP_PASSES; w++) {
            questions.forEach(engine::apply);
        }
        double[] p50 = new double[questions.size()];
        double[] p99 = new double[questions.size()];
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            long[] t = new long[TIMED_CALLS];
            for (int c = 0; c < TIMED_CALLS; c++) {
                long s = System.nanoTime();
                engine.apply(questions.get(i));
                t[c] = System.nanoTime() - s;
                all.add(t[c]);
            }
            Arrays.sort(t);
            p50[i] = t[TIMED_CALLS / 2];
            p99[i] = t[(int) Math.ceil(TIMED_CALLS * 0.99) - 1];
        }
        Arrays.sort(p50);
        Arrays.sort(p99);
        long[] a = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Latency(p50[p50.length / 2], p50[p50.length - 1], p99[p99.length / 2], p99[p99.length - 1],
                a[(int) Math.ceil(a.length * 0.99) - 1]);
    }

    private static String row(String name, Latency l) {
        return "| " + name + " | " + ms(l.medianP50) + " | " + ms(l.worstP50) + " | " + ms(l.medianP99) + " | "
                + ms(l.worstP99) + " | " + ms(l.allP99) + " |\n";
    }

    private static String ms(double nanos) {
        return String.format("%.3f ms", nanos / 1e6);
    }

    private static String pct(int ok, int n) {
        return n == 0 ? "–" : String.format("%d/%d = %.1f %%", ok, n, 100.0 * ok / n);
    }
}
