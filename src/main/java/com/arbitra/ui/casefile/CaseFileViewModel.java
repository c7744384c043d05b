package com.arbitra.ui.casefile;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Assessment;
import com.arbitra.domain.AuditEntry;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseChanges;
import com.arbitra.domain.CaseService;
import com.arbitra.domain.ConcurrentChangeException;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.domain.DraftService;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Party;
import com.arbitra.domain.Refusal;
import com.arbitra.domain.TrainingService;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One case as the case file shows it, and what the operator may do with it: each action with why it
 * is refused, from the domain's state table. Switching cases fast never shows the previous case.
 *
 * <p>The shown case changes only when the operator acts or asks for it: a change made elsewhere is
 * announced ({@link #newer()}) and shown on {@link #showNewer()}. Every command carries the case as the
 * operator saw it when the form opened; one refused because the case changed meanwhile becomes a
 * {@link Conflict}, the draft kept.
 */
public final class CaseFileViewModel {

    /** An action on the case: allowed, or refused with a sentence. */
    public record ActionState(CaseAction action, boolean allowed, String reason) {
    }

    /**
     * A command refused because the case changed after the operator saw it: what they saw, the case
     * now, what changed in between, and what they had entered (null for commands without a form).
     */
    public record Conflict(CaseAction action, DisputeCase seen, DisputeCase now, List<CaseChanges.Change> changes,
                           Draft.Content draft) {
    }

    private final CaseService cases;
    private final DraftService drafts;
    private final Actor operator;
    private final TaskRunner background;
    private final I18n i18n;
    private final ObjectProperty<DisputeCase> current = new SimpleObjectProperty<>();
    private final ObjectProperty<DisputeCase> newer = new SimpleObjectProperty<>();
    private final ObjectProperty<Conflict> conflict = new SimpleObjectProperty<>();
    private final ObservableList<ActionState> actions = FXCollections.observableArrayList();
    private final ObservableList<Draft> unsent = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private long sequence;
    private final ObjectProperty<TrainingService.Feedback> feedback = new SimpleObjectProperty<>();
    /** When the operator opened the shown case: a training attempt's time counts from here. */
    private Instant openedAt;

    public CaseFileViewModel(CaseService cases, DraftService drafts, Actor operator, TaskRunner background,
                             I18n i18n) {
        this.cases = cases;
        this.drafts = drafts;
        this.operator = operator;
        this.background = background;
        this.i18n = i18n;
    }

    /** The case as the operator sees it. */
    public ObjectProperty<DisputeCase> current() { return current; }
    /** A newer version of the shown case, saved elsewhere and not shown yet (null: none). */
    public ObjectProperty<DisputeCase> newer() { return newer; }
    /** The last command refused because the case had changed (null: none to show). */
    public ObjectProperty<Conflict> conflict() { return conflict; }
    public ObservableList<ActionState> actions() { return actions; }
    /** This operator's unsent drafts for the shown case, the newest first. */
    public ObservableList<Draft> unsent() { return unsent; }
    public StringProperty error() { return error; }
    /**
     * What was done to the shown case here (its audit records), up to the shown version; for a moment
     * after another case is shown, that case's: filter by case id.
     */
    public ObservableList<AuditEntry> history() { return history; }
    /** The workflow's clock: deadlines count down from it. */
    public Instant now() { return cases.workflow().now(); }

    public void open(String caseId) {
        long mine = ++sequence;
        openedAt = cases.workflow().now();
        error.set("");
        current.set(null);
        newer.set(null);
        actions.clear();
        unsent.clear();
        background.run("CaseFileViewModel.open", () -> cases.find(caseId).map(c -> new Loaded(c, drafts.of(operator, caseId))), found -> {
            if (mine != sequence) {
                return;
            }
            if (found.isEmpty()) {
                error.set(i18n.t("refused.case.unknown", caseId));
                return;
            }
            show(found.get().shown());
            unsent.setAll(found.get().drafts());
            com.arbitra.ui.ConsoleProbe.current().caseShown();
        }, t -> {
            if (mine == sequence) {
                error.set(Messages.of(t, i18n));
            }
        });
    }

    private record Loaded(DisputeCase shown, List<Draft> drafts) {
    }

    /**
     * Reads the shown case again after a change elsewhere (another operator, the platform, a deadline)
     * and announces a newer version in {@link #newer()}; the shown case stays as it is, so that nothing
     * moves under an open form or a half-read evidence item.
     */
    public void refresh() {
        DisputeCase shown = current.get();
        if (shown == null) {
            return;
        }
        long mine = sequence;
        background.run("CaseFileViewModel.refresh", () -> cases.find(shown.caseId()), found -> {
            if (mine == sequence && found.isPresent() && found.get().version() != shown.version()) {
                newer.set(found.get());
            }
        }, t -> error.set(Messages.of(t, i18n)));
    }

    /** Shows the newer version announced by {@link #refresh()}. */
    public void showNewer() {
        DisputeCase next = newer.get();
        if (next != null) {
            show(next);
        }
    }

    /** Keeps what the operator has typed in a form for the shown case (called as they type). */
    public void keepDraft(CaseAction action, DisputeCase seen, Draft.Content content) {
        background.run("CaseFileViewModel.keepDraft", () -> {
            drafts.keep(operator, seen.caseId(), action, seen.version(), content);
            return null;
        }, x -> { }, t -> error.set(Messages.of(t, i18n)));
    }

    /**
     * Keeps the draft of a form closed without sending (or of a refused command) and lists it among
     * the case's unsent drafts, for the operator to resume.
     */
    public void draftLeft(CaseAction action, DisputeCase seen, Draft.Content content) {
        keepDraft(action, seen, content);
        if (current.get() != null && current.get().caseId().equals(seen.caseId())) {
            unsent.removeIf(d -> d.action() == action);
            unsent.add(0, new Draft(operator.name(), seen.caseId(), action, seen.version(), cases.workflow().now(),
                    content));
        }
    }

    /** Throws the operator's draft for the action away. */
    public void discardDraft(CaseAction action) {
        DisputeCase c = current.get();
        if (c == null) {
            return;
        }
        unsent.removeIf(d -> d.action() == action);
        background.run("CaseFileViewModel.discardDraft", () -> {
            drafts.discard(operator, c.caseId(), action);
            return null;
        }, x -> { }, t -> error.set(Messages.of(t, i18n)));
    }

    /** The operator's unsent draft for the action on the shown case, when there is one. */
    public Optional<Draft> draftFor(CaseAction action) {
        return unsent.stream().filter(d -> d.action() == action).findFirst();
    }

    /** Claims the case as the operator saw it. */
    public void claim(DisputeCase seen) {
        change(CaseAction.CLAIM, seen, null, c -> cases.claim(c.caseId(), operator, c.version()));
    }

    public void addNote(DisputeCase seen, String text) {
        change(CaseAction.ADD_NOTE, seen, new Draft.TextContent(text),
                c -> cases.addNote(c.caseId(), operator, c.version(), text));
    }

    public void assess(DisputeCase seen, String evidenceId, Assessment assessment, String note) {
        change(CaseAction.ASSESS_EVIDENCE, seen, null,
                c -> cases.assessEvidence(c.caseId(), operator, c.version(), evidenceId, assessment, note));
    }

    public void assign(DisputeCase seen, String assignee) {
        change(CaseAction.ASSIGN, seen, null, c -> cases.assign(c.caseId(), operator, c.version(), assignee));
    }

    /** Asks one party, or both (one request each, in one transaction), for evidence. */
    public void requestEvidence(DisputeCase seen, RequestFormModel.Request r) {
        Map<Party, String> byParty = new EnumMap<>(Party.class);
        r.parties().forEach(p -> byParty.put(p, r.instructions().get(p)));
        change(CaseAction.REQUEST_EVIDENCE, seen, r.form(), c -> cases.requestEvidence(c.caseId(), operator,
                c.version(), byParty, r.categories(), r.dueAt(), r.channels()));
    }

    /**
     * Proposes the ruling; in a training workspace the same transaction scores it against the case's
     * reference, and the feedback (or the news that the trainer releases it later) is published.
     */
    public void propose(DisputeCase seen, Draft.RulingContent draft) {
        Instant started = openedAt;
        change(CaseAction.PROPOSE_RULING, seen, draft, c -> {
            CaseService.Proposal p = cases.proposeRuling(c.caseId(), operator, c.version(), draft.ruling(), started);
            p.feedback().ifPresent(f -> background.onUi(() -> feedback.set(f)));
            return p.saved();
        });
    }

    /** The score of the last training attempt made from this case file, when there is one. */
    public ObjectProperty<TrainingService.Feedback> feedback() {
        return feedback;
    }

    /** Issues the proposal as the operator saw it (draft null) or the supervisor's own ruling. */
    public void issue(DisputeCase seen, Draft.RulingContent draft) {
        change(CaseAction.ISSUE_RULING, seen, draft, c -> cases.issueRuling(c.caseId(), operator, c.version(),
                draft == null ? null : draft.ruling()));
    }

    public void returnRuling(DisputeCase seen, String comment) {
        change(CaseAction.RETURN_RULING, seen, null, c -> cases.returnRuling(c.caseId(), operator, c.version(),
                comment));
    }

    public void verifyProof(DisputeCase seen, String note) {
        change(CaseAction.VERIFY_PROOF, seen, null, c -> cases.verifyProof(c.caseId(), operator, c.version(), note));
    }

    public void rejectProof(DisputeCase seen, String note) {
        change(CaseAction.REJECT_PROOF, seen, null, c -> cases.rejectProof(c.caseId(), operator, c.version(), note));
    }

    public void applyMeasure(DisputeCase seen, Measure measure) {
        change(measure == Measure.ADVANCE_PAYMENT ? CaseAction.APPLY_ADVANCE_PAYMENT : CaseAction.APPLY_MEASURE, seen,
                null, c -> cases.applyMeasure(c.caseId(), operator, c.version(), measure));
    }

    public void uphold(DisputeCase seen, String reason) {
        change(CaseAction.UPHOLD_RULING, seen, null, c -> cases.upholdRuling(c.caseId(), operator, c.version(),
                reason));
    }

    public void replace(DisputeCase seen, Draft.RulingContent replacement, String reason) {
        change(CaseAction.REPLACE_RULING, seen, replacement, c -> cases.replaceRuling(c.caseId(), operator,
                c.version(), replacement.ruling(), reason));
    }

    public void openProactiveIntervention(DisputeCase seen, String reason) {
        change(CaseAction.OPEN_PROACTIVE_INTERVENTION, seen, null, c -> cases.openProactiveIntervention(c.caseId(),
                operator, c.version(), reason));
    }

    public Actor operator() {
        return operator;
    }

    /** Whether the state table lets this operator take the action on the shown case now. */
    public boolean allowed(CaseAction action) {
        return actions.stream().anyMatch(a -> a.action() == action && a.allowed());
    }

    /**
     * Takes the conflict's way out the operator chose: the case as it is now is shown, and the draft
     * is either kept for the operator to review and send again, or thrown away.
     */
    public void settle(Conflict c, boolean keepDraft) {
        conflict.set(null);
        show(c.now());
        if (!keepDraft && c.draft() != null) {
            discardDraft(c.action());
        }
    }

    /**
     * Runs a command on the case as the operator saw it ({@code seen}: its version goes with the
     * command, so one decided on an older version is refused) and shows the case as saved. A refusal
     * keeps the draft: a conflict is published with what changed; any other refusal is said, and the
     * case is read again.
     */
    private void change(CaseAction action, DisputeCase seen, Draft.Content draft,
                        Function<DisputeCase, DisputeCase> work) {
        if (seen == null) {
            return;
        }
        long mine = ++sequence;
        background.run("CaseFileViewModel.change", () -> work.apply(seen), saved -> {
            drafts.sent(operator, seen.caseId(), action);
            if (mine == sequence) {
                error.set("");
                unsent.removeIf(d -> d.action() == action);
                show(saved);
            }
        }, t -> {
            if (mine != sequence) {
                return;
            }
            if (draft != null && Draft.KEPT.contains(action)) {
                draftLeft(action, seen, draft);
            }
            if (t instanceof ConcurrentChangeException changed && changed.current() != null) {
                newer.set(changed.current());
                conflict.set(new Conflict(action, seen, changed.current(),
                        CaseChanges.between(seen, changed.current()), draft));
                return;
            }
            String why = Messages.of(t, i18n);
            reopen(seen.caseId(), why);
        });
    }

    /** Reads the case again after a refusal, keeping the refusal's sentence on screen. */
    private void reopen(String caseId, String why) {
        long mine = ++sequence;
        background.run("CaseFileViewModel.reopen", () -> cases.find(caseId).map(c -> new Loaded(c, drafts.of(operator, caseId))), found -> {
            if (mine == sequence) {
                found.ifPresent(l -> {
                    show(l.shown());
                    unsent.setAll(l.drafts());
                });
                error.set(why);
            }
        }, t -> {
            if (mine == sequence) {
                error.set(why);
            }
        });
    }

    private void show(DisputeCase c) {
        current.set(c);
        // the rows shown stay until the new ones are read: the timeline does not empty and fill again
        background.run("CaseFileViewModel.history", () -> cases.localHistory(c), h -> {
            if (current.get() == c) {
                history.setAll(h);
            }
        }, t -> error.set(Messages.of(t, i18n)));
        if (newer.get() != null && newer.get().version() <= c.version()) {
            newer.set(null);
        }
        Map<CaseAction, Optional<Refusal>> available = cases.workflow().actionsFor(c, operator);
        actions.setAll(available.entrySet().stream().map(e -> new ActionState(e.getKey(), e.getValue().isEmpty(),
                e.getValue().map(r -> Messages.refusal(r, i18n)).orElse(""))).toList());
    }
}
