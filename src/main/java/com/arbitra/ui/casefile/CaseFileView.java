package com.arbitra.ui.casefile;

import com.arbitra.domain.Assessment;
import com.arbitra.domain.Attachment;
import com.arbitra.domain.AuditEntry;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Notification;
import com.arbitra.domain.Operator;
import com.arbitra.ui.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import com.arbitra.ui.evidence.AttachmentView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    /** How long the shown case has until its deadline, or how long it is overdue. */
    private final Label timeLeft = new Label();
    /** The marks on the case, e.g. "decide on the evidence collected". */
    private final Label flags = new Label();
    /** The platform's events and what was done here (the audit chain), in time order. */
    private final ListView<TimelineRow> timeline = new ListView<>();
    private final TreeView<Object> evidence = new TreeView<>();
    private final ListView<EvidenceRequest> requests = new ListView<>();
    private final ListView<Attachment> files = new ListView<>();
    private final ListView<InternalNote> notes = new ListView<>();
    /** The case's ruling whole: proposed, returned or issued, with who and when. */
    private final Label ruling = new Label();
    private final CaseActions actions;
    private final ComboBox<Assessment> assessment = new ComboBox<>();
    private final DateTimeFormatter when;
    private final VBox draftsBanner = new VBox(4);

    /** What the case file's actions need besides the case: people to assign to and the forms. */
    /** @param compare a new side-by-side viewer for two evidence items */
    public record Tools(TaskRunner background, Supplier<List<Operator>> operators, RulingForms rulings,
                        RequestDialog requests, Supplier<com.arbitra.ui.evidence.CompareView> compare) {
    }

    /** The ruling form for a case, and the confirmation before a proposal is issued as it stands. */
    public interface RulingForms {
        /**
         * The form for the case as the operator sees it, starting from {@code start} (a kept draft) when
         * given, its entry going to {@code drafting} as it is typed; the entry when submitted.
         */
        java.util.Optional<com.arbitra.domain.Draft.RulingContent> form(
                DisputeCase c, com.arbitra.ui.ruling.RulingForm.Purpose purpose,
                com.arbitra.domain.Draft.RulingContent start, Drafting<com.arbitra.domain.Draft.RulingContent> drafting,
                javafx.stage.Window owner);

        boolean confirmIssue(DisputeCase c, javafx.stage.Window owner);
    }

    public CaseFileView(CaseFileViewModel vm, AttachmentView viewer, I18n i18n, Runnable back, Tools tools) {
        this.vm = vm;
        this.i18n = i18n;
        actions = new CaseActions(vm, i18n, tools.background(), tools.operators(), tools.rulings(), tools.requests(),
                () -> assessment.requestFocus());
        when = Formats.dateTime(i18n.locale(), ZoneId.systemDefault());
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
        flags.setId("caseFlags");
        flags.getStyleClass().add("case-flags");
        flags.managedProperty().bind(flags.textProperty().isNotEmpty());
        timeLeft.setId("caseTimeLeft");
        HBox statusLine = new HBox(10, status, timeLeft);
        // the deadline's countdown ticks while the case file is on screen, as the queue's does
        javafx.animation.Timeline tick = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(1), e -> showTimeLeft()));
        tick.setCycleCount(javafx.animation.Animation.INDEFINITE);
        com.arbitra.ui.OnScreen.watch(root, scene -> tick.play(), scene -> tick.stop());
        vm.current().addListener((o, was, c) -> showTimeLeft());
        VBox header = new VBox(4, top, parties, order, statusLine, flags, error, newerBanner(), draftsBanner);
        header.getStyleClass().add("case-header");

        timeline.setId("timeline");
        timeline.setCellFactory(list -> {
            ListCell<TimelineRow> cell = cell(r -> when.format(r.at()) + " · " + r.text());
            cell.itemProperty().addListener((o, was, r) -> cell.pseudoClassStateChanged(LOCAL, r != null && r.local()));
            return cell;
        });
        vm.history().addListener((javafx.collections.ListChangeListener<AuditEntry>) change -> showTimeline());
        evidence.setId("evidenceList");
        evidence.setShowRoot(false);
        evidence.setCellFactory(t -> new TreeCell<>() {
            /**
             * The text as a wrapping label as wide as the room right of the arrow: the cell's own wrapped
             * text was measured as if it had the indent's width too, and its last line ended in "…".
             */
            private final Label label = new Label();
            /** Where the label starts in the cell (indent and arrow), known after a layout. */
            private final javafx.beans.property.DoubleProperty start = new javafx.beans.property.SimpleDoubleProperty(40);

            {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.textFillProperty().bind(textFillProperty());
                label.fontProperty().bind(fontProperty());
                label.prefWidthProperty().bind(widthProperty().subtract(start).subtract(snappedRightInset() + 2));
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                setPrefWidth(0);
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                if (getGraphic() == label && Math.abs(label.getLayoutX() - start.get()) > 0.5) {
                    start.set(label.getLayoutX());
                }
            }

            @Override
            protected void updateItem(Object node, boolean empty) {
                super.updateItem(node, empty);
                getStyleClass().removeAll("evidence-group", "evidence-late");
                String shown = empty || node == null ? null : describe(node);
                label.setText(shown);
                setText(shown);
                setGraphic(shown == null ? null : label);
                if (node instanceof EvidenceItem e && vm.current().get() != null
                        && e.isLate(vm.current().get().evidenceRequests())) {
                    getStyleClass().add("evidence-late");
                } else if (!empty && !(node instanceof EvidenceItem)) {
                    getStyleClass().add("evidence-group");
                }
            }
        });
        evidence.setContextMenu(compareMenu(tools.compare()));
        files.setId("attachmentList");
        files.setCellFactory(list -> cell(this::fileName));
        files.setPrefHeight(90);
        files.setMinHeight(60);
        // what an item says besides its files: the carrier and tracking number, the payment's numbers
        VBox details = new VBox(6);
        details.setId("evidenceDetails");
        details.managedProperty().bind(details.visibleProperty());
        details.setVisible(false);
        evidence.getSelectionModel().selectedItemProperty().addListener((o, was, node) -> {
            EvidenceItem item = node != null && node.getValue() instanceof EvidenceItem e ? e : null;
            details.getChildren().clear();
            if (item != null && item.logistics() != null) {
                details.getChildren().add(new com.arbitra.ui.evidence.LogisticsCard(item.logistics(), i18n).root());
            }
            if (item != null && item.payment() != null) {
                details.getChildren().add(new com.arbitra.ui.evidence.PaymentCard(item.payment(), i18n).root());
            }
            boolean shown = details.isVisible();
            details.setVisible(!details.getChildren().isEmpty());
            if (shown != details.isVisible() && node != null) {
                // the tree just grew or shrank: the chosen item stays in view
                int row = evidence.getRow(node);
                javafx.application.Platform.runLater(() -> {
                    javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>)
                            evidence.lookup(".virtual-flow");
                    if (flow != null && row >= 0) {
                        flow.scrollTo(row);
                    }
                });
            }
            files.getItems().setAll(item == null ? List.of() : item.attachments());
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
        Label noEvidence = new Label(i18n.t("casefile.noEvidence"));
        noEvidence.getStyleClass().add("text-muted");
        noEvidence.setMouseTransparent(true);
        noEvidence.visibleProperty().bind(evidence.rootProperty().map(r -> r == null || r.getChildren().isEmpty()));
        javafx.scene.layout.StackPane evidenceBox = new javafx.scene.layout.StackPane(evidence, noEvidence);
        VBox evidenceSide = new VBox(6, evidenceBox, details, files, assessmentBar());
        VBox.setVgrow(evidenceBox, Priority.ALWAYS);
        SplitPane evidencePane = new SplitPane(evidenceSide, viewer.root());
        evidencePane.setDividerPositions(0.32);

        notes.setId("notes");
        notes.setCellFactory(list -> cell(n -> when.format(n.at()) + " · " + n.author() + "\n" + n.text()));
        requests.setId("requests");
        requests.setCellFactory(list -> cell(this::describeRequest));
        requests.setPlaceholder(new Label(i18n.t("casefile.noRequests")));
        TabPane tabs = new TabPane(new Tab(i18n.t("casefile.evidence"), evidencePane),
                new Tab(i18n.t("casefile.requests"), requests),
                new Tab(i18n.t("casefile.ruling"), rulingPane()),
                new Tab(i18n.t("casefile.timeline"), timeline), new Tab(i18n.t("casefile.notes"), notes));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getChildren().addAll(header, actions.bar(), tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back.run();
                e.consume();
            }
        });
        // the shortcuts work wherever the focus is while the case file is on screen, except in text fields
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> keys = actions::onKey;
        com.arbitra.ui.OnScreen.watch(root, scene -> scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, keys),
                scene -> scene.removeEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, keys));
        vm.current().addListener((o, was, c) -> show(c));
        vm.unsent().addListener((javafx.collections.ListChangeListener<Draft>) ch -> showDrafts());
        ConflictDialog conflicts = new ConflictDialog(i18n, when);
        vm.conflict().addListener((o, was, c) -> {
            if (c != null) {
                // not from inside the listener: the dialog runs a nested event loop
                javafx.application.Platform.runLater(() -> settle(conflicts, c));
            }
        });
        vm.actions().addListener((javafx.collections.ListChangeListener<CaseFileViewModel.ActionState>) c -> {
            actions.refresh();
            showDrafts();
        });
        draftsBanner.setId("drafts");
    }

    public Parent root() {
        return root;
    }

    /** "Changed by X at T": a newer version is shown only when the operator asks for it. */
    private Node newerBanner() {
        Label text = new Label();
        text.setWrapText(true);
        text.setId("newerText");
        text.textProperty().bind(vm.newer().map(n -> i18n.t("casefile.newer", n.updatedBy(), when.format(n.updatedAt())))
                .orElse(""));
        Button reload = new Button(i18n.t("casefile.showNewer"), new FontIcon("mdi2r-refresh"));
        reload.setId("showNewer");
        reload.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reload.setOnAction(e -> vm.showNewer());
        HBox bar = new HBox(10, new FontIcon("mdi2a-alert-circle-outline"), text, reload);
        bar.setId("newerBanner");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("case-banner");
        bar.visibleProperty().bind(vm.newer().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        return bar;
    }

    /** The operator's unsent drafts for this case, each to resume or discard. */
    private void showDrafts() {
        draftsBanner.getChildren().clear();
        for (Draft d : vm.unsent()) {
            Label text = new Label(i18n.t("casefile.draft", i18n.t("do." + d.action().name()).replace("…", ""),
                    when.format(d.savedAt())));
            text.setWrapText(true);
            Button resume = new Button(i18n.t("casefile.resume"), new FontIcon("mdi2p-pencil"));
            resume.setId("resume-" + d.action().name());
            resume.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            resume.setDisable(!vm.allowed(d.action()));
            resume.setOnAction(e -> actions.run(d.action(), d.content()));
            Button discard = new Button(i18n.t("casefile.discardDraft"));
            discard.setId("discard-" + d.action().name());
            discard.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            discard.setOnAction(e -> vm.discardDraft(d.action()));
            HBox row = new HBox(10, new FontIcon("mdi2f-file-document-edit-outline"), text, resume, discard);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("case-banner");
            HBox.setHgrow(text, Priority.ALWAYS);
            draftsBanner.getChildren().add(row);
        }
    }

    /** The operator's way out of a refused command: review the case as it is now and send again, or discard. */
    private void settle(ConflictDialog dialog, CaseFileViewModel.Conflict c) {
        if (vm.conflict().get() != c) {
            return;
        }
        ConflictDialog.Choice choice = dialog.ask(c, root.getScene() == null ? null : root.getScene().getWindow());
        vm.settle(c, choice != ConflictDialog.Choice.DISCARD);
        if (choice == ConflictDialog.Choice.REVIEW && c.draft() != null && vm.allowed(c.action())) {
            actions.run(c.action(), c.draft());
        }
    }

    /**
     * The evidence tree's menu (right click, or Shift+F10 / the menu key): the selected item beside
     * another one, each side a full viewer, in a window of its own.
     */
    private javafx.scene.control.ContextMenu compareMenu(Supplier<com.arbitra.ui.evidence.CompareView> compare) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setId("evidenceMenu");
        // a menu without items does not show at all: it always holds at least the "nothing to compare"
        menu.getItems().add(nothingToCompare());
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            TreeItem<Object> node = evidence.getSelectionModel().getSelectedItem();
            DisputeCase c = vm.current().get();
            if (c == null || node == null || !(node.getValue() instanceof EvidenceItem first)
                    || first.attachments().isEmpty()) {
                javafx.scene.control.MenuItem choose = new javafx.scene.control.MenuItem(i18n.t("evidence.compare.choose"));
                choose.setDisable(true);
                menu.getItems().add(choose);
                return;
            }
            for (EvidenceItem other : c.evidence()) {
                if (other.evidenceId().equals(first.evidenceId()) || other.attachments().isEmpty()) {
                    continue;
                }
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                        i18n.t("evidence.compare.with", i18n.t("party." + other.party().name()) + " · "
                                + describe(other).lines().findFirst().orElse(other.evidenceId())));
                item.setId("compare-" + other.evidenceId());
                item.setOnAction(a -> showSideBySide(compare.get(), c, first, other));
                menu.getItems().add(item);
            }
            if (menu.getItems().isEmpty()) {
                menu.getItems().add(nothingToCompare());
            }
        });
        return menu;
    }

    private javafx.scene.control.MenuItem nothingToCompare() {
        javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem(i18n.t("evidence.compare.none"));
        none.setDisable(true);
        return none;
    }

    private void showSideBySide(com.arbitra.ui.evidence.CompareView view, DisputeCase c, EvidenceItem first,
                                EvidenceItem second) {
        view.compare(first, second);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setTitle(i18n.t("evidence.compare.title", c.caseId(), first.evidenceId(), second.evidenceId()));
        // as large as the screen allows: each side is a whole viewer with its own tools
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        javafx.scene.Scene scene = new javafx.scene.Scene(view.root(), Math.min(1600, screen.getWidth()),
                Math.min(900, screen.getHeight()));
        if (root.getScene() != null) {
            scene.getStylesheets().setAll(root.getScene().getStylesheets());
            stage.initOwner(root.getScene().getWindow());
        }
        scene.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    private void show(DisputeCase c) {
        if (c == null) {
            title.setText("");
            parties.setText("");
            order.setText("");
            status.setText("");
            flags.setText("");
            timeline.getItems().clear();
            ruling.setText("");
            evidence.setRoot(null);
            requests.getItems().clear();
            notes.getItems().clear();
            return;
        }
        title.setText(c.caseId() + (c.complaintId() == null ? "" : "  ·  " + c.complaintId()));
        parties.setText(Formats.shown(i18n.t("casefile.parties", c.consumer().nickname() == null
                ? c.consumer().consumerId() : c.consumer().nickname(), c.consumer().phoneMasked() == null ? "—" : c.consumer().phoneMasked(),
                c.merchant().name(), c.merchant().merchantId())));
        order.setText(Formats.shown(i18n.t("casefile.order", c.order().productName() == null ? "—"
                : c.order().productName(), Formats.money(c.order().amount(), i18n.locale()),
                c.order().transactionId())));
        status.setText(i18n.t("casefile.status", i18n.t("state." + c.state().name()),
                c.dueAt() == null ? "—" : when.format(c.dueAt()),
                c.intervention() == null || c.intervention().trigger() == null ? "—"
                        : i18n.t("trigger." + c.intervention().trigger().name()),
                c.complaint().complaintCount()));
        status.setId("caseStatus");
        flags.setText(c.flags().stream().map(f -> i18n.has("flag." + f.name()) ? i18n.t("flag." + f.name()) : f.name())
                .collect(java.util.stream.Collectors.joining(" · ")));
        showTimeline();
        ruling.setText(Formats.shown(c.ruling() == null ? i18n.t("casefile.noRuling")
                : com.arbitra.ui.ruling.RulingText.whole(c, c.ruling(), i18n)));
        notes.getItems().setAll(c.notes());
        requests.getItems().setAll(c.evidenceRequests());
        String selected = evidence.getSelectionModel().getSelectedItem() != null
                && evidence.getSelectionModel().getSelectedItem().getValue() instanceof EvidenceItem e ? e.evidenceId()
                : null;
        TreeItem<Object> top = new TreeItem<>();
        TreeItem<Object> keep = null;
        TreeItem<Object> first = null;
        for (EvidenceGroups.PartyGroup p : EvidenceGroups.of(c)) {
            TreeItem<Object> party = branch(p);
            for (EvidenceGroups.RequestGroup g : p.requests()) {
                TreeItem<Object> group = branch(g);
                for (EvidenceItem item : g.items()) {
                    TreeItem<Object> leaf = new TreeItem<>(item);
                    group.getChildren().add(leaf);
                    first = first == null ? leaf : first;
                    keep = item.evidenceId().equals(selected) ? leaf : keep;
                }
                party.getChildren().add(group);
            }
            top.getChildren().add(party);
        }
        evidence.setRoot(top);
        // after a change to the same case, stay on the item the operator was looking at
        TreeItem<Object> pick = keep != null ? keep : first;
        if (pick != null) {
            evidence.getSelectionModel().select(pick);
        }
    }

    private static TreeItem<Object> branch(Object value) {
        TreeItem<Object> t = new TreeItem<>(value);
        t.setExpanded(true);
        return t;
    }

    /** A line of the evidence tree: a party, a request with its checklist, or an item. */
    private void showTimeLeft() {
        DisputeCase c = vm.current().get();
        boolean late = false;
        if (c == null || c.dueAt() == null || !c.state().isOpen()) {
            timeLeft.setText("");
        } else {
            java.time.Duration left = java.time.Duration.between(vm.now(), c.dueAt());
            late = left.isNegative();
            timeLeft.setText(late ? i18n.t("casefile.overdueBy", Formats.countdown(left.negated(), i18n))
                    : i18n.t("casefile.timeLeft", Formats.countdown(left, i18n)));
        }
        if (late != timeLeft.getStyleClass().contains("overdue")) {
            if (late) {
                timeLeft.getStyleClass().add("overdue");
            } else {
                timeLeft.getStyleClass().remove("overdue");
            }
        }
    }

    private String describe(Object node) {
        if (node instanceof EvidenceGroups.PartyGroup p) {
            return i18n.t("party." + p.party().name());
        }
        if (node instanceof EvidenceGroups.RequestGroup g) {
            if (g.request() == null) {
                return i18n.t("casefile.unrequested", g.items().size());
            }
            String checklist = g.checklist().stream().map(ch -> (ch.received() ? "\u2713 " : "\u2717 ")
                    + i18n.t("category." + ch.category().name())).collect(java.util.stream.Collectors.joining("  "));
            return i18n.t("casefile.requestGroup", when.format(g.request().dueAt()),
                    i18n.t("requestStatus." + g.request().status().name()), g.items().size(), g.late().size())
                    + "\n" + checklist;
        }
        EvidenceItem e = (EvidenceItem) node;
        DisputeCase c = vm.current().get();
        return i18n.t("category." + e.category().name())
                + (e.submittedAt() == null ? "" : " · " + when.format(e.submittedAt()))
                + (c != null && e.isLate(c.evidenceRequests()) ? " · " + i18n.t("casefile.late") : "")
                + (e.assessment() == Assessment.UNREVIEWED ? "" : " · " + i18n.t("assessment." + e.assessment().name()))
                + (e.text() == null ? "" : "\n" + e.text());
    }

    /** A request with its checklist and the log of its notifications. */
    private String describeRequest(EvidenceRequest r) {
        StringBuilder b = new StringBuilder(i18n.t("casefile.request", i18n.t("party." + r.party().name()),
                when.format(r.requestedAt()), when.format(r.dueAt()), i18n.t("requestStatus." + r.status().name())));
        b.append('\n').append(r.categories().stream().map(cat -> i18n.t("category." + cat.name()))
                .collect(java.util.stream.Collectors.joining(", ")));
        if (r.instructions() != null && !r.instructions().isBlank()) {
            b.append('\n').append(r.instructions());
        }
        for (Notification n : r.notifications()) {
            b.append('\n').append(i18n.t("casefile.notification", i18n.t("channel." + n.channel().name()),
                    n.sentAt() == null ? i18n.t("casefile.notSent") : when.format(n.sentAt()),
                    n.status() == null ? i18n.t("notificationStatus.PENDING")
                            : i18n.t("notificationStatus." + n.status().name())));
        }
        return b.toString();
    }

    /** The assessment of the selected evidence item: accepted, disputed or rejected as false, with a note. */
    private VBox assessmentBar() {
        ComboBox<Assessment> value = assessment;
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
        Button save = new Button(i18n.t("casefile.saveAssessment"));
        save.setId("saveAssessment");
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMinWidth(80);
        save.setOnAction(e -> {
            EvidenceItem item = selectedItem();
            if (item != null && value.getValue() != null) {
                vm.assess(vm.current().get(), item.evidenceId(), value.getValue(), note.getText());
                note.clear();
            }
        });
        // the reason on a line of its own: beside the list and the buttons it had room for two words
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, value, gap, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, buttons, note);
        // only where the state table allows assessing, and for an item picked
        bar.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.actions().stream()
                .noneMatch(a -> a.action() == CaseAction.ASSESS_EVIDENCE && a.allowed())
                || selectedItem() == null, vm.actions(), evidence.getSelectionModel().selectedItemProperty()));
        evidence.getSelectionModel().selectedItemProperty().addListener((o, was, node) -> {
            EvidenceItem item = selectedItem();
            value.setValue(item == null || item.assessment() == Assessment.UNREVIEWED ? null : item.assessment());
        });
        return bar;
    }

    private Node rulingPane() {
        ruling.setId("caseRuling");
        ruling.setWrapText(true);
        ruling.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(ruling);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** An attachment's name as the lists show it: a reference says it was not retrieved, and its media type. */
    private String fileName(Attachment a) {
        return a.isReference() ? i18n.t("evidence.referenceName", a.fileName(), a.mediaType()) : a.fileName();
    }

    /** One line of the timeline: the platform's event, or an action taken in this workspace. */
    record TimelineRow(Instant at, String text, boolean local) {
    }

    private static final javafx.css.PseudoClass LOCAL = javafx.css.PseudoClass.getPseudoClass("local");

    private void showTimeline() {
        DisputeCase c = vm.current().get();
        if (c == null) {
            timeline.getItems().clear();
            return;
        }
        java.util.List<TimelineRow> rows = new java.util.ArrayList<>();
        for (TimelineEvent e : c.timeline()) {
            String files = e.attachments().isEmpty() ? "" : "\n" + i18n.t("casefile.timelineFiles", String.join(", ",
                    e.attachments().stream().map(this::fileName).toList()));
            rows.add(new TimelineRow(e.at(), i18n.t("actor." + e.actor().name()) + " · " + words("event.", e.type())
                    + (e.text() == null ? "" : "\n" + e.text()) + files, false));
        }
        for (AuditEntry a : vm.history().stream().filter(e -> c.caseId().equals(e.caseId())).toList()) {
            String who = a.role() == com.arbitra.domain.Role.SYSTEM ? i18n.t("actor.SYSTEM")
                    : i18n.t("casefile.localActor", a.operator(), i18n.t("role." + a.role().name()));
            String moved = a.before() == null || a.after() == null || a.before() == a.after() ? ""
                    : " · " + i18n.t("casefile.stateMove", i18n.t("state." + a.before().name()),
                    i18n.t("state." + a.after().name()));
            rows.add(new TimelineRow(a.at(), who + " · " + words("action.", a.action()) + moved, true));
        }
        rows.sort(java.util.Comparator.comparing(TimelineRow::at));
        timeline.getItems().setAll(rows);
    }

    /** The words for a code: its translation, else the code as words ("TRANSACTION_FLOW": "Transaction flow"). */
    private String words(String prefix, String code) {
        if (i18n.has(prefix + code)) {
            String t = i18n.t(prefix + code);
            return t.substring(0, 1).toUpperCase(i18n.locale()) + t.substring(1);
        }
        return com.arbitra.domain.CodeWords.of(code);
    }

    private EvidenceItem selectedItem() {
        TreeItem<Object> node = evidence.getSelectionModel().getSelectedItem();
        return node != null && node.getValue() instanceof EvidenceItem e ? e : null;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            /**
             * The text as a wrapping label as wide as the cell: a cell's own wrapped text was measured
             * one line short when it held a line break (a third line of the timeline ended in "…").
             */
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                // the cell's colours and font (a chosen row, a local action), as its own text has them
                label.textFillProperty().bind(textFillProperty());
                label.fontProperty().bind(fontProperty());
                label.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                // a wrapping list cell must not ask for its text's full width
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : Formats.shown(text.apply(item));
                label.setText(shown);
                // the text stays the cell's too: lookups and tests read a cell's text
                setText(shown);
                setGraphic(shown == null ? null : label);
            }
        };
    }
}
