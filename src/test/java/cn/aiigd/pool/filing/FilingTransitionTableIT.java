package cn.aiigd.pool.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.aiigd.pool.common.Actor;
import cn.aiigd.pool.common.ActorType;
import cn.aiigd.pool.common.error.ApiException;
import cn.aiigd.pool.support.Api.Applicant;
import cn.aiigd.pool.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every state × every move, against the real database: allowed moves land in their target state
 * and write one history row; every other move is refused with 409 and changes nothing. The
 * expected matrix is written out here from the status model in DESIGN.md, independently of the
 * enum it checks.
 */
class FilingTransitionTableIT extends IntegrationTest {

    @Autowired
    FilingTransitions transitions;
    @Autowired
    FilingWorkflow workflow;
    @Autowired
    TransactionTemplate tx;

    private static final Map<FilingAction, Set<FilingStatus>> EXPECTED_FROM = new EnumMap<>(FilingAction.class);
    private static final Map<FilingAction, FilingStatus> EXPECTED_TO = new EnumMap<>(FilingAction.class);

    static {
        expect(FilingAction.SUBMIT, FilingStatus.SUBMITTED, FilingStatus.DRAFT, FilingStatus.RETURNED);
        expect(FilingAction.WITHDRAW, FilingStatus.WITHDRAWN, FilingStatus.DRAFT, FilingStatus.SUBMITTED, FilingStatus.RETURNED,
                FilingStatus.PRELIM_PASSED, FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_CONFIRMED);
        expect(FilingAction.RETURN_FOR_CORRECTION, FilingStatus.RETURNED, FilingStatus.SUBMITTED);
        expect(FilingAction.PRELIM_PASS, FilingStatus.PRELIM_PASSED, FilingStatus.SUBMITTED);
        expect(FilingAction.PRELIM_FAIL, FilingStatus.PRELIM_FAILED, FilingStatus.SUBMITTED);
        expect(FilingAction.INVITE_DEFENSE, FilingStatus.DEFENSE_INVITED, FilingStatus.PRELIM_PASSED, FilingStatus.DEFENSE_INVITED,
                FilingStatus.DEFENSE_CONFIRMED);
        expect(FilingAction.CONFIRM_DEFENSE, FilingStatus.DEFENSE_CONFIRMED, FilingStatus.DEFENSE_INVITED);
        expect(FilingAction.REQUEST_RESCHEDULE, FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_CONFIRMED);
        expect(FilingAction.DEFENSE_PASS, FilingStatus.DEFENSE_DONE, FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_CONFIRMED);
        expect(FilingAction.DEFENSE_FAIL, FilingStatus.DEFENSE_FAILED, FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_CONFIRMED);
        expect(FilingAction.DEFENSE_NO_SHOW, FilingStatus.DEFENSE_FAILED, FilingStatus.DEFENSE_INVITED, FilingStatus.DEFENSE_CONFIRMED);
        expect(FilingAction.SELECT_ONSITE, FilingStatus.ONSITE_SELECTED, FilingStatus.DEFENSE_DONE);
        expect(FilingAction.ONSITE_PASS, FilingStatus.ONSITE_DONE, FilingStatus.ONSITE_SELECTED);
        expect(FilingAction.ONSITE_FAIL, FilingStatus.ONSITE_FAILED, FilingStatus.ONSITE_SELECTED);
        expect(FilingAction.OPEN_PUBLICITY, FilingStatus.PUBLICITY, FilingStatus.DEFENSE_DONE, FilingStatus.ONSITE_DONE);
        expect(FilingAction.RAISE_OBJECTION, FilingStatus.OBJECTION, FilingStatus.PUBLICITY);
        expect(FilingAction.DISMISS_OBJECTION, FilingStatus.PUBLICITY, FilingStatus.OBJECTION);
        expect(FilingAction.UPHOLD_OBJECTION, FilingStatus.PUBLICITY_FAILED, FilingStatus.OBJECTION);
        expect(FilingAction.PUBLISH, FilingStatus.PUBLISHED, FilingStatus.PUBLICITY);
    }

    private static void expect(FilingAction action, FilingStatus to, FilingStatus... from) {
        EXPECTED_FROM.put(action, EnumSet.of(from[0], from));
        EXPECTED_TO.put(action, to);
    }

    @Test
    void everyStateTimesEveryMoveBehavesAsTheStatusModelSays() throws Exception {
        assertThat(EXPECTED_FROM.keySet()).as("every move but CREATE is specified here")
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(FilingAction.CREATE)));
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        long filing = journeys.submittedFiling(applicant, supplier, "SECURITY");

        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        for (FilingStatus state : FilingStatus.values()) {
            for (FilingAction action : FilingAction.values()) {
                if (action == FilingAction.CREATE) {
                    continue;
                }
                cases++;
                // Force the state directly: this test is about the table, not the paths into each state.
                jdbc.update("UPDATE filing SET status = ? WHERE id = ?", state.name(), filing);
                int historyBefore = count("SELECT COUNT(*) FROM filing_history WHERE filing_id = ?", filing);
                boolean expectedAllowed = EXPECTED_FROM.get(action).contains(state);
                Actor actor = action.actor() == ActorType.APPLICANT ? Actor.applicant(applicant.openid()) : Actor.staff("table-test");
                try {
                    tx.executeWithoutResult(s -> transitions.move(workflow.load(filing), action, actor, "理由"));
                    String now = jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filing);
                    if (!expectedAllowed) {
                        mismatches.add(state + " × " + action + ": allowed, expected 409");
                    } else if (!EXPECTED_TO.get(action).name().equals(now)) {
                        mismatches.add(state + " × " + action + ": went to " + now + ", expected " + EXPECTED_TO.get(action));
                    } else if (count("SELECT COUNT(*) FROM filing_history WHERE filing_id = ?", filing) != historyBefore + 1) {
                        mismatches.add(state + " × " + action + ": history not written once");
                    }
                } catch (ApiException e) {
                    String now = jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filing);
                    if (expectedAllowed) {
                        mismatches.add(state + " × " + action + ": refused (" + e.getMessage() + "), expected allowed");
                    } else if (e.status() != HttpStatus.CONFLICT || !now.equals(state.name())
                            || count("SELECT COUNT(*) FROM filing_history WHERE filing_id = ?", filing) != historyBefore) {
                        mismatches.add(state + " × " + action + ": refused but status " + e.status() + " / state " + now);
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(FilingStatus.values().length * (FilingAction.values().length - 1));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aMoveByTheWrongKindOfActorIsAProgrammingErrorNotAMove() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        long filing = journeys.submittedFiling(applicant, supplier, "NETWORK");
        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                transitions.move(workflow.load(filing), FilingAction.PRELIM_PASS, Actor.applicant(applicant.openid()), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filing)).isEqualTo("SUBMITTED");
    }

    @Test
    void reasonsAreRequiredWhereTheTableSaysSo() throws Exception {
        Applicant applicant = api.applicant();
        long supplier = journeys.approvedSupplier(applicant);
        long filing = journeys.submittedFiling(applicant, supplier, "PLATFORM");
        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                transitions.move(workflow.load(filing), FilingAction.PRELIM_FAIL, Actor.staff("x"), "  ")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(jdbc.queryForObject("SELECT status FROM filing WHERE id = ?", String.class, filing)).isEqualTo("SUBMITTED");
    }
}
