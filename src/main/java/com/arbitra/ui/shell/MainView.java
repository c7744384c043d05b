package com.arbitra.ui.shell;


import com.arbitra.domain.Operator;
import com.arbitra.domain.ports.ConsolePorts;
import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.ui.settings.SupportActions;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.casefile.CaseFileView;
import com.arbitra.ui.casefile.CaseFileViewModel;
import com.arbitra.ui.evidence.AttachmentContent;
import com.arbitra.ui.evidence.AttachmentView;
import com.arbitra.ui.queue.QueueView;
import com.arbitra.ui.queue.QueueViewModel;
import com.arbitra.domain.WorkflowSettings;

import com.arbitra.ui.dashboard.DashboardView;
import com.arbitra.ui.dashboard.DashboardViewModel;
import com.arbitra.ui.merchants.MerchantsView;
import com.arbitra.ui.merchants.MerchantsViewModel;
import com.arbitra.ui.training.AttemptFeedbackView;
import com.arbitra.ui.training.AttemptFeedbackViewModel;
import com.arbitra.ui.training.MakeTrainingSetViewModel;
import com.arbitra.ui.training.TrainerView;
import com.arbitra.ui.training.TrainerViewModel;
import com.arbitra.ui.evidence.AttachmentLoader;
import com.arbitra.ui.casefile.RequestDialog;
import com.arbitra.domain.EvidenceTemplates;
import com.arbitra.ui.ruling.RulingDialogs;
import com.arbitra.ui.sync.ExportViewModel;
import com.arbitra.ui.sync.SyncView;
import com.arbitra.ui.sync.ImportPane;
import com.arbitra.ui.sync.ImportViewModel;
import com.arbitra.domain.CaseState;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: navigation on the left, the current view in the middle, the status bar below.
 * Queue and My cases are one list with another scope; supervisors have the Approvals list too.
 */
final class MainView {

    private final BorderPane root = new BorderPane();
    private final MainViewModel vm;
    private final ImportPane imports;
    private final StackPane page = new StackPane();
    /** The other pages of the navigation, each built the first time it is shown. */
    private final Map<String, Supplier<Parent>> pages = new HashMap<>();
    private final Map<String, Parent> built = new HashMap<>();
    /** The list pages and the case file opened from them share this place. */
    private final StackPane cases = new StackPane();
    private final SupportActions support;
    private QueueView queue;
    private QueueViewModel queueVm;
    private QueueView approvals;
    /** The list a case was opened from, to go back to. */
    private QueueView openedFrom;
    /** The case file's view, kept in {@link #cases} once shown (see {@link #showInCases}). */
    private Node caseFileRoot;
    /** What the case lists do when the workspace changed. */
    private Runnable changed = () -> { };
    private final Operator operator;
    /** The navigation's page on screen (its id). */
    private String shownPage = "queue";
    /** Opens a case by id in the case file. */
    private Consumer<String> openCase;
    /** The id of the case open in the case file, or null when a list is shown. */
    private Supplier<String> caseShown;
    private final VBox navigation;
    private TrainerViewModel trainerVm;
    private com.arbitra.ui.training.MyTrainingViewModel myTrainingVm;
    private final Timeline poller;
    /** The workspace's own news of changes (a team's server), beside the poller. */
    private AutoCloseable listening = () -> { };
    private final Timeline deadlines;
    /** Opens a file with the desktop's program for its type (the evidence viewer's "Open externally"). */
    private final Consumer<java.nio.file.Path> openExternally;

