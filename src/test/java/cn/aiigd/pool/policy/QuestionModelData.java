package cn.aiigd.pool.policy;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Step 2 of tools/question-model: what the question model learns to imitate. For each raw line,
 * every text the answerer hands the sentence model (the normalized, respelled question and the
 * parts of a several-question message, cut to their last characters as in production), each with
 * bge's vector, and the knowledge base's phrasings with theirs. Not part of the build (its name
 * matches no test pattern):
 * <pre>
 * mvn test -Dtest=QuestionModelData -Dsurefire.failIfNoSpecifiedTests=false -Dprobe.db=probe -Dstudent.raw=raw.txt -Dstudent.out=dir
 * </pre>
 * Writes questions.tsv and phrasings.tsv (text, tab, bge's token ids) and questions.f32 and
 * phrasings.f32 (the unit vectors, 512 big-endian floats each, in the same order).
 */
class QuestionModelData {

    @Test
    void dump() throws Exception {
        KnowledgeSnapshot snapshot;
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + System.getProperty("probe.db", "probe"), "root", "")) {
            snapshot = PolicyProbe.read(c);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> phrasings = new ArrayList<>();
        SentenceEncoder recording = new SentenceEncoder("bge") {
            @Override
            float[] encode(String text) {
                seen.add(text);
                return super.encode(text);
            }

            @Override
            float[] encodeShared(String text) {
                phrasings.add(text);
                return super.encodeShared(text);
            }
        };
        TextNormalizer normalizer = new TextNormalizer();
        ConceptDictionary dictionary = new ConceptDictionary();
        PolicyIndex index = PolicyIndex.build(snapshot, dictionary, normalizer, 0, recording);
        PolicyIndexHolder holder = new PolicyIndexHolder(null, dictionary, normalizer, 0, null, false) {
            @Override
            PolicyIndex get() {
                return index;
            }
        };
        PolicyAnswerer answerer = new PolicyAnswerer(holder, normalizer, new IndustryLookup(), new DateAnswers(PolicyProbe.batches(), PolicyProbe.CLOCK), new FollowUps(new FollowerMemory(null, null)), -1);
        List<String> raw = Files.readAllLines(Path.of(System.getProperty("student.raw")));
        for (String line : raw) {
            if (line.isBlank()) {
                continue;
            }
            String n = normalizer.normalize(line);
            if (!n.isBlank()) {
                seen.add(index.spelled(n));
            }
            answerer.answer(line, null);
        }
        Path out = Files.createDirectories(Path.of(System.getProperty("student.out")));
        try (InputStream json = QuietOnnx.class.getResourceAsStream("/" + QuietOnnx.BGE_TOKENIZER);
             HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false", "truncation", "true", "maxLength", "512"))) {
            write(out, "questions", truncated(seen), tokenizer, recording, true);
            write(out, "phrasings", new ArrayList<>(new LinkedHashSet<>(phrasings)), tokenizer, recording, false);
        }
    }

    private static List<String> truncated(Set<String> texts) {
        Set<String> t = new LinkedHashSet<>();
        for (String s : texts) {
            int points = s.codePointCount(0, s.length());
            String x = points > SentenceEncoder.MAX_QUESTION_CHARS ? s.substring(s.offsetByCodePoints(0, points - SentenceEncoder.MAX_QUESTION_CHARS)) : s;
            t.add(x.isBlank() ? " " : x);
        }
        return new ArrayList<>(t);
    }

    private static void write(Path out, String name, List<String> texts, HuggingFaceTokenizer tokenizer, SentenceEncoder encoder, boolean question) throws Exception {
        List<String> lines = new ArrayList<>();
        try (DataOutputStream vectors = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out.resolve(name + ".f32"))))) {
            for (String t : texts) {
                long[] ids = tokenizer.encode(t, true, false).getIds();
                StringBuilder b = new StringBuilder(t.replace('\t', ' ').replace('\n', ' ')).append('\t');
                for (int i = 0; i < ids.length; i++) {
                    b.append(i == 0 ? "" : " ").append(ids[i]);
                }
                lines.add(b.toString());
                float[] v = question ? encoder.encode(t) : encoder.encodeShared(t);
                for (float x : v) {
                    vectors.writeInt(Float.floatToIntBits(x));
                }
            }
        }
        Files.write(out.resolve(name + ".tsv"), lines);
    }
}
