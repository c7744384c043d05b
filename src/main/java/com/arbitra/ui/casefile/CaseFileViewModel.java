package com.arbitra.ui.casefile;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Assessment;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Refusal;
import com.arbitra.ui.Background;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Party;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TrainingService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One case as the case file shows it, and what the operator may do with it: each action with why it
 * is refused, from the domain's state table. Switching cases fast never shows the previous case.
 */
public final class CaseFileViewModel {

    /** An action on the case: allowed, or refused with a sentence. */
    public record ActionState(CaseAction action, boolean allowed, String reason) {
    }

    private final CaseService cases;
    private final Actor operator;
    private final Background background;
    private final I18n i18n;
    private final ObjectProperty<DisputeCase> current = new SimpleObjectProperty<>();
    private final ObservableList<ActionState> actions = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private long sequence;
    private final ObjectProperty<TrainingService.Feedback> feedback = new SimpleObjectProperty<>();
    private TrainingService training;
    /** When the operator opened the shown case: a training attempt's time counts from here. */
    private Instant openedAt;

    public CaseFileViewModel(CaseService cases, Actor operator, Background background, I18n i18n) {
        this.cases = cases;
        this.operator = operator;
        this.background = background;
        this.i18n = i18n;
    }

    public ObjectProperty<DisputeCase> current() { return current; }
    public ObservableList<ActionState> actions() { return actions; }
    public StringProperty error() { return error; }

    public void open(String caseId) {
        long mine = ++sequence;
        openedAt = cases.workflow().now();
        error.set("");
        current.set(null);
        actions.clear();
        background.run(() -> cases.find(caseId), found -> {
            if (mine != sequence) {
                return;
            }
            if (found.isEmpty()) {
                error.set(i18n.t("refused.case.unknown", caseId));
                return;
            }
            show(found.get());
        }, t -> {
            if (mine == sequence) {
                error.set(Messages.of(t, i18n));
            }
        });
    }

    /**
     * Reads the shown case again after a change elsewhere (another operator, the platform, a deadline);
     * shows it only when it did change and the operator has not opened another case meanwhile.
     */
    public void refresh() {
        DisputeCase shown = current.get();
        if (shown == null) {
            return;
        }
        long mine = sequence;
        background.run(() -> cases.find(shown.caseId()), found -> {
            if (mine == sequence && found.isPresent() && found.get().version() != shown.version()) {
                show(found.get());
            }
        }, t -> { });
    }

    /** Claims the open case for this operator. */
    public void claim() {
        change(c -> cases.claim(c.caseId(), operator, c.version()));
    }

    public void addNote(String text) {
        change(c -> cases.addNote(c.caseId(), operator, c.version(), text));
    }

    public void assess(String evidenceId, Assessment assessment, String note) {
        change(c -> cases.assessEvidence(c.caseId(), operator, c.version(), evidenceId, assessment, note));
    }

    public void assign(String assignee) {
        change(c -> cases.assign(c.caseId(), operator, c.version(), assignee));
    }

    /** Asks one party, or both (one request each, in one go), for evidence. */
    public void requestEvidence(RequestFormModel.Request r) {
        change(c -> {
            DisputeCase now = c;
            for (Party p : r.parties()) {
                now = cases.requestEvidence(now.caseId(), operator, now.version(), p, r.categories(),
                        r.instructions().get(p), r.dueAt(), r.channels());
            }
            return now;
        });
    }

    /**
     * Proposes the ruling; in a training workspace the proposal is then scored against the case's
     * reference, and the feedback (or the news that the trainer releases it later) is published.
     */
    public void propose(Ruling draft) {
        Instant started = openedAt;
        change(c -> {
            DisputeCase after = cases.proposeRuling(c.caseId(), operator, c.version(), draft);
            if (training != null) {
                training.scoreProposal(after.caseId(), operator, after.ruling(), started)
                        .ifPresent(f -> background.run(() -> f, feedback::set, t -> { }));
            }
            return after;
        });
    }

    /** The score of the last training attempt made from this case file, when there is one. */
    public ObjectProperty<TrainingService.Feedback> feedback() {
        return feedback;
    }

    /** Scores proposals made in a training workspace (not given: live work, no scoring). */
    public void scoreWith(TrainingService service) {
        training = service != null && service.isTrainingWorkspace() ? service : null;
    }

    /** Issues the proposed ruling (null) or the supervisor's own. */
    public void issue(Ruling ruling) {
        change(c -> cases.issueRuling(c.caseId(), operator, c.version(), ruling));
    }

    public void returnRuling(String comment) {
        change(c -> cases.returnRuling(c.caseId(), operator, c.version(), comment));
    }

    public void verifyProof(String note) {
        change(c -> cases.verifyProof(c.caseId(), operator, c.version(), note));
    }

    public void rejectProof(String note) {
        change(c -> cases.rejectProof(c.caseId(), operator, c.version(), note));
    }

    public void applyMeasure(Measure measure) {
        change(c -> cases.applyMeasure(c.caseId(), operator, c.version(), measure));
    }

    public void uphold(String reason) {
        change(c -> cases.upholdRuling(c.caseId(), operator, c.version(), reason));
    }

    public void replace(Ruling replacement, String reason) {
        change(c -> cases.replaceRuling(c.caseId(), operator, c.version(), replacement, reason));
    }

    public void openProactiveIntervention(String reason) {
        change(c -> cases.openProactiveIntervention(c.caseId(), operator, c.version(), reason));
    }

    public Actor operator() {
        return operator;
    }

    /** Whether the state table lets this operator take the action on the shown case now. */
    public boolean allowed(CaseAction action) {
        return actions.stream().anyMatch(a -> a.action() == action && a.allowed());
    }

    /**
     * Runs a change on the shown case (with its version, so a concurrent change is refused) and shows
     * the case as saved; when refused, says why and shows the case as it now is.
     */
    private void change(java.util.function.Function<DisputeCase, DisputeCase> work) {
        DisputeCase c = current.get();
        if (c == null) {
            return;
        }
        long mine = ++sequence;
        background.run(() -> work.apply(c), saved -> {
            if (mine == sequence) {
                error.set("");
                show(saved);
            }
        }, t -> {
            if (mine == sequence) {
                String why = Messages.of(t, i18n);
                open(c.caseId());
                error.set(why);
            }
        });
    }

    private void show(DisputeCase c) {
        current.set(c);
        Map<CaseAction, Optional<Refusal>> available = cases.workflow().actionsFor(c, operator);
        actions.setAll(available.entrySet().stream().map(e -> new ActionState(e.getKey(), e.getValue().isEmpty(),
                e.getValue().map(r -> Messages.refusal(r, i18n)).orElse(""))).toList());
    }
}
