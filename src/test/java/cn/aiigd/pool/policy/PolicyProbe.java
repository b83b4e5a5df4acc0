package cn.aiigd.pool.policy;

import cn.aiigd.pool.dictionary.Entries;
import cn.aiigd.pool.filing.Batch;
import cn.aiigd.pool.filing.Batches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tuning aid, not part of the build (its name matches no test pattern). It scores every
 * evaluation set in seconds, without starting the application:
 * <pre>
 * mysql -uroot -e "create database probe"; for f in sql/V*.sql; do mysql -uroot probe &lt; $f; done
 * mvn test -Dtest=PolicyProbe -Dsurefire.failIfNoSpecifiedTests=false -Dprobe.db=probe
 * </pre>
 * It writes the scores to {@code target/probe-report.txt} and the development sets' misses, with
 * what the engine made of each, to {@code target/probe-misses.txt}. Held-out sets are scored, never
 * listed; {@code -Dprobe.sets=} chooses the sets.
 */
class PolicyProbe {

    /** Development sets only: held-out sets are scored on request ({@code -Dprobe.sets=eval-holdout4}), never while tuning. */
    private static final String SETS = "eval-dev,eval-dev2,eval-dev3,eval-dev4,eval-dev5,eval-dev6,eval-dev7,eval-dev8,eval-dev9,eval-dev10,eval-dev11,eval-review7,eval-review7b,eval-review8,eval-review8b,eval-review8c,eval-declines";

    static final Clock CLOCK = Clock.fixed(OffsetDateTime.parse("2021-02-10T10:00:00+08:00").toInstant(), ZoneId.of("Asia/Shanghai"));

    static Batches batches() {
        return new Batches(null, CLOCK) {
            @Override
            public List<Batch> all() {
                return List.of(new Batch(1L, 2021, 1, "第一批", LocalDateTime.parse("2021-02-01T00:00"), LocalDateTime.parse("2021-03-15T23:59:59")),
                        new Batch(2L, 2021, 2, "第二批", LocalDateTime.parse("2021-08-01T00:00"), LocalDateTime.parse("2021-09-15T23:59:59")));
            }
        };
    }

