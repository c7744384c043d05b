package com.arbitra.ui.casefile;

import com.arbitra.domain.CaseAction;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Operator;
import com.arbitra.domain.ProofChecks;
import com.arbitra.domain.Role;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.ruling.RulingForm;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The actions bar of the case file: a button for each action this operator may take now, each with a
 * one-key shortcut, and for the others a greyed label saying why not. Every action asks for what it
 * needs (a comment, a reason, a ruling) and then runs through the view model.
 */
final class CaseActions {

    /** Key, icon; the key works anywhere in the case file except while typing. */
    private static final Map<CaseAction, String[]> KEYS = Map.ofEntries(
            Map.entry(CaseAction.CLAIM, new String[] {"c", "mdi2h-hand-back-right"}),
            Map.entry(CaseAction.ASSIGN, new String[] {"a", "mdi2a-account-arrow-right"}),
            Map.entry(CaseAction.REQUEST_EVIDENCE, new String[] {"r", "mdi2f-file-question"}),
            Map.entry(CaseAction.ASSESS_EVIDENCE, new String[] {"e", "mdi2c-clipboard-check"}),
            Map.entry(CaseAction.PROPOSE_RULING, new String[] {"p", "mdi2g-gavel"}),
            Map.entry(CaseAction.RETURN_RULING, new String[] {"t", "mdi2k-keyboard-return"}),
            Map.entry(CaseAction.ISSUE_RULING, new String[] {"i", "mdi2s-stamper"}),
            Map.entry(CaseAction.VERIFY_PROOF, new String[] {"v", "mdi2c-check-decagram"}),
            Map.entry(CaseAction.REJECT_PROOF, new String[] {"x", "mdi2c-close-octagon"}),
            Map.entry(CaseAction.APPLY_ADVANCE_PAYMENT, new String[] {"d", "mdi2c-cash-fast"}),
            Map.entry(CaseAction.APPLY_MEASURE, new String[] {"m", "mdi2s-scale-balance"}),
            Map.entry(CaseAction.UPHOLD_RULING, new String[] {"u", "mdi2s-shield-check"}),
            Map.entry(CaseAction.REPLACE_RULING, new String[] {"l", "mdi2f-file-replace"}),
            Map.entry(CaseAction.OPEN_PROACTIVE_INTERVENTION, new String[] {"o", "mdi2a-alert-decagram"}),
            Map.entry(CaseAction.ADD_NOTE, new String[] {"n", "mdi2n-note-plus"}));

    private final CaseFileViewModel vm;
    private final I18n i18n;
    private final TaskRunner background;
    private final Supplier<List<Operator>> operators;
    private final CaseFileView.RulingForms rulings;
    private final RequestDialog requests;
    private final Runnable assess;
    private final FlowPane bar = new FlowPane(8, 8);

    CaseActions(CaseFileViewModel vm, I18n i18n, TaskRunner background, Supplier<List<Operator>> operators,
                CaseFileView.RulingForms rulings, RequestDialog requests, Runnable assess) {
        this.vm = vm;
        this.i18n = i18n;
        this.background = background;
        this.operators = operators;
        this.rulings = rulings;
        this.requests = requests;
        this.assess = assess;
        bar.setId("caseActions");
        bar.getStyleClass().add("case-actions");
    }

    Node bar() {
        return bar;
    }