    MainView(ConsolePorts session, Operator operator, TaskRunner background, I18n i18n, Consumer<Locale> onLanguage,
             Runnable onTheme, Runnable onSignOut, Consumer<java.nio.file.Path> openExternally) {
        this.openExternally = openExternally;
        this.operator = operator;
        vm = new MainViewModel(session.changes(), session.cases(), background);
        imports = new ImportPane(new ImportViewModel(session.imports(), operator.username(), background, i18n), i18n);
        support = new SupportActions(session.settings(), session.diagnostics(), operator.asActor(), background, i18n);
        root.getStyleClass().add("main-view");
        buildCases(session, operator, background, i18n);
        navigation = navigation(session, operator, i18n);
        root.setLeft(navigation);
        VBox center = new VBox(imports.strip(), page);
        VBox.setVgrow(page, Priority.ALWAYS);
        page.getChildren().setAll(cases);
        // a failed background task shows over the page's lower right corner: nothing moves under the pointer
        Node failure = new TaskFailures(background, i18n).strip();
        StackPane.setAlignment(failure, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(failure, new javafx.geometry.Insets(12));
        StackPane over = new StackPane(center, failure);
        root.setCenter(over);
        SyncView sync = new SyncView(imports, new ExportViewModel(session.exports(),
                background, i18n), i18n, session.workspace().kind() == WorkspaceKind.TRAINING);
        pages.put("sync", sync::root);
        MerchantsViewModel merchantsVm = new MerchantsViewModel(session.merchants(), session.queue(), session.cases(), operator.asActor(), background, i18n,
                session.clock(), session.settings()::current);
        pages.put("merchants", () -> {
            MerchantsView view = new MerchantsView(merchantsVm, i18n);
            view.start();
            return view.root();
        });
        DashboardViewModel dashboardVm = new DashboardViewModel(session.dashboard(), background,
                i18n, session.clock(), ZoneId.systemDefault());
        pages.put("dashboard", () -> {
            DashboardView view = new DashboardView(dashboardVm, i18n);
            view.start();
            return view.root();
        });
        myTrainingVm = new com.arbitra.ui.training.MyTrainingViewModel(session.training(), operator.asActor(),
                background, i18n);
        pages.put("myTraining", () -> new com.arbitra.ui.training.MyTrainingView(myTrainingVm, i18n,
                ZoneId.systemDefault()).root());
        trainerVm = new TrainerViewModel(session.training(), operator.asActor(), background, i18n);
        pages.put("training", () -> new TrainerView(trainerVm, new MakeTrainingSetViewModel(session.trainingSets(),
                background, i18n), i18n, ZoneId.systemDefault()).root());
        vm.onChange(() -> {
            changed.run();
            if (built.containsKey("merchants")) {
                merchantsVm.reload();
            }
            if (built.containsKey("dashboard")) {
                dashboardVm.reload();
            }
            if (built.containsKey("training")) {
                trainerVm.reload();
            }
        });
        root.setTop(toolbar(i18n, onLanguage, onTheme, onSignOut, session.workspace().kind()));
        imports.acceptDrops(root);
        root.setBottom(statusBar(session, operator, i18n));
        poller = new Timeline(new KeyFrame(javafx.util.Duration.seconds(2), e -> vm.poll()));
        poller.setCycleCount(Timeline.INDEFINITE);
        // F5 looks for changes now instead of at the next tick, as browsers and mail clients do
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) {
                vm.poll();
                e.consume();
            }
        });
        deadlines = new Timeline(new KeyFrame(javafx.util.Duration.minutes(1), e -> vm.applyDueTimeouts()));
        deadlines.setCycleCount(Timeline.INDEFINITE);
    }

    Parent root() {
        return root;
    }

    void start() {
        listening = vm.listen();
        vm.applyDueTimeouts();
        queue.start();
        if (approvals != null) {
            approvals.start();
        }
        vm.poll();
        poller.play();
        deadlines.play();
    }

    void stop() {
        try {
            listening.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(MainView.class).debug("Stopping the change feed failed", e);
        }
        queue.stop();
        if (approvals != null) {
            approvals.stop();
        }
        poller.stop();
        deadlines.stop();
    }

    private VBox navigation(ConsolePorts session, Operator operator, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("nav");
        nav.getChildren().add(navItem(group, "queue", i18n.t("nav.queue"), "mdi2t-tray-full", true));
        nav.getChildren().add(navItem(group, "myCases", i18n.t("nav.myCases"), "mdi2a-account-check", false));
        if (operator.role() == Role.SUPERVISOR) {
            nav.getChildren().add(navItem(group, "approvals", i18n.t("nav.approvals"), "mdi2g-gavel", false));
            nav.getChildren().add(navItem(group, "dashboard", i18n.t("nav.dashboard"), "mdi2c-chart-box-outline",
                    false));
        }
        nav.getChildren().add(navItem(group, "merchants", i18n.t("nav.merchants"), "mdi2s-store", false));
        nav.getChildren().add(navItem(group, "sync", i18n.t("nav.sync"), "mdi2s-sync", false));
        if (session.workspace().kind() == WorkspaceKind.TRAINING && operator.role() != Role.AGENT) {
            nav.getChildren().add(navItem(group, "training", i18n.t("nav.training"), "mdi2s-school", false));
        } else if (session.workspace().kind() == WorkspaceKind.TRAINING) {
            // a trainee's own attempts, scores and the reference rulings released to them
            nav.getChildren().add(navItem(group, "myTraining", i18n.t("nav.myTraining"), "mdi2s-school", false));
        }
        return nav;
    }

    Operator operator() {
        return operator;
    }

    /** Where the operator is: the page, the case open on it (or null) and the queue's filter. */
    record Place(String page, String caseId, QueueFilter filter) {
    }

    Place place() {
        return new Place(shownPage, caseShown.get(), queueVm.filter());
    }

    /** Shows the page and case of a place again (the main view built anew in another language). */
    void restore(Place place) {
        queueVm.use(place.filter());
        if (navigation.lookup("#nav-" + place.page()) instanceof ToggleButton item) {
            item.setSelected(true);
        }
        show(place.page());
        if (place.caseId() != null) {
            openCase.accept(place.caseId());
        }
    }

    /** Shows a page of the navigation: the queue (all or mine), the approvals, or another page. */
    void show(String id) {
        shownPage = id;
        switch (id) {
            case "queue", "myCases" -> {
                queueVm.scope().set(id.equals("myCases") ? QueueFilter.Scope.MINE : QueueFilter.Scope.ALL);
                queueVm.reload();
                showList(queue);
            }
            case "approvals" -> showList(approvals);
            default -> {
                boolean first = !built.containsKey(id);
                Parent p = built.computeIfAbsent(id, k -> pages.get(k).get());
                page.getChildren().setAll(p);
                p.requestFocus();
                if (!first) {
                    vm.poll();
                }
                if (id.equals("training")) {
                    trainerVm.reload();
                } else if (id.equals("myTraining")) {
                    myTrainingVm.reload();
                }
            }
        }
    }

    private void showList(QueueView list) {
        openedFrom = list;
        showInCases(list.root());
        if (page.getChildren().size() != 1 || page.getChildren().get(0) != cases) {
            page.getChildren().setAll(cases);
        }
        list.root().requestFocus();
    }

    /**
     * Shows one view of the queue's place: a list, or the case file. The case file, once shown, and the
     * list it was opened from stay in the scene, the one not shown hidden: a view taken out of the scene
     * and put back has its style worked out again for every node, the most of a case's opening time
     * (JFR). Another list replaces the list.
     */
    private void showInCases(Node shown) {
        if (!cases.getChildren().contains(shown)) {
            if (shown != caseFileRoot) {
                cases.getChildren().removeIf(n -> n != caseFileRoot);
            }
            cases.getChildren().add(shown);
        }
        for (Node n : cases.getChildren()) {
            n.setVisible(n == shown);
            n.setManaged(n == shown);
        }
    }

    private boolean shownInCases(Node n) {
        return n != null && n.isVisible() && cases.getChildren().contains(n);
    }

    private ToggleButton navItem(ToggleGroup group, String id, String text, String icon, boolean selected) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setOnAction(e -> {
            if (!b.isSelected()) {
                b.setSelected(true);
            }
            show(id);
        });
        b.setId("nav-" + id);
        b.setToggleGroup(group);
        b.setSelected(selected);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("nav-item");
        return b;
    }

    private void buildCases(ConsolePorts session, Operator operator, TaskRunner background, I18n i18n) {
        Label empty = new Label(i18n.t("queue.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        HBox emptyActions = new HBox(12, imports.importButton(), imports.samplesButton());
        emptyActions.setAlignment(Pos.CENTER);
        VBox emptyState = new VBox(16, empty, emptyActions);
        emptyState.setAlignment(Pos.CENTER);
        CaseFileViewModel caseVm = new CaseFileViewModel(session.cases(), session.drafts(), operator.asActor(),
                background, i18n);
        caseVm.feedback().addListener((o, was, f) -> {
            if (f != null) {
                AttemptFeedbackViewModel feedbackVm = new AttemptFeedbackViewModel(session.training(),
                        operator.asActor(), background, i18n);
                feedbackVm.show(f);
                javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
                dialog.setTitle(i18n.t("nav.training"));
                dialog.getDialogPane().setContent(new AttemptFeedbackView(feedbackVm, i18n).root());
                dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
                dialog.getDialogPane().setId("attemptFeedback");
                dialog.initOwner(root.getScene().getWindow());
                dialog.show();
            }
        });
        AttachmentLoader loader = a -> AttachmentContent.unchecked(a, session.attachments().blob(a.sha256())
                .orElseThrow(() -> new java.io.FileNotFoundException(a.fileName())));
        AttachmentView viewer = new AttachmentView(loader, background, i18n);
        viewer.setOnOpenExternally(openExternally);
        WorkflowSettings rules = session.cases().workflow().settings();
        // the workspace's language, for the parties of a case whose market does not say theirs
        java.util.concurrent.atomic.AtomicReference<String> workspaceLanguage =
                new java.util.concurrent.atomic.AtomicReference<>("system");
        background.run("MainView.workspaceLanguage", () -> session.settings().current().language(),
                workspaceLanguage::set, t -> { });
        java.util.function.Function<com.arbitra.domain.DisputeCase, java.util.Locale> partiesLanguage = c ->
                EvidenceTemplates.partiesLanguage(c, workspaceLanguage.get(), i18n.locale());
        CaseFileView.Tools tools = new CaseFileView.Tools(background, () -> session.operators().all(),
                new RulingDialogs(i18n, background, loader, session.cases().workflow(), operator.asActor(),
                        partiesLanguage),
                new RequestDialog(i18n, session.clock(), rules.evidence(), partiesLanguage),
                () -> {
                    com.arbitra.ui.evidence.CompareView compare = new com.arbitra.ui.evidence.CompareView(loader,
                            background, i18n);
                    compare.setOnOpenExternally(openExternally);
                    return compare;
                });
        CaseFileView caseFile = new CaseFileView(caseVm, viewer, i18n, () -> {
            showList(openedFrom);
            vm.poll();
        }, tools);
        openCase = caseId -> {
            com.arbitra.ui.ConsoleProbe.current().caseOpening();
            caseVm.open(caseId);
            showInCases(caseFile.root());
            caseFile.root().requestFocus();
        };
        caseFileRoot = caseFile.root();
        caseShown = () -> shownInCases(caseFile.root()) && caseVm.current().get() != null
                ? caseVm.current().get().caseId() : null;
        Consumer<QueueRow> open = row -> openCase.accept(row.caseId());
        queueVm = queueModel(session, operator, background, i18n);
        queue = new QueueView(queueVm, i18n, session.clock(), emptyState, open);
        queueVm.useSavedViews(session.savedViews());
        if (session.workspace().kind() == WorkspaceKind.TRAINING) {
            queue.showDifficulty();
        }
        java.util.function.Supplier<java.util.List<String>> assignees = () -> session.operators().all().stream()
                .filter(o -> o.role() != Role.TRAINER).map(Operator::username).toList();
        openedFrom = queue;
        showInCases(queue.root());
        if (operator.role() == Role.SUPERVISOR) {
            QueueViewModel approvalsVm = queueModel(session, operator, background, i18n);
            approvalsVm.states().add(CaseState.PENDING_APPROVAL);
            approvals = new QueueView(approvalsVm, i18n, session.clock(), new Label(i18n.t("approvals.empty")), open);
            approvals.showProposer();
            queue.allowAssign(assignees);
            approvals.allowAssign(assignees);
        }
        changed = () -> {
            queueVm.refresh();
            if (shownInCases(caseFile.root())) {
                caseVm.refresh();
            }
            if (approvals != null) {
                approvals.reload();
            }
        };
    }

    private static QueueViewModel queueModel(ConsolePorts session, Operator operator, TaskRunner background, I18n i18n) {
        return new QueueViewModel(session.queue(), session.cases(), operator.asActor(),
                background, i18n, session.clock(), ZoneId.systemDefault());
    }

    private HBox toolbar(I18n i18n, Consumer<Locale> onLanguage, Runnable onTheme, Runnable onSignOut,
                         WorkspaceKind kind) {
        Label title = new Label(i18n.t("app.title"));
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(I18n.SUPPORTED);
        language.setValue(i18n.locale());
        language.setConverter(SignInView.LanguageNames.CONVERTER);
        language.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                onLanguage.accept(now);
            }
        });
        Button theme = new Button(null, new FontIcon("mdi2t-theme-light-dark"));
        theme.setId("toggleTheme");
        theme.setOnAction(e -> onTheme.run());
        theme.setAccessibleText(i18n.t("toolbar.theme"));
        HBox bar = new HBox(12, title);
        if (kind == WorkspaceKind.TRAINING) {
            Label training = new Label(i18n.t("workspace.trainingBanner"));
            training.getStyleClass().add("training-banner");
            bar.getChildren().add(training);
        }
        Button signOut = new Button(i18n.t("toolbar.signOut"), new FontIcon("mdi2l-logout"));
        signOut.setId("signOut");
        signOut.setOnAction(e -> onSignOut.run());
        bar.getChildren().addAll(spacer, language, theme);
        bar.getChildren().addAll(support.buttons());
        bar.getChildren().add(signOut);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-bar");
        return bar;
    }

    private HBox statusBar(ConsolePorts session, Operator operator, I18n i18n) {
        Label workspace = new Label(i18n.t("status.workspace", session.workspace().dir()));
        workspace.setId("statusWorkspace");
        Label who = new Label(i18n.t("status.operator", operator.displayName(),
                i18n.t("role." + operator.role().name())));
        who.setId("statusOperator");
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.textProperty().bind(vm.connected().map(ok -> i18n.t(ok ? "status.connected" : "status.disconnected")));
        connection.graphicProperty().bind(vm.connected().map(ok -> new FontIcon(ok ? "mdi2d-database-check"
                : "mdi2d-database-alert")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, workspace, spacer, who, connection);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
