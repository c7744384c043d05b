package com.arbitra.ui.casefile;

import com.arbitra.domain.Assessment;
import com.arbitra.domain.Attachment;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import com.arbitra.ui.evidence.AttachmentView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The case file: a header with who, what and when; the timeline; the evidence with the viewer; and
 * the actions this operator may take, those greyed out saying why. Esc goes back to the queue.
 */
public final class CaseFileView {

    private final CaseFileViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final Label parties = new Label();
    private final Label order = new Label();
    private final Label status = new Label();
    private final ListView<TimelineEvent> timeline = new ListView<>();
    private final ListView<EvidenceItem> evidence = new ListView<>();
    private final ListView<Attachment> files = new ListView<>();
    private final ListView<InternalNote> notes = new ListView<>();
    private final FlowPane actions = new FlowPane(8, 8);
    private final DateTimeFormatter when;

    public CaseFileView(CaseFileViewModel vm, AttachmentView viewer, I18n i18n, Runnable back) {
        this.vm = vm;
        this.i18n = i18n;
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        Button backButton = new Button(i18n.t("casefile.back"), new FontIcon("mdi2a-arrow-left"));
        backButton.setId("backToQueue");
        backButton.setOnAction(e -> back.run());
        title.setId("caseTitle");
        title.getStyleClass().add("title-3");
        Label error = new Label();
        error.textProperty().bind(vm.error());
        error.getStyleClass().add("form-error");
        HBox top = new HBox(12, backButton, title);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, top, parties, order, status, error);
        header.getStyleClass().add("case-header");

