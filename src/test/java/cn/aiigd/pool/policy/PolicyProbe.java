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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tuning aid, not part of the build (its name matches no test pattern; run it with
 * {@code mvn test -Dtest=PolicyProbe -Dprobe.db=<schema with sql/ applied>}): scores every evaluation
 * set in seconds instead of starting the application, and writes the development sets' misses to
 * {@code target/probe-misses.txt}. Held-out sets are scored, never listed.
 */
class PolicyProbe {

    @Test
    void probe() throws Exception {
        String db = System.getProperty("probe.db", "scratch");
        KnowledgeSnapshot snapshot;
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + db, "root", "")) {
            snapshot = read(c);
        }
        TextNormalizer normalizer = new TextNormalizer();
        ConceptDictionary dictionary = new ConceptDictionary();
        PolicyIndex index = PolicyIndex.build(snapshot, dictionary, normalizer, 0,
                Boolean.parseBoolean(System.getProperty("probe.semantic", "true")) ? new SentenceEncoder() : null);
        Clock clock = Clock.fixed(OffsetDateTime.parse("2021-02-10T10:00:00+08:00").toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
        Batches batches = new Batches(null, clock) {
            @Override
            public List<Batch> all() {
                return List.of(new Batch(1L, 2021, 1, "第一批", LocalDateTime.parse("2021-02-01T00:00"), LocalDateTime.parse("2021-03-15T23:59:59")),
                        new Batch(2L, 2021, 2, "第二批", LocalDateTime.parse("2021-08-01T00:00"), LocalDateTime.parse("2021-09-15T23:59:59")));
            }
        };
        PolicyIndexHolder holder = new PolicyIndexHolder(null, dictionary, normalizer, 0, null, false) {
            @Override
            PolicyIndex get() {
                return index;
            }
        };
        Map<String, java.util.Set<String>> vocab = new HashMap<>();
        Map<String, String> answers = new HashMap<>();
        for (KnowledgeSnapshot.Entry e : snapshot.entries()) {
            java.util.Set<String> v = new java.util.HashSet<>();
            List<String> texts = new ArrayList<>(e.questions());
            texts.add(e.title());
            texts.add(e.answer());
            for (String t : texts) {
                v.addAll(PolicyIndex.extract(normalizer.normalize(t), dictionary).words());
            }
            vocab.put(e.topicKey(), v);
            answers.put(e.topicKey(), normalizer.normalize(e.answer() + e.title()));
        }
        Map<String, Integer> entryDf = new HashMap<>();
        vocab.values().forEach(v -> v.forEach(w -> entryDf.merge(w, 1, Integer::sum)));
        List<String> dfLines = new ArrayList<>();
        entryDf.forEach((w, n) -> dfLines.add(w + "\t" + n));
        Files.write(Path.of("target/probe-entry-df.tsv"), dfLines);
        java.util.function.BiFunction<String, String, List<String>> unlicensed = (q, topic) -> {
            List<String> out = new ArrayList<>();
            if (topic == null || !vocab.containsKey(topic)) {
                return out;
            }
            String asked = PolicyAnswerer.askingClause(normalizer.normalize(q));
            for (String w : PolicyIndex.extract(asked, dictionary).words()) {
                if (w.length() >= 2 && !vocab.get(topic).contains(w) && !answers.get(topic).contains(w)) {
                    out.add(w);
                }
            }
            return out;
        };
        double threshold = Double.parseDouble(System.getProperty("probe.threshold", "0.30"));
        PolicyAnswerer answerer = new PolicyAnswerer(holder, normalizer, new IndustryLookup(), new DateAnswers(batches, clock),
                new FollowUps(null, null), threshold);
        List<String> misses = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int devIn = 0, devInOk = 0, devOut = 0, devOutOk = 0;
        for (String set : System.getProperty("probe.sets",
                "eval-dev,eval-dev2,eval-dev3,eval-holdout,eval-dev4,eval-dev5,eval-dev6,eval-holdout2,eval-holdout3").split(",")) {
            if (getClass().getClassLoader().getResource("policy/" + set + ".tsv") == null) {
                continue;
            }
            List<PolicyEvaluation.Case> cases = PolicyEvaluation.load("policy/" + set + ".tsv");
            PolicyEvaluation.Score s = PolicyEvaluation.score(cases, q -> answerer.answer(q, null));
            int rankOk = 0, in = 0;
            for (PolicyEvaluation.Case c : cases) {
                if (!c.inScope()) {
                    if (!set.contains("holdout")) {
                        PolicyAnswerer.Trial t = answerer.trial(c.question(), null);
                        trace.add(set + "\tO\t" + (t.reply().confident() ? "C" : "-") + "\t" + t.reply().confidence()
                                + "\t" + (t.candidates().size() > 1 ? t.candidates().get(1).score() : 0) + "\t" + t.unknownWords().size() + "\t" + c.question()
                            + "\t" + (t.candidates().isEmpty() ? "" : t.candidates().get(0).topic()) + "\t"
                            + unlicensed.apply(c.question(), t.candidates().isEmpty() ? null : t.candidates().get(0).topic()));
                    }
                    continue;
                }
                in++;
                PolicyAnswerer.Trial t = answerer.trial(c.question(), null);
                String top = t.reply().confident() ? t.reply().answer()
                        : t.candidates().isEmpty() ? "" : answerOf(snapshot, t.candidates().get(0).topic());
                boolean right = c.expected().stream().anyMatch(top::contains);
                if (right) {
                    rankOk++;
                }
                if (!set.contains("holdout") && !(t.reply().confident() && right)) {
                    trace.add("MISS " + t.foreignWords() + " " + t.closestInMeaning() + " | ");
                }
                if (!set.contains("holdout")) {
                    trace.add(set + "\t" + (right ? "R" : "W") + "\t" + (t.reply().confident() ? "C" : "-") + "\t" + t.reply().confidence()
                            + "\t" + (t.candidates().size() > 1 ? t.candidates().get(1).score() : 0) + "\t" + t.unknownWords().size() + "\t" + c.question()
                            + "\t" + (t.candidates().isEmpty() ? "" : t.candidates().get(0).topic()) + "\t"
                            + unlicensed.apply(c.question(), t.candidates().isEmpty() ? null : t.candidates().get(0).topic()));
                }
            }
            report.append(String.format("%-14s %s; top-1 right %d/%d%n", set, s, rankOk, in));
            if (!set.contains("holdout")) {
                devIn += s.inScope();
                devInOk += s.inCorrect();
                devOut += s.outOfScope();
                devOutOk += s.outSafe();
                s.misses().forEach(m -> misses.add(set + " " + m));
            }
        }
        Path declineFile = Path.of("/tmp/policy-kb/declines.tsv");
        if (Files.exists(declineFile)) {
            List<PolicyEvaluation.Case> dc = Files.readAllLines(declineFile).stream().map(l -> l.split("\t"))
                    .filter(c -> c.length == 2).map(c -> new PolicyEvaluation.Case(false, c[1], List.of())).toList();
            PolicyEvaluation.Score ds = PolicyEvaluation.score(dc, q -> answerer.answer(q, null));
            report.append(String.format("%-14s %s%n", "declines", ds));
        }
        report.append(String.format("%-14s in %d/%d = %.1f%%, out %d/%d = %.1f%%%n", "dev-all", devInOk, devIn, 100.0 * devInOk / devIn,
                devOutOk, devOut, 100.0 * devOutOk / devOut));
        List<String> feats = new ArrayList<>();
        List<String[]> labelled = new ArrayList<>();
        for (String set : "eval-dev,eval-dev2,eval-dev3,eval-holdout,eval-dev4,eval-dev5,eval-dev6,eval-holdout2,eval-holdout3".split(",")) {
            for (PolicyEvaluation.Case c : PolicyEvaluation.load("policy/" + set + ".tsv")) {
                labelled.add(new String[] {set, c.inScope() ? String.join("|", c.expected()) : "-", c.question()});
            }
        }
        Path declines = Path.of("/tmp/policy-kb/declines.tsv");
        if (Files.exists(declines)) {
            for (String line : Files.readAllLines(declines)) {
                String[] cols = line.split("\t");
                if (cols.length == 2) {
                    labelled.add(new String[] {"declines", "-", cols[1]});
                }
            }
        }
        for (String[] l : labelled) {
            PolicyAnswerer.Trial t = answerer.trial(l[2], null);
            String topic = t.candidates().isEmpty() ? (t.reply().confident() ? t.reply().topic() : "") : t.candidates().get(0).topic();
            String topAnswer = t.reply().confident() ? t.reply().answer() : answerOf(snapshot, topic);
            String label = l[1].equals("-") ? "O" : java.util.Arrays.stream(l[1].split("\\|")).anyMatch(topAnswer::contains) ? "R" : "W";
            feats.add(l[0] + "\t" + label + "\t" + (t.reply().confident() ? "C" : "-") + "\t" + t.reply().confidence() + "\t"
                    + (t.candidates().size() > 1 ? t.candidates().get(1).score() : 0) + "\t" + t.unknownWords().size() + "\t" + topic
                    + "\t" + String.join(",", unlicensed.apply(l[2], topic)) + "\t" + PolicyAnswerer.askingClause(normalizer.normalize(l[2]))
                    + "\t" + l[2]);
        }
        Files.write(Path.of("target/probe-features.tsv"), feats);
        if (Boolean.getBoolean("probe.veto")) {
            vetoExperiment(snapshot, normalizer, dictionary, answerer);
        }
        if (Boolean.getBoolean("probe.embed")) {
            embedExperiment(snapshot, labelled, answerer, normalizer);
        }
        System.out.println(report);
        Files.writeString(Path.of("target/probe-report.txt"), report);
        Files.write(Path.of("target/probe-misses.txt"), misses);
        Files.write(Path.of("target/probe-trace.tsv"), trace);
    }

    private static void vetoExperiment(KnowledgeSnapshot snapshot, TextNormalizer normalizer, ConceptDictionary dictionary,
                                       PolicyAnswerer answerer) throws Exception {
        Path declines = Path.of("/tmp/policy-kb/declines.tsv");
        if (!Files.exists(declines)) {
            return;
        }
        List<String> all = new ArrayList<>();
        for (String line : Files.readAllLines(declines)) {
            String[] cols = line.split("\t");
            if (cols.length == 2) {
                all.add(cols[1]);
            }
        }
        java.util.Collections.shuffle(all, new java.util.Random(3));
        List<String> a = all.subList(0, all.size() / 2);
        List<String> b = all.subList(all.size() / 2, all.size());
        List<KnowledgeSnapshot.Entry> entries = new ArrayList<>(snapshot.entries());
        entries.add(new KnowledgeSnapshot.Entry(-1, "decline", "decline", "", "", a));
        PolicyIndex combined = PolicyIndex.build(new KnowledgeSnapshot(entries, snapshot.industryKeywords(), snapshot.industries(), "x"),
                dictionary, normalizer);
        StringBuilder out = new StringBuilder();
        for (double delta : new double[] {9, 0.1, 0.05, 0.0, -0.05, -0.1}) {
            out.append("delta ").append(delta).append(":");
            java.util.function.Function<String, PolicyAnswer> engine = q -> {
                PolicyAnswer ans = answerer.answer(q, null);
                if (!ans.confident() || "industry.lookup".equals(ans.topic())) {
                    return ans;
                }
                List<PolicyIndex.Hit> hits = combined.search(combined.features(normalizer.normalize(q)), 5);
                double decline = hits.stream().filter(h -> h.entry().topicKey().equals("decline")).mapToDouble(PolicyIndex.Hit::score).findFirst().orElse(0);
                double real = hits.stream().filter(h -> !h.entry().topicKey().equals("decline")).mapToDouble(PolicyIndex.Hit::score).findFirst().orElse(0);
                return decline > real + delta ? new PolicyAnswer("x", false, null, List.of(), null, 0) : ans;
            };
            for (String set : "eval-dev,eval-dev2,eval-dev3,eval-dev4,eval-dev5,eval-dev6,eval-holdout,eval-holdout2,eval-holdout3".split(",")) {
                PolicyEvaluation.Score sc = PolicyEvaluation.score(PolicyEvaluation.load("policy/" + set + ".tsv"), engine);
                out.append(String.format(" %s %d/%d %d/%d;", set.replace("eval-", ""), sc.inCorrect(), sc.inScope(), sc.outSafe(), sc.outOfScope()));
            }
            List<PolicyEvaluation.Case> bc = b.stream().map(q -> new PolicyEvaluation.Case(false, q, List.of())).toList();
            PolicyEvaluation.Score sb = PolicyEvaluation.score(bc, engine);
            out.append(String.format(" declinesB %d/%d%n", sb.outSafe(), sb.outOfScope()));
        }
        System.out.println(out);
    }

    private static void embedExperiment(KnowledgeSnapshot snapshot, List<String[]> labelled, PolicyAnswerer answerer,
                                        TextNormalizer normalizer) throws Exception {
        var model = new dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel();
        List<float[]> vecs = new ArrayList<>();
        List<String> owner = new ArrayList<>();
        for (KnowledgeSnapshot.Entry e : snapshot.entries()) {
            List<String> texts = new ArrayList<>(e.questions());
            texts.add(e.title());
            if (Boolean.getBoolean("probe.embed.answers") && !e.answer().isBlank()) {
                texts.add(e.answer());
            }
            for (String t : texts) {
                vecs.add(unit(model.embed(Boolean.getBoolean("probe.embed.norm") ? normalizer.normalize(t) : t).content().vector()));
                owner.add(e.topicKey());
            }
        }
        Map<String, float[]> passages = new HashMap<>();
        for (KnowledgeSnapshot.Entry e : snapshot.entries()) {
            String body = e.answer().isBlank() ? e.title() : e.title() + "：" + e.answer();
            passages.put(e.topicKey(), unit(model.embed(normalizer.normalize(body)).content().vector()));
        }
        String instruction = "为这个句子生成表示以用于检索相关文章：";
        List<String> rows = new ArrayList<>();
        for (String[] l : labelled) {
            String qt = Boolean.getBoolean("probe.embed.norm") ? normalizer.normalize(l[2]) : l[2];
            float[] q = unit(model.embed(qt.isBlank() ? "空" : qt).content().vector());
            Map<String, Double> best = new HashMap<>();
            for (int i = 0; i < vecs.size(); i++) {
                double c = 0;
                float[] v = vecs.get(i);
                for (int k = 0; k < v.length; k++) {
                    c += q[k] * v[k];
                }
                best.merge(owner.get(i), c, Math::max);
            }
            List<Map.Entry<String, Double>> ranked = best.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
            String top = ranked.get(0).getKey();
            String ans = answerOf(snapshot, top);
            String label = l[1].equals("-") ? "O" : java.util.Arrays.stream(l[1].split("\\|")).anyMatch(ans::contains) ? "R" : "W";
            PolicyAnswerer.Trial t = answerer.trial(l[2], null);
            String lexTopic = t.reply().confident() ? t.reply().topic() : t.candidates().isEmpty() ? "" : t.candidates().get(0).topic();
            float[] qi = unit(model.embed(instruction + (qt.isBlank() ? "空" : qt)).content().vector());
            double pLex = passages.containsKey(lexTopic) ? dot(qi, passages.get(lexTopic)) : 0;
            double eLex = best.getOrDefault(lexTopic, 0.0);
            double pMax = passages.values().stream().mapToDouble(v -> dot(qi, v)).max().orElse(0);
            rows.add(String.format("%.4f\t%.4f\t%.4f\t", pLex, eLex, pMax) + l[0] + "\t" + label + "\t" + top + "\t" + String.format("%.4f", ranked.get(0).getValue()) + "\t"
                    + String.format("%.4f", ranked.get(1).getValue()) + "\t" + (t.reply().confident() ? "C" : "-") + "\t" + lexTopic
                    + "\t" + t.reply().confidence() + "\t" + l[1] + "\t" + l[2] + "\t" + ranked.get(1).getKey() + "\t" + ranked.get(2).getKey()
                    + "\t" + String.format("%.4f", ranked.get(2).getValue()));
        }
        Files.write(Path.of("target/probe-embed.tsv"), rows);
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) n;
        }
        return v;
    }

    private static String answerOf(KnowledgeSnapshot snapshot, String topic) {
        return snapshot.entries().stream().filter(e -> e.topicKey().equals(topic)).map(KnowledgeSnapshot.Entry::answer)
                .findFirst().orElse("");
    }

    private static KnowledgeSnapshot read(Connection c) throws Exception {
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
