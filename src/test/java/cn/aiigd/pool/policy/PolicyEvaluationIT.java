package cn.aiigd.pool.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.aiigd.pool.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accuracy on the evaluation set, both halves: the development half the engine was tuned on and
 * the held-out half it never was. The build fails below 90 % correct in scope or below 100 % safe
 * fallbacks out of scope, over the whole set. The keyword-rule baseline is scored on the same set.
 */
class PolicyEvaluationIT extends IntegrationTest {

    static final double MIN_IN_SCOPE = 0.90;

    @Autowired
    PolicyAnswerer answerer;
    @Autowired
    KnowledgeBase knowledgeBase;

    @Test
    void theEngineAnswersAtLeastNinetyPercentAndNeverGuessesOutOfScope() throws IOException {
        List<PolicyEvaluation.Case> dev = PolicyEvaluation.load("policy/eval-dev.tsv");
        List<PolicyEvaluation.Case> dev2 = PolicyEvaluation.load("policy/eval-dev2.tsv");
        List<PolicyEvaluation.Case> dev3 = PolicyEvaluation.load("policy/eval-dev3.tsv");
        List<PolicyEvaluation.Case> holdout = PolicyEvaluation.load("policy/eval-holdout.tsv");
        assertThat(dev.stream().filter(PolicyEvaluation.Case::inScope).count() + holdout.stream().filter(PolicyEvaluation.Case::inScope).count())
                .isGreaterThanOrEqualTo(150);
        assertThat(dev.stream().filter(c -> !c.inScope()).count() + holdout.stream().filter(c -> !c.inScope()).count())
                .isGreaterThanOrEqualTo(30);

        PolicyEvaluation.Score devScore = PolicyEvaluation.score(dev, q -> answerer.answer(q, null));
        PolicyEvaluation.Score dev2Score = PolicyEvaluation.score(dev2, q -> answerer.answer(q, null));
        PolicyEvaluation.Score dev3Score = PolicyEvaluation.score(dev3, q -> answerer.answer(q, null));
        PolicyEvaluation.Score holdoutScore = PolicyEvaluation.score(holdout, q -> answerer.answer(q, null));
        // A second held-out set, written after all tuning by someone who never saw the engine or the
        // other sets: reported, never tuned on, and its misses are never written out.
        List<PolicyEvaluation.Case> holdout2 = PolicyEvaluation.load("policy/eval-holdout2.tsv");
        PolicyEvaluation.Score holdout2Score = PolicyEvaluation.score(holdout2, q -> answerer.answer(q, null));
        // Written after the engine was tuned; reported, not gated (see docs/policy-answers.md).
        PolicyEvaluation.Score dev4Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev4.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score dev5Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev5.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score dev6Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev6.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score dev7Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev7.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score dev8Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev8.tsv"), q -> answerer.answer(q, null));
        // Written at the start of the eighth session by helpers from the notice and the answers alone; dev10 sits on the boundary (120 out of scope).
        PolicyEvaluation.Score dev9Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev9.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score dev10Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev10.tsv"), q -> answerer.answer(q, null));
        // Written at the start of the ninth session by a helper from the notice and the answers alone.
        PolicyEvaluation.Score dev11Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-dev11.tsv"), q -> answerer.answer(q, null));
        // Written by the seventh session's reviewer against that session's rules: questions they must not refuse, and ones they should.
        PolicyEvaluation.Score review7Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-review7.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score review7bScore = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-review7b.tsv"), q -> answerer.answer(q, null));
        // Written by the eighth session's three reviewers against its first rules and each mend.
        PolicyEvaluation.Score review8Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-review8.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score review8bScore = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-review8b.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score review8cScore = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-review8c.tsv"), q -> answerer.answer(q, null));
        PolicyEvaluation.Score declineScore = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-declines.tsv"), q -> answerer.answer(q, null));
        // Written after all earlier tuning, by helpers who saw only the notice and the answers; reported, never tuned on.
        PolicyEvaluation.Score holdout3Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-holdout3.tsv"), q -> answerer.answer(q, null));
        // Written while the sentence-model check was being built and first scored after its settings were fixed.
        PolicyEvaluation.Score holdout4Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-holdout4.tsv"), q -> answerer.answer(q, null));
        // Written by a helper from the notice and the answers alone at the start of the fourth session, and
        // scored once at its end: the clean measure of that session's changes.
        PolicyEvaluation.Score holdout5Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-holdout5.tsv"), q -> answerer.answer(q, null));
        // Written by a helper from the notice and the answers alone during the sixth session, and first
        // scored when that session's rules were made (and at its starting commit, for comparison): never
        // read, never used to choose between rules.
        PolicyEvaluation.Score holdout6Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-holdout6.tsv"), q -> answerer.answer(q, null));
        // Written by a helper from the notice and the answers alone at the start of the seventh session, never
        // read, and scored once that session's rules were final (and at its starting commit, for comparison).
        PolicyEvaluation.Score holdout7Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-holdout7.tsv"), q -> answerer.answer(q, null));
        // Written by a helper from the notice and the answers alone at the start of the eighth session, never
        // read, and scored once that session's rules were final (and at its starting commit, for comparison).
        PolicyEvaluation.Score holdout8Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-holdout8.tsv"), q -> answerer.answer(q, null));
        // Written by a helper from the notice and the answers alone at the start of the ninth session, never
        // read, and scored at that session's start and end.
        PolicyEvaluation.Score holdout9Score = PolicyEvaluation.score(PolicyEvaluation.load("policy/eval-holdout9.tsv"), q -> answerer.answer(q, null));
        KeywordRuleBaseline baseline = new KeywordRuleBaseline(knowledgeBase.list());
        PolicyEvaluation.Score baseDev = PolicyEvaluation.score(dev, baseline::answer);
        PolicyEvaluation.Score baseHoldout = PolicyEvaluation.score(holdout, baseline::answer);

        String report = "engine   dev:     " + devScore + "\n"
                + "engine   dev2:    " + dev2Score + "\n"
                + "engine   dev3:    " + dev3Score + "\n"
                + "engine   held-out: " + holdoutScore + "\n"
                + "engine   held-out 2: " + holdout2Score + "\n"
                + "engine   dev4 (report only): " + dev4Score + "\n"
                + "engine   dev5 (report only): " + dev5Score + "\n"
                + "engine   dev6 (report only): " + dev6Score + "\n"
                + "engine   dev7 (report only): " + dev7Score + "\n"
                + "engine   dev8 (report only): " + dev8Score + "\n"
                + "engine   dev9 (report only): " + dev9Score + "\n"
                + "engine   dev10 (report only): " + dev10Score + "\n"
                + "engine   dev11 (report only): " + dev11Score + "\n"
                + "engine   review7 (report only): " + review7Score + "\n"
                + "engine   review7b (report only): " + review7bScore + "\n"
                + "engine   review8 (report only): " + review8Score + "\n"
                + "engine   review8b (report only): " + review8bScore + "\n"
                + "engine   review8c (report only): " + review8cScore + "\n"
                + "engine   declines (report only): " + declineScore + "\n"
                + "engine   held-out 3: " + holdout3Score + "\n"
                + "engine   held-out 4: " + holdout4Score + "\n"
                + "engine   held-out 5: " + holdout5Score + "\n"
                + "engine   held-out 6: " + holdout6Score + "\n"
                + "engine   held-out 7: " + holdout7Score + "\n"
                + "engine   held-out 8: " + holdout8Score + "\n"
                + "engine   held-out 9: " + holdout9Score + "\n"
                + "keywords dev:     " + baseDev + "\n"
                + "keywords held-out: " + baseHoldout + "\n";
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/policy-eval.txt"), report);
        // Only the development half's misses are written out: the held-out half is never looked at.
        List<String> devMisses = new java.util.ArrayList<>(devScore.misses());
        devMisses.addAll(dev2Score.misses());
        devMisses.addAll(dev3Score.misses());
        devMisses.addAll(dev4Score.misses());
        devMisses.addAll(dev5Score.misses());
        devMisses.addAll(dev6Score.misses());
        devMisses.addAll(dev7Score.misses());
        devMisses.addAll(dev8Score.misses());
        devMisses.addAll(dev9Score.misses());
        devMisses.addAll(dev10Score.misses());
        devMisses.addAll(dev11Score.misses());
        devMisses.addAll(review7Score.misses());
        devMisses.addAll(review7bScore.misses());
        devMisses.addAll(review8Score.misses());
        devMisses.addAll(review8bScore.misses());
        devMisses.addAll(review8cScore.misses());
        devMisses.addAll(declineScore.misses());
        Files.write(Path.of("target/policy-eval-dev-misses.txt"), devMisses);
        List<String> devTrace = new java.util.ArrayList<>();
        List<PolicyEvaluation.Case> tuning = new java.util.ArrayList<>(dev);
        tuning.addAll(dev2);
        tuning.addAll(dev3);
        for (PolicyEvaluation.Case c : tuning) {
            PolicyAnswerer.Trial t = answerer.trial(c.question(), null);
            devTrace.add((c.inScope() ? "IN  " : "OUT ") + t.reply().confidence() + " " + t.reply().topic() + " "
                    + (t.candidates().isEmpty() ? "" : t.candidates().get(0).topic() + " " + t.candidates().get(0).score()) + " " + c.question()
                    + " unknown=" + t.unknownWords());
        }
        Files.write(Path.of("target/policy-eval-dev-trace.txt"), devTrace);

        int in = devScore.inScope() + dev2Score.inScope() + dev3Score.inScope() + holdoutScore.inScope();
        int inOk = devScore.inCorrect() + dev2Score.inCorrect() + dev3Score.inCorrect() + holdoutScore.inCorrect();
        int out = devScore.outOfScope() + dev2Score.outOfScope() + dev3Score.outOfScope() + holdoutScore.outOfScope();
        int outOk = devScore.outSafe() + dev2Score.outSafe() + dev3Score.outSafe() + holdoutScore.outSafe();
        assertThat((double) inOk / in).as(report).isGreaterThanOrEqualTo(MIN_IN_SCOPE);
        assertThat(outOk).as(report).isEqualTo(out);
    }
}
