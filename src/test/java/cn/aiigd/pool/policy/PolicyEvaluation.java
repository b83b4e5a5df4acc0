package cn.aiigd.pool.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;

/**
 * The evaluation set (written by someone other than whoever tunes the engine): questions as
 * applicants type them, each labelled with a fragment its answer must contain, or as out of scope.
 */
final class PolicyEvaluation {

    private PolicyEvaluation() {
    }

    /** One labelled question. */
    record Case(boolean inScope, String question, List<String> expected) {
        boolean passes(PolicyAnswer a) {
            if (!inScope) {
                return !a.confident();
            }
            return a.confident() && expected.stream().anyMatch(a.answer()::contains);
        }
    }

    /** How an engine did on one half. */
    record Score(int inScope, int inCorrect, int outOfScope, int outSafe, List<String> misses) {
        double inAccuracy() {
            return inScope == 0 ? 1 : (double) inCorrect / inScope;
        }

        double outSafety() {
            return outOfScope == 0 ? 1 : (double) outSafe / outOfScope;
        }

        @Override
        public String toString() {
            return String.format("in scope %d/%d = %.1f%%, out of scope safe %d/%d = %.1f%%", inCorrect, inScope,
                    100 * inAccuracy(), outSafe, outOfScope, 100 * outSafety());
        }
    }

    static List<Case> load(String resource) {
        try {
            String text = new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            List<Case> cases = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                boolean in = cols[0].trim().equals("IN");
                cases.add(new Case(in, cols[1], in ? List.of(cols[2].trim().split("\\|")) : List.of()));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the in-scope questions the engine does not answer leave the applicant: the fact still
     * shown (in a "not found, but related" reply), one numbered pick away (asking one of the offered
     * questions gets it), or lost.
     */
    record Reach(int answered, int shown, int offered, int lost, List<String> lostQuestions) {
        @Override
        public String toString() {
            return "answered " + answered + ", shown " + shown + ", one pick away " + offered + ", lost " + lost;
        }
    }

    static Reach reach(List<Case> cases, Function<String, PolicyAnswer> engine) {
        int answered = 0, shown = 0, offered = 0, lost = 0;
        List<String> lostQuestions = new ArrayList<>();
        for (Case c : cases) {
            if (!c.inScope()) {
                continue;
            }
            PolicyAnswer a = engine.apply(c.question());
            if (c.passes(a)) {
                answered++;
            } else if (c.expected().stream().anyMatch(a.answer()::contains)) {
                shown++;
            } else if (a.suggestions().stream().anyMatch(s -> c.passes(engine.apply(s)))) {
                offered++;
            } else {
                lost++;
                lostQuestions.add(c.question() + " → " + a.suggestions() + " / " + a.topic());
            }
        }
        return new Reach(answered, shown, offered, lost, lostQuestions);
    }

    static Score score(List<Case> cases, Function<String, PolicyAnswer> engine) {
        int in = 0, inOk = 0, out = 0, outOk = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            PolicyAnswer a = engine.apply(c.question());
            boolean ok = c.passes(a);
            if (c.inScope()) {
                in++;
                inOk += ok ? 1 : 0;
            } else {
                out++;
                outOk += ok ? 1 : 0;
            }
            if (!ok) {
                misses.add((c.inScope() ? "IN  " : "OUT ") + c.question() + "  → [" + a.topic() + " " + a.confidence() + "] "
                        + (c.inScope() ? "want " + c.expected() : "answered confidently") + " | "
                        + a.answer().substring(0, Math.min(70, a.answer().length())).replace("\n", " "));
            }
        }
        return new Score(in, inOk, out, outOk, misses);
    }
}