    /** The shortcut keys, for the case file's key handler; consumed when an action ran. */
    void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.getTarget() instanceof TextInputControl) {
            return;
        }
        for (CaseFileViewModel.ActionState a : vm.actions()) {
            String[] key = KEYS.get(a.action());
            if (key != null && key[0].equals(e.getCharacter()) && a.allowed()) {
                e.consume();
                run(a.action());
                return;
            }
        }
    }

    /**
     * One slot per action, as wide as the wider of its two faces (the button when it may be taken, the
     * greyed label with the reason when not): a claim that makes buttons live no longer re-wraps the bar
     * and moves the other actions under the pointer (issue 17, point 3). The face not shown is there
     * only for its size: invisible, without an id, out of the focus order.
     */
    void refresh() {
        List<Node> shown = new java.util.ArrayList<>();
        for (CaseFileViewModel.ActionState a : vm.actions()) {
            Slot slot = slots.computeIfAbsent(a.action(), Slot::new);
            slot.show(a);
            shown.add(slot.node);
        }
        // the same slots in the same order stay where they are
        if (!bar.getChildren().equals(shown)) {
            bar.getChildren().setAll(shown);
        }
    }

    /**
     * Each action's slot, made once and kept: nodes made anew for every case opened had their style
     * worked out anew each time, a good part of the opening (JFR).
     */
    private final Map<CaseAction, Slot> slots = new java.util.EnumMap<>(CaseAction.class);

    private final class Slot {
        private final CaseAction action;
        private final Button button;
        private final Label refused;
        private final Tooltip reason = new Tooltip();
        private final javafx.scene.layout.StackPane node;

        Slot(CaseAction action) {
            this.action = action;
            String[] key = KEYS.getOrDefault(action, new String[] {"", "mdi2g-gesture-tap"});
            String face = i18n.t("do." + action.name()) + "  (" + key[0].toUpperCase() + ")";
            button = new Button(face, new FontIcon(key[1]));
            button.setOnAction(e -> run(action));
            // greyed with its key, as a menu shows an item it cannot take now: the two faces differ only
            // by the button's padding, so the bar keeps its rows
            refused = new Label(face.replace("…", ""), new FontIcon(key[1]));
            refused.getStyleClass().add("action-refused");
            refused.setTooltip(reason);
            node = new javafx.scene.layout.StackPane(button, refused);
            node.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        void show(CaseFileViewModel.ActionState a) {
            boolean allowed = a.allowed();
            button.setId(allowed ? "do-" + action.name() : null);
            button.setVisible(allowed);
            button.setFocusTraversable(allowed);
            refused.setId(allowed ? null : "action-" + action.name());
            refused.setVisible(!allowed);
            reason.setText(allowed ? "" : a.reason());
            refused.setAccessibleText(allowed ? null : i18n.t("do." + action.name()) + ": " + a.reason());
        }
    }

    void run(CaseAction action) {
        run(action, null);
    }

    /**
     * Runs the action on the case as shown now: its form (when it has one) opens on that version, and
     * the command carries it, whatever arrives meanwhile. {@code start} is a kept draft to resume.
     */
    void run(CaseAction action, Draft.Content start) {
        DisputeCase seen = vm.current().get();
        if (seen == null) {
            return;
        }
        switch (action) {
            case CLAIM -> vm.claim(seen);
            case ASSIGN -> assign(seen);
            case REQUEST_EVIDENCE -> requests.ask(window(), seen, start instanceof Draft.RequestContent r ? r : null,
                    drafting(action, seen)).ifPresent(r -> vm.requestEvidence(seen, r));
            case ASSESS_EVIDENCE -> assess.run();
            case PROPOSE_RULING -> rulingForm(seen, RulingForm.Purpose.PROPOSE, start, action)
                    .ifPresent(r -> vm.propose(seen, r));
            case ISSUE_RULING -> issue(seen, start);
            case RETURN_RULING -> text("returnRuling", "").ifPresent(t -> vm.returnRuling(seen, t));
            case VERIFY_PROOF -> text("verifyProof", proofFindings(seen).isEmpty() ? i18n.t("casefile.proofOk") : "",
                    proofFindings(seen), Drafting.none()).ifPresent(t -> vm.verifyProof(seen, t));
            case REJECT_PROOF -> text("rejectProof", String.join(" ", proofFindings(seen)), proofFindings(seen),
                    Drafting.none()).ifPresent(t -> vm.rejectProof(seen, t));
            case APPLY_ADVANCE_PAYMENT -> confirm("advancePayment", seen).ifPresent(x ->
                    vm.applyMeasure(seen, Measure.ADVANCE_PAYMENT));
            case APPLY_MEASURE -> measure().ifPresent(m -> vm.applyMeasure(seen, m));
            case UPHOLD_RULING -> text("uphold", "").ifPresent(t -> vm.uphold(seen, t));
            case REPLACE_RULING -> rulingForm(seen, RulingForm.Purpose.REPLACE, start, action).ifPresent(r ->
                    text("replace", "").ifPresent(reason -> vm.replace(seen, r, reason)));
            case OPEN_PROACTIVE_INTERVENTION -> text("proactive", "").ifPresent(t ->
                    vm.openProactiveIntervention(seen, t));
            case ADD_NOTE -> text("note", start instanceof Draft.TextContent t ? t.text() : "", List.of(),
                    textDrafting(action, seen)).ifPresent(t -> vm.addNote(seen, t));
            default -> { }
        }
    }

    private Optional<Draft.RulingContent> rulingForm(DisputeCase seen, RulingForm.Purpose purpose,
                                                     Draft.Content start, CaseAction action) {
        return rulings.form(seen, purpose, start instanceof Draft.RulingContent r ? r : null, drafting(action, seen),
                window());
    }

    /** Where the form's entry goes as it is typed: the operator's draft for this case and action. */
    private <T extends Draft.Content> Drafting<T> drafting(CaseAction action, DisputeCase seen) {
        return new Drafting<>() {
            @Override
            public void typed(T content) {
                vm.keepDraft(action, seen, content);
            }

            @Override
            public void left(T content) {
                vm.draftLeft(action, seen, content);
            }
        };
    }

    private Drafting<String> textDrafting(CaseAction action, DisputeCase seen) {
        Drafting<Draft.Content> kept = drafting(action, seen);
        return new Drafting<>() {
            @Override
            public void typed(String text) {
                kept.typed(new Draft.TextContent(text));
            }

            @Override
            public void left(String text) {
                if (!text.isBlank()) {
                    kept.left(new Draft.TextContent(text));
                }
            }
        };
    }

    /** Issues the proposal as shown after a confirmation; from review, the supervisor's own ruling. */
    private void issue(DisputeCase seen, Draft.Content start) {
        boolean proposed = seen.ruling() != null && !seen.ruling().isIssued() && seen.ruling().proposedAt() != null
                && !seen.ruling().isReturned();
        if (proposed) {
            if (rulings.confirmIssue(seen, window())) {
                vm.issue(seen, null);
            }
        } else {
            rulingForm(seen, RulingForm.Purpose.ISSUE, start, CaseAction.ISSUE_RULING).ifPresent(r -> vm.issue(seen, r));
        }
    }

    private void assign(DisputeCase seen) {
        background.run("CaseActions.assign", operators::get, all -> {
            List<String> names = all.stream().filter(o -> o.role() != Role.TRAINER).map(Operator::username).toList();
            ChoiceDialog<String> dialog = new ChoiceDialog<>(names.isEmpty() ? null : names.get(0), names);
            dialog.setTitle(i18n.t("do.ASSIGN"));
            dialog.setHeaderText(i18n.t("casefile.assignPrompt"));
            dialog.getDialogPane().setId("assignDialog");
            own(dialog);
            dialog.showAndWait().ifPresent(who -> vm.assign(seen, who));
        }, t -> vm.error().set(com.arbitra.ui.Messages.of(t, i18n)));
    }

    private Optional<Measure> measure() {
        List<Measure> choices = List.of(Measure.DEPOSIT_DEDUCTION, Measure.SCORE_DEDUCTION, Measure.WARNING);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(i18n.t("measure." + choices.get(0).name()),
                choices.stream().map(m -> i18n.t("measure." + m.name())).toList());
        dialog.setTitle(i18n.t("do.APPLY_MEASURE"));
        dialog.setHeaderText(i18n.t("casefile.measurePrompt"));
        own(dialog);
        return dialog.showAndWait().flatMap(label -> choices.stream()
                .filter(m -> i18n.t("measure." + m.name()).equals(label)).findFirst());
    }

    private Optional<Boolean> confirm(String what, DisputeCase c) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, i18n.t("casefile." + what + "Confirm", c.caseId(),
                com.arbitra.ui.Formats.money(c.order().amount(), i18n.locale())));
        own(alert);
        return alert.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).map(b -> true);
    }

    /** What the check of the newest proof against the ruling found, as sentences (empty: nothing). */
    private List<String> proofFindings(DisputeCase c) {
        return ProofChecks.checkLatest(c).stream().map(f -> i18n.has(f.code())
                ? i18n.t(f.code(), f.args().stream().map(this::value).toArray()) : f.message()).toList();
    }

    private Object value(Object a) {
        if (a instanceof com.arbitra.domain.Money m) {
            return com.arbitra.ui.Formats.money(m, i18n.locale());
        }
        if (a instanceof java.time.Instant at) {
            return com.arbitra.ui.Formats.dateTime(i18n.locale(), java.time.ZoneId.systemDefault()).format(at);
        }
        return a;
    }

    private Optional<String> text(String what, String initial) {
        return text(what, initial, List.of(), Drafting.none());
    }

    /**
     * Asks for a text (a comment, note or reason), showing what the checks found; blank answers are not
     * sent. What is typed goes to {@code drafting}.
     */
    private Optional<String> text(String what, String initial, List<String> findings, Drafting<String> drafting) {
        TextInputDialog dialog = new TextInputDialog(initial);
        Drafting.Watch<String> watch = new Drafting.Watch<>(() -> dialog.getEditor().getText(), drafting);
        dialog.getEditor().textProperty().addListener((o, was, now) -> watch.edited());
        dialog.setTitle(i18n.t("casefile." + what + "Title"));
        dialog.setHeaderText(findings.isEmpty() ? i18n.t("casefile." + what + "Prompt")
                : i18n.t("casefile." + what + "Prompt") + "\n\n" + i18n.t("casefile.proofFindings") + "\n• "
                + String.join("\n• ", findings));
        dialog.getEditor().setId(what + "Text");
        dialog.getEditor().setPrefColumnCount(40);
        own(dialog);
        Optional<String> result = dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
        watch.closed(result.isPresent());
        return result;
    }

    private void own(javafx.scene.control.Dialog<?> dialog) {
        Window w = window();
        if (w != null) {
            dialog.initOwner(w);
        }
    }

    private Window window() {
        return bar.getScene() == null ? null : bar.getScene().getWindow();
    }
}