    @Test
    void probe() throws Exception {
        KnowledgeSnapshot snapshot;
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + System.getProperty("probe.db", "probe"), "root", "")) {
            snapshot = read(c);
        }
        boolean timed = Boolean.getBoolean("probe.time");
        // Timed runs keep no normalized texts, so every pass costs what new questions cost.
        TextNormalizer normalizer = timed ? new TextNormalizer(0) : new TextNormalizer();
        ConceptDictionary dictionary = new ConceptDictionary();
        boolean semantic = Boolean.parseBoolean(System.getProperty("probe.semantic", "true"));
        PolicyIndex index = PolicyIndex.build(snapshot, dictionary, normalizer, 0, semantic ? new SentenceEncoder(System.getProperty("probe.question-model", "student")) : null);
        Clock clock = CLOCK;
        Batches batches = batches();
        PolicyIndexHolder holder = new PolicyIndexHolder(null, dictionary, normalizer, 0, null, false) {
            @Override
            PolicyIndex get() {
                return index;
            }
        };
        PolicyAnswerer answerer = new PolicyAnswerer(holder, normalizer, new IndustryLookup(), new DateAnswers(batches, clock),
                new FollowUps(new FollowerMemory(null, null)), Double.parseDouble(System.getProperty("probe.threshold", "-1")));

        StringBuilder report = new StringBuilder();
        List<String> misses = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        List<String> related = new ArrayList<>();
        Map<String, Integer> reach = new java.util.TreeMap<>();
        List<String> lost = new ArrayList<>();
        // Every reply, to tell whether a change that should alter none altered any.
        List<String> replies = new ArrayList<>();
        // How each development question was read, one line each, for looking at rules across the sets.
        List<String> trials = new ArrayList<>();
        for (String set : System.getProperty("probe.sets", SETS).split(",")) {
            List<PolicyEvaluation.Case> cases = PolicyEvaluation.load("policy/" + set + ".tsv");
            PolicyEvaluation.Score s = PolicyEvaluation.score(cases, q -> answerer.answer(q, null));
            report.append(String.format("%-14s %s%n", set, s));
            if (!set.contains("holdout")) {
                PolicyEvaluation.Reach r = PolicyEvaluation.reach(cases, q -> answerer.answer(q, null));
                reach.merge("shown", r.shown(), Integer::sum);
                reach.merge("offered", r.offered(), Integer::sum);
                reach.merge("lost", r.lost(), Integer::sum);
                r.lostQuestions().forEach(q -> lost.add(set + " " + q));
            }
            for (PolicyEvaluation.Case c : cases) {
                PolicyAnswer reply = answerer.answer(c.question(), null);
                replies.add(set + "\t" + c.question() + "\t" + reply.confident() + "\t" + reply.topic() + "\t" + reply.confidence()
                        + "\t" + reply.answer().replace("\n", "\\n"));
            }
            if (set.contains("holdout")) {
                continue;
            }
            for (PolicyEvaluation.Case c : cases) {
                String n = normalizer.normalize(c.question());
                String spelled = index.spelled(n);
                if (!spelled.equals(n)) {
                    spellings.add(set + " " + n + " → " + spelled);
                }
                PolicyAnswerer.Trial t = answerer.trial(c.question(), null);
                if (t.reply().confident() && t.reply().answer().startsWith(SeveralQuestions.EACH_OPEN)) {
                    related.add(set + " " + (c.inScope() ? "IN " : "OUT") + " COMBINED " + c.question() + " → "
                            + t.reply().answer().replace("\n", " ").substring(0, Math.min(160, t.reply().answer().length())));
                }
                if (!t.reply().confident() && t.reply().topic() != null) {
                    related.add(set + " " + (c.inScope() ? "IN " : "OUT") + " " + c.question() + " → " + t.reply().topic() + " | "
                            + t.reply().answer().lines().findFirst().orElse(""));
                }
                trials.add(String.join("\t", set, c.inScope() ? "IN" : "OUT", String.valueOf(c.passes(t.reply())), String.valueOf(t.reply().confident()),
                        String.valueOf(t.reply().topic()), String.valueOf(t.reply().confidence()),
                        t.closestInMeaning() == null ? "-" : t.closestInMeaning().topic(), t.closestInMeaning() == null ? "-" : String.valueOf(t.closestInMeaning().score()),
                        String.join(",", t.foreignWords()), String.join(",", t.unknownWords()), String.valueOf(t.declinedBecause()), t.readAs(), c.question()));
                if (!c.passes(t.reply())) {
                    misses.add(String.format("%s %s %s → %s %.3f top=%s meaning=%s foreign=%s unknown=%s why=%s", set, c.inScope() ? "IN " : "OUT",
                            c.question(), t.reply().topic(), t.reply().confidence(),
                            t.candidates().isEmpty() ? "-" : t.candidates().get(0).topic(),
                            t.closestInMeaning() == null ? "-" : t.closestInMeaning().topic() + "@" + t.closestInMeaning().score(),
                            t.foreignWords(), t.unknownWords(), t.declinedBecause()));
                }
            }
        }
        report.append("in-scope misses on development sets: ").append(reach).append('\n');
        if (timed) {
            // A rough comparison between commits on one machine (the benchmark is the measure): the
            // fastest of five passes over every question of the sets, per question.
            List<String> questions = new ArrayList<>();
            for (String set : System.getProperty("probe.sets", SETS).split(",")) {
                PolicyEvaluation.load("policy/" + set + ".tsv").forEach(c -> questions.add(c.question()));
            }
            long best = Long.MAX_VALUE;
            for (int pass = 0; pass < 5; pass++) {
                long t = System.nanoTime();
                questions.forEach(q -> answerer.answer(q, null));
                best = Math.min(best, System.nanoTime() - t);
            }
            report.append(String.format("fastest of 5 passes: %.1f µs a question over %d questions%n", best / 1000.0 / questions.size(), questions.size()));
            // The slowest questions, by the median of five calls each: where the tail comes from.
            List<Map.Entry<String, Long>> slow = new ArrayList<>();
            for (String q : questions) {
                long[] t = new long[5];
                for (int i = 0; i < t.length; i++) {
                    long s0 = System.nanoTime();
                    answerer.answer(q, null);
                    t[i] = System.nanoTime() - s0;
                }
                java.util.Arrays.sort(t);
                slow.add(Map.entry(q, t[2]));
            }
            slow.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            long[] medians = slow.stream().mapToLong(Map.Entry::getValue).sorted().toArray();
            report.append(String.format("median of 5 calls: p50 %.3f ms, p99 %.3f ms over questions%n",
                    medians[medians.length / 2] / 1e6, medians[(int) (medians.length * 0.99)] / 1e6));
            slow.stream().limit(Integer.getInteger("probe.slowest", 0))
                    .forEach(e -> report.append(String.format("  %.3f ms %s%n", e.getValue() / 1e6, e.getKey())));
            stages(questions, normalizer, index, report);
        }
        System.out.println(report);
        Files.writeString(Path.of("target/probe-report.txt"), report);
        Files.write(Path.of("target/probe-misses.txt"), misses);
        // In scope, not answered, and neither shown nor offered: what a user could not get to.
        Files.write(Path.of("target/probe-lost.txt"), lost);
        Files.write(Path.of("target/probe-replies.txt"), replies);
        Files.write(Path.of("target/probe-trials.tsv"), trials);
        Files.write(Path.of("target/probe-spellings.txt"), spellings);
        // Declined with what the notice does say on the matter: read them for whether that is related.
        Files.write(Path.of("target/probe-related.txt"), related);
    }

    /**
     * What each stage of reading a whole message costs, by the median of five calls per question,
     * summarised over the questions (p50 and p99): where an answer's time goes. A message answered
     * part by part, or read again by its question clause, does some of these more than once.
     */
    private static void stages(List<String> questions, TextNormalizer normalizer, PolicyIndex index, StringBuilder report) {
        Map<String, java.util.function.Function<String, Object>> stages = new LinkedHashMap<>();
        stages.put("normalize", normalizer::normalize);
        stages.put("spell", q -> index.spelled(normalizer.normalize(q)));
        stages.put("features", q -> index.features(normalizer.normalize(q)));
        stages.put("search", q -> index.search(index.features(normalizer.normalize(q)), 5));
        stages.put("encode", q -> index.meaningOf(normalizer.normalize(q)));
        stages.put("closeness", q -> index.closenessOf(index.meaningOf(normalizer.normalize(q))));
        long[][] medians = new long[stages.size()][questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            int s = 0;
            for (var stage : stages.values()) {
                long[] t = new long[5];
                for (int c = 0; c < t.length; c++) {
                    long s0 = System.nanoTime();
                    stage.apply(questions.get(i));
                    t[c] = System.nanoTime() - s0;
                }
                java.util.Arrays.sort(t);
                medians[s++][i] = t[2];
            }
        }
        report.append("cumulative stages (each includes those before it that it needs), median of 5 calls, over questions:\n");
        int s = 0;
        for (String name : stages.keySet()) {
            long[] m = medians[s++];
            java.util.Arrays.sort(m);
            report.append(String.format("  %-10s p50 %.3f ms, p99 %.3f ms%n", name, m[m.length / 2] / 1e6, m[(int) (m.length * 0.99)] / 1e6));
        }
    }

    static KnowledgeSnapshot read(Connection c) throws Exception {
        Map<Long, List<String>> questions = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT entry_id, text FROM policy_question")) {
            while (rs.next()) {
                questions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<KnowledgeSnapshot.Entry> entries = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, topic_key, title, answer, source_section FROM policy_entry WHERE enabled ORDER BY id")) {
            while (rs.next()) {
                entries.add(new KnowledgeSnapshot.Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), questions.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        Map<String, String> keywords = new LinkedHashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT keyword, industry_code FROM industry_keyword")) {
            while (rs.next()) {
                keywords.put(rs.getString(1), rs.getString(2));
            }
        }
        List<Entries.Industry> industries = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT code, name FROM industry ORDER BY code")) {
            while (rs.next()) {
                industries.add(new Entries.Industry(rs.getString(1), rs.getString(2)));
            }
        }
        return new KnowledgeSnapshot(entries, keywords, industries, "probe");
    }
}