        timeline.setId("timeline");
        timeline.setCellFactory(list -> cell(e -> when.format(e.at()) + " · " + i18n.t("actor." + e.actor().name())
                + " · " + e.type() + (e.text() == null ? "" : "\n" + e.text())));
        evidence.setId("evidenceList");
        evidence.setCellFactory(list -> cell(e -> i18n.t("party." + e.party().name()) + " · "
                + i18n.t("category." + e.category().name())
                + (e.isLate(vm.current().get().evidenceRequests()) ? " · " + i18n.t("casefile.late") : "")
                + (e.assessment() == Assessment.UNREVIEWED ? "" : " · " + i18n.t("assessment." + e.assessment().name()))
                + (e.text() == null ? "" : "\n" + e.text())));
        files.setId("attachmentList");
        files.setCellFactory(list -> cell(Attachment::fileName));
        files.setPrefHeight(90);
        files.setMinHeight(60);
        evidence.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> {
            files.getItems().setAll(item == null ? java.util.List.of() : item.attachments());
            if (!files.getItems().isEmpty()) {
                files.getSelectionModel().selectFirst();
            } else {
                viewer.clear();
            }
        });
        files.getSelectionModel().selectedItemProperty().addListener((o, was, a) -> {
            if (a != null) {
                viewer.show(a);
            }
        });
        VBox evidenceSide = new VBox(6, evidence, files, assessmentBar());
        VBox.setVgrow(evidence, Priority.ALWAYS);
        SplitPane evidencePane = new SplitPane(evidenceSide, viewer.root());
        evidencePane.setDividerPositions(0.32);

        notes.setId("notes");
        notes.setCellFactory(list -> cell(n -> when.format(n.at()) + " · " + n.author() + "\n" + n.text()));
        TabPane tabs = new TabPane(new Tab(i18n.t("casefile.evidence"), evidencePane),
                new Tab(i18n.t("casefile.timeline"), timeline), new Tab(i18n.t("casefile.notes"), notes));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        actions.setId("caseActions");
        actions.getStyleClass().add("case-actions");
        root.getChildren().addAll(header, actions, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back.run();
                e.consume();
            }
        });
        vm.current().addListener((o, was, c) -> show(c));
        vm.actions().addListener((javafx.collections.ListChangeListener<CaseFileViewModel.ActionState>) c ->
                showActions());
    }

    public Parent root() {
        return root;
    }

    private void show(DisputeCase c) {
        if (c == null) {
            title.setText("");
            parties.setText("");
            order.setText("");
            status.setText("");
            timeline.getItems().clear();
            evidence.getItems().clear();
            notes.getItems().clear();
            return;
        }
        title.setText(c.caseId() + (c.complaintId() == null ? "" : "  ·  " + c.complaintId()));
        parties.setText(i18n.t("casefile.parties", c.consumer().nickname() == null ? c.consumer().consumerId()
                : c.consumer().nickname(), c.consumer().phoneMasked() == null ? "—" : c.consumer().phoneMasked(),
                c.merchant().name(), c.merchant().merchantId()));
        order.setText(i18n.t("casefile.order", c.order().productName() == null ? "—" : c.order().productName(),
                Formats.money(c.order().amount(), i18n.locale()), c.order().transactionId()));
        status.setText(i18n.t("casefile.status", i18n.t("state." + c.state().name()),
                c.dueAt() == null ? "—" : when.format(c.dueAt()),
                c.intervention() == null || c.intervention().trigger() == null ? "—"
                        : i18n.t("trigger." + c.intervention().trigger().name()),
                c.complaint().complaintCount()));
        status.setId("caseStatus");
        timeline.getItems().setAll(c.timeline());
        notes.getItems().setAll(c.notes());
        String selected = evidence.getSelectionModel().getSelectedItem() == null ? null
                : evidence.getSelectionModel().getSelectedItem().evidenceId();
        evidence.getItems().setAll(c.evidence());
        // after a change to the same case, stay on the item the operator was looking at
        int keep = selected == null ? -1 : c.evidence().stream().map(EvidenceItem::evidenceId).toList().indexOf(selected);
        if (keep >= 0) {
            evidence.getSelectionModel().select(keep);
        } else if (!c.evidence().isEmpty()) {
            evidence.getSelectionModel().selectFirst();
        }
    }

    /**
     * What this operator may do now, and for the rest why not. Claiming and notes act from here,
     * assessments from the evidence tab; the forms for the other actions come with rulings.
     */
    private void showActions() {
        actions.getChildren().clear();
        for (CaseFileViewModel.ActionState a : vm.actions()) {
            if (a.allowed() && (a.action() == CaseAction.CLAIM || a.action() == CaseAction.ADD_NOTE)) {
                Button b = new Button(i18n.t("action." + a.action().name()),
                        new FontIcon(a.action() == CaseAction.CLAIM ? "mdi2h-hand-back-right" : "mdi2n-note-plus"));
                b.setId("do-" + a.action().name());
                b.setOnAction(e -> {
                    if (a.action() == CaseAction.CLAIM) {
                        vm.claim();
                    } else {
                        askForNote();
                    }
                });
                actions.getChildren().add(b);
                continue;
            }
            Label l = new Label(i18n.t("action." + a.action().name()),
                    new FontIcon(a.allowed() ? "mdi2c-check-circle-outline" : "mdi2c-close-circle-outline"));
            l.setId("action-" + a.action().name());
            l.getStyleClass().add(a.allowed() ? "action-allowed" : "action-refused");
            if (!a.allowed()) {
                l.setTooltip(new Tooltip(a.reason()));
                l.setAccessibleText(i18n.t("action." + a.action().name()) + ": " + a.reason());
            }
            actions.getChildren().add(l);
        }
    }

    private void askForNote() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(i18n.t("action.ADD_NOTE"));
        dialog.setHeaderText(i18n.t("casefile.notePrompt"));
        dialog.getEditor().setId("noteText");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().filter(text -> !text.isBlank()).ifPresent(vm::addNote);
    }

    /** The assessment of the selected evidence item: accepted, disputed or rejected as false, with a note. */
    private HBox assessmentBar() {
        ComboBox<Assessment> value = new ComboBox<>();
        value.setId("assessment");
        value.getItems().setAll(Assessment.ACCEPTED, Assessment.DISPUTED, Assessment.REJECTED_AS_FALSE);
        value.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Assessment a) {
                return a == null ? "" : i18n.t("assessment." + a.name());
            }

            @Override
            public Assessment fromString(String s) {
                return null;
            }
        });
        value.setPromptText(i18n.t("casefile.assess"));
        TextField note = new TextField();
        note.setId("assessmentNote");
        note.setPromptText(i18n.t("casefile.assessmentNote"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button(i18n.t("casefile.saveAssessment"));
        save.setId("saveAssessment");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinWidth(80);
        save.setOnAction(e -> {
            EvidenceItem item = evidence.getSelectionModel().getSelectedItem();
            if (item != null && value.getValue() != null) {
                vm.assess(item.evidenceId(), value.getValue(), note.getText());
                note.clear();
            }
        });
        HBox bar = new HBox(8, value, note, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        // only where the state table allows assessing, and for an item picked
        bar.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.actions().stream()
                .noneMatch(a -> a.action() == CaseAction.ASSESS_EVIDENCE && a.allowed())
                || evidence.getSelectionModel().getSelectedItem() == null, vm.actions(),
                evidence.getSelectionModel().selectedItemProperty()));
        evidence.getSelectionModel().selectedItemProperty().addListener((o, was, item) ->
                value.setValue(item == null || item.assessment() == Assessment.UNREVIEWED ? null : item.assessment()));
        return bar;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                // a wrapping list cell must not ask for its text's full width
                setPrefWidth(0);
            }
        };
    }
}
