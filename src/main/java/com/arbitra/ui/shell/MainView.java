package com.arbitra.ui.shell;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.domain.Operator;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.CaseQueries;
import com.arbitra.store.QueueQueries;
import com.arbitra.store.Session;
import com.arbitra.ui.settings.SupportActions;
import com.arbitra.ui.Background;
import com.arbitra.ui.I18n;
import com.arbitra.store.ExportQueries;
import com.arbitra.ui.casefile.CaseFileView;
import com.arbitra.ui.casefile.CaseFileViewModel;
import com.arbitra.ui.evidence.AttachmentContent;
import com.arbitra.ui.evidence.AttachmentView;
import com.arbitra.ui.queue.QueueView;
import com.arbitra.ui.queue.QueueViewModel;
import com.arbitra.ui.sync.ImportPane;
import com.arbitra.ui.sync.ImportViewModel;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
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
 * The case table here is a plain first page by deadline; the full queue builds on it.
 */
final class MainView {

    private final BorderPane root = new BorderPane();
    private final MainViewModel vm;
    private final ImportPane imports;
    private final SupportActions support;
    private QueueView queue;
    private final Timeline poller;
    private final Timeline deadlines;

    MainView(Session session, Operator operator, Background background, I18n i18n, Consumer<Locale> onLanguage,
             Runnable onTheme) {
        vm = new MainViewModel(new CaseQueries(session.workspace()), session.cases(), background);
        imports = new ImportPane(new ImportViewModel(new Importer(session.workspace(), session.clock(),
                Limits.defaults(), operator.username()), background, i18n, javafx.application.Platform::runLater), i18n);
        support = new SupportActions(session, operator.asActor(), background, i18n);
        root.getStyleClass().add("main-view");
        root.setLeft(navigation(session, operator, i18n));
        root.setCenter(queue(session, operator, background, i18n));
        root.setTop(toolbar(i18n, onLanguage, onTheme, session.workspace().kind()));
        imports.acceptDrops(root);
        root.setBottom(statusBar(session, operator, i18n));
        poller = new Timeline(new KeyFrame(javafx.util.Duration.seconds(2), e -> vm.poll()));
        poller.setCycleCount(Timeline.INDEFINITE);
        deadlines = new Timeline(new KeyFrame(javafx.util.Duration.minutes(1), e -> vm.applyDueTimeouts()));
        deadlines.setCycleCount(Timeline.INDEFINITE);
    }

    Parent root() {
        return root;
    }

    void start() {
        vm.applyDueTimeouts();
        queue.start();
        vm.poll();
        poller.play();
        deadlines.play();
    }

    void stop() {
        queue.stop();
        poller.stop();
        deadlines.stop();
    }

    private VBox navigation(Session session, Operator operator, I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("nav");
        nav.getChildren().add(navItem(group, "queue", i18n.t("nav.queue"), "mdi2t-tray-full", true));
        nav.getChildren().add(navItem(group, "myCases", i18n.t("nav.myCases"), "mdi2a-account-check", false));
        if (operator.role() == Role.SUPERVISOR) {
            nav.getChildren().add(navItem(group, "approvals", i18n.t("nav.approvals"), "mdi2g-gavel", false));
        }
        nav.getChildren().add(navItem(group, "merchants", i18n.t("nav.merchants"), "mdi2s-store", false));
        nav.getChildren().add(navItem(group, "sync", i18n.t("nav.sync"), "mdi2s-sync", false));
        if (session.workspace().kind() == WorkspaceKind.TRAINING) {
            nav.getChildren().add(navItem(group, "training", i18n.t("nav.training"), "mdi2s-school", false));
        }
        return nav;
    }

    private ToggleButton navItem(ToggleGroup group, String id, String text, String icon, boolean selected) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId("nav-" + id);
        b.setToggleGroup(group);
        b.setSelected(selected);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().add("nav-item");
        return b;
    }

    private Parent queue(Session session, Operator operator, Background background, I18n i18n) {
        Label empty = new Label(i18n.t("queue.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        HBox emptyActions = new HBox(12, imports.importButton(), imports.samplesButton());
        emptyActions.setAlignment(Pos.CENTER);
        VBox emptyState = new VBox(16, empty, emptyActions);
        emptyState.setAlignment(Pos.CENTER);
        QueueViewModel queueVm = new QueueViewModel(new QueueQueries(session.workspace()), session.cases(),
                operator.asActor(), background, i18n, session.clock(), ZoneId.systemDefault());
        CaseFileViewModel caseVm = new CaseFileViewModel(session.cases(), operator.asActor(), background, i18n);
        ExportQueries blobs = new ExportQueries(session.workspace());
        AttachmentView viewer = new AttachmentView(a -> AttachmentContent.unchecked(a, blobs.blob(a.sha256())
                .orElseThrow(() -> new java.io.FileNotFoundException(a.fileName()))), background, i18n);
        StackPane center = new StackPane();
        Runnable back = () -> {
            center.getChildren().setAll(queue.root());
            queue.root().requestFocus();
        };
        CaseFileView caseFile = new CaseFileView(caseVm, viewer, i18n, back);
        queue = new QueueView(queueVm, i18n, session.clock(), emptyState, row -> {
            caseVm.open(row.caseId());
            center.getChildren().setAll(caseFile.root());
            caseFile.root().requestFocus();
        });
        center.getChildren().setAll(queue.root());
        vm.onChange(queueVm::reload);
        VBox box = new VBox(imports.strip(), center);
        VBox.setVgrow(center, Priority.ALWAYS);
        return box;
    }

    private HBox toolbar(I18n i18n, Consumer<Locale> onLanguage, Runnable onTheme, WorkspaceKind kind) {
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
        bar.getChildren().addAll(spacer, imports.importButton(), language, theme);
        bar.getChildren().addAll(support.buttons());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-bar");
        return bar;
    }

    private HBox statusBar(Session session, Operator operator, I18n i18n) {
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
