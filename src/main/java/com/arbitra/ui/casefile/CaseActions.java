package com.arbitra.ui.casefile;

import com.arbitra.domain.CaseAction;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Operator;
import com.arbitra.domain.ProofChecks;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.ui.Background;
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
    private final Background background;
    private final Supplier<List<Operator>> operators;
    private final CaseFileView.RulingForms rulings;
    private final RequestDialog requests;
    private final Runnable assess;
    private final FlowPane bar = new FlowPane(8, 8);

    CaseActions(CaseFileViewModel vm, I18n i18n, Background background, Supplier<List<Operator>> operators,
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

    void refresh() {
        bar.getChildren().clear();
        for (CaseFileViewModel.ActionState a : vm.actions()) {
            String[] key = KEYS.getOrDefault(a.action(), new String[] {"", "mdi2g-gesture-tap"});
            if (a.allowed()) {
                Button b = new Button(i18n.t("do." + a.action().name()) + "  (" + key[0].toUpperCase() + ")",
                        new FontIcon(key[1]));
                b.setId("do-" + a.action().name());
                b.setOnAction(e -> run(a.action()));
                bar.getChildren().add(b);
            } else {
                Label l = new Label(i18n.t("do." + a.action().name()).replace("…", ""), new FontIcon(key[1]));
                l.setId("action-" + a.action().name());
                l.getStyleClass().add("action-refused");
                l.setTooltip(new Tooltip(a.reason()));
                l.setAccessibleText(i18n.t("do." + a.action().name()) + ": " + a.reason());
                bar.getChildren().add(l);
            }
        }
    }

    void run(CaseAction action) {
        DisputeCase c = vm.current().get();
        if (c == null) {
            return;
        }
        switch (action) {
            case CLAIM -> vm.claim();
            case ASSIGN -> assign();
            case REQUEST_EVIDENCE -> requests.ask(window(), c).ifPresent(vm::requestEvidence);
            case ASSESS_EVIDENCE -> assess.run();
            case PROPOSE_RULING -> rulings.form(c, RulingForm.Purpose.PROPOSE, window()).ifPresent(vm::propose);
            case ISSUE_RULING -> issue(c);
            case RETURN_RULING -> text("returnRuling", "").ifPresent(vm::returnRuling);
            case VERIFY_PROOF -> text("verifyProof", proofFindings(c).isEmpty() ? i18n.t("casefile.proofOk") : "",
                    proofFindings(c)).ifPresent(vm::verifyProof);
            case REJECT_PROOF -> text("rejectProof", String.join(" ", proofFindings(c)), proofFindings(c))
                    .ifPresent(vm::rejectProof);
            case APPLY_ADVANCE_PAYMENT -> confirm("advancePayment", c).ifPresent(x ->
                    vm.applyMeasure(Measure.ADVANCE_PAYMENT));
            case APPLY_MEASURE -> measure().ifPresent(vm::applyMeasure);
            case UPHOLD_RULING -> text("uphold", "").ifPresent(vm::uphold);
            case REPLACE_RULING -> rulings.form(c, RulingForm.Purpose.REPLACE, window()).ifPresent(r ->
                    text("replace", "").ifPresent(reason -> vm.replace(r, reason)));
            case OPEN_PROACTIVE_INTERVENTION -> text("proactive", "").ifPresent(vm::openProactiveIntervention);
            case ADD_NOTE -> text("note", "").ifPresent(vm::addNote);
            default -> { }
        }
    }

    /** Issues the proposal after a confirmation; from review, the supervisor's own ruling. */
    private void issue(DisputeCase c) {
        boolean proposed = c.ruling() != null && !c.ruling().isIssued() && c.ruling().proposedAt() != null
                && !c.ruling().isReturned();
        if (proposed) {
            if (rulings.confirmIssue(c, window())) {
                vm.issue(null);
            }
        } else {
            rulings.form(c, RulingForm.Purpose.ISSUE, window()).ifPresent(vm::issue);
        }
    }

    private void assign() {
        background.run(operators, all -> {
            List<String> names = all.stream().filter(o -> o.role() != Role.TRAINER).map(Operator::username).toList();
            ChoiceDialog<String> dialog = new ChoiceDialog<>(names.isEmpty() ? null : names.get(0), names);
            dialog.setTitle(i18n.t("do.ASSIGN"));
            dialog.setHeaderText(i18n.t("casefile.assignPrompt"));
            dialog.getDialogPane().setId("assignDialog");
            own(dialog);
            dialog.showAndWait().ifPresent(vm::assign);
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
            return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                    java.time.format.FormatStyle.SHORT).withLocale(i18n.locale())
                    .withZone(java.time.ZoneId.systemDefault()).format(at);
        }
        return a;
    }

    private Optional<String> text(String what, String initial) {
        return text(what, initial, List.of());
    }

    /** Asks for a text (a comment, note or reason), showing what the checks found; blank answers are not sent. */
    private Optional<String> text(String what, String initial, List<String> findings) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(i18n.t("casefile." + what + "Title"));
        dialog.setHeaderText(findings.isEmpty() ? i18n.t("casefile." + what + "Prompt")
                : i18n.t("casefile." + what + "Prompt") + "\n\n" + i18n.t("casefile.proofFindings") + "\n• "
                + String.join("\n• ", findings));
        dialog.getEditor().setId(what + "Text");
        dialog.getEditor().setPrefColumnCount(40);
        own(dialog);
        return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
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
