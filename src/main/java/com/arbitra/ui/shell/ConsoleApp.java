package com.arbitra.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.arbitra.domain.Operator;
import com.arbitra.domain.ports.ConsolePorts;
import com.arbitra.domain.ports.ConsoleWorkspaces;
import com.arbitra.domain.ports.UnusableInputException;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's window: opens the workspace in the background, asks for the first supervisor when
 * it has no operators, then for a sign-in, then shows the main view.
 */
public final class ConsoleApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    private static Path workspaceDir;
    private static ConsoleWorkspaces opener;
    private static volatile Outcome outcome;

    private Stage stage;
    private MainView main;
    private ConsolePorts session;
    private I18n i18n;
    private Theme theme = Theme.LIGHT;
    private final TaskRunner background = TaskRunner.fx();
    /** Who unlocked an encrypted workspace in its dialog: the same sign-in opens the console. */
    private ConsoleWorkspaces.Unlock unlockedAs;

    /** How the console ended. */
    public enum Outcome { CLOSED, WORKSPACE_REFUSED, FAILED }

    /** Called before {@code Application.launch}: which workspace to open, and how. */
    public static void prepare(Path dir, ConsoleWorkspaces how) {
        workspaceDir = Objects.requireNonNull(dir);
        opener = Objects.requireNonNull(how);
        outcome = null;
    }

    public static Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        // the operator's own choices, else the system's, until the workspace's defaults are read
        speak(I18n.resolve(I18n.ownChoice(), null, SYSTEM));
        applyTheme(Theme.resolve(Theme.ownChoice(), null));
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label(i18n.t("workspace.opening", workspaceDir));
        VBox box = new VBox(16, spinner, opening);
        box.getStyleClass().add("centered-pane");
        show(box, 720, 480);
        stage.show();
        com.arbitra.ui.ConsoleProbe.current().windowShown();
        LOG.info("Console window shown; opening {}", workspaceDir);
        // a team database whose password neither ARBITRA_DB_PASSWORD nor ~/.pgpass gives: asked in a dialog
        opener.askPasswordsWith((user, url) -> DatabasePasswordDialog.fromBackground(stage, i18n, user, url));
        // an encrypted workspace: its operator signs in before the database can be read
        opener.askUnlockWith((dir, refused) -> {
            ConsoleWorkspaces.Unlock who = UnlockDialog.fromBackground(stage, i18n, dir, refused,
                    refused == null || unlockedAs == null ? null : unlockedAs.operator());
            unlockedAs = who == null ? null : new ConsoleWorkspaces.Unlock(who.operator(), who.secret().clone());
            return who;
        });
        background.run("open workspace", () -> opener.open(workspaceDir), this::opened, this::failedToOpen);
    }

    private void opened(ConsolePorts s) {
        session = s;
        background.run("read workspace defaults", () -> java.util.Map.entry(s.operators().needsFirstSupervisor(), s.settings().current()),
                found -> {
            boolean needsFirst = found.getKey();
            // the workspace's language and theme, where the operator has not chosen their own
            Locale language = I18n.resolve(I18n.ownChoice(), found.getValue().language(), SYSTEM);
            if (!language.equals(i18n.locale())) {
                speak(language);
            }
            applyTheme(Theme.resolve(Theme.ownChoice(), found.getValue().theme()));
            ConsoleWorkspaces.Unlock who = unlockedAs;
            unlockedAs = null;
            if (needsFirst) {
                showFirstSupervisor();
            } else if (who != null) {
                background.run("sign in as the unlocking operator", () -> s.operators().signIn(who.operator(),
                        who.secret()), op -> showMain(op, null), refused -> showSignIn());
            } else {
                showSignIn();
            }
        }, this::failedToOpen);
    }

    private void failedToOpen(Throwable t) {
        LOG.error("The workspace {} could not be opened", workspaceDir, t);
        outcome = t instanceof UnusableInputException ? Outcome.WORKSPACE_REFUSED : Outcome.FAILED;
        Alert alert = new Alert(Alert.AlertType.ERROR, t instanceof UnusableInputException ? t.getMessage()
                : i18n.t("error.internal", t.getMessage()));
        alert.setHeaderText(i18n.t("workspace.cannotOpen"));
        alert.initOwner(stage);
        alert.showAndWait();
        Platform.exit();
    }

    void showFirstSupervisor() {
        FirstSupervisorView view = new FirstSupervisorView(new FirstSupervisorViewModel(session.operators(),
                background, i18n), i18n, session.workspace().dir(),
                session.workspace().kind() == com.arbitra.domain.WorkspaceKind.TRAINING);
        view.viewModel().onCreated(op -> {
            if (op == null) {
                showSignIn();
            } else {
                showMain(op, null);
            }
        });
        show(view.root(), 720, 520);
    }

    void showSignIn() {
        if (main != null) {
            // a language switch signs in again: the old main view must stop watching the workspace
            main.stop();
            main = null;
        }
        SignInView view = new SignInView(new SignInViewModel(session.operators(), background, i18n), i18n,
                session.workspace());
        view.viewModel().onSignedIn(op -> showMain(op, null));
        view.onLanguage(this::switchLanguageAtSignIn);
        view.onNewTrainingWorkspace(this::newTrainingWorkspace);
        show(view.root(), 720, 520);
    }

    /**
     * Creates a training workspace in the chosen folder (which must be empty or new), loads the sample
     * training set into it, and switches the console to it: its first supervisor comes next. A folder
     * that cannot hold one is refused with a sentence and the current workspace stays open.
     */
    void newTrainingWorkspace(Path dir) {
        background.run("new training workspace", () -> {
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new UnusableInputException(i18n.t("signIn.newTrainingNotEmpty", dir), null);
                    }
                }
            }
            return opener.createTraining(dir);
        }, opened -> {
            if (session != null) {
                session.close();
            }
            workspaceDir = dir;
            opened(opened);
        }, t -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, t instanceof UnusableInputException ? t.getMessage()
                    : i18n.t("error.internal", t.getMessage()));
            alert.setHeaderText(i18n.t("signIn.newTraining"));
            alert.initOwner(stage);
            alert.show();
        });
    }

    /**
     * The main window for a signed-in operator; {@code place} the page and case to show again (after a
     * language switch), or null for the queue of a fresh sign-in.
     */
    private void showMain(Operator op, MainView.Place place) {
        main = new MainView(session, op, background, i18n, this::switchLanguage, this::toggleTheme,
                this::showSignIn, file -> getHostServices().showDocument(file.toUri().toString()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        show(main.root(), Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        if (place == null) {
            stage.centerOnScreen();
        }
        com.arbitra.ui.ConsoleProbe.current().queueShown();
        main.start();
        if (place != null) {
            main.restore(place);
        }
        MainView shown = main;
        stage.setOnHidden(e -> shown.stop());
    }

    private void switchLanguageAtSignIn(Locale locale) {
        useLanguage(locale);
        showSignIn();
    }

    /**
     * Changing the language in the main view builds it again in the new language for the same
     * operator, on the same page and case (drafts are kept by the case file, so none is lost).
     */
    private void switchLanguage(Locale locale) {
        MainView.Place place = main.place();
        Operator op = main.operator();
        main.stop();
        useLanguage(locale);
        showMain(op, place);
    }

    private void useLanguage(Locale locale) {
        I18n.remember(locale);
        speak(locale);
    }

    /** The JVM's locale when the console started: the language "system" means. */
    private static final Locale SYSTEM = Locale.getDefault();

    /**
     * Speaks this language: our texts, and JavaFX's own (the OK, Cancel and Close of its dialogs, the
     * text fields' menus), which follow the JVM's locale; the console gives the JVM's back on exit.
     */
    private void speak(Locale locale) {
        i18n = new I18n(locale);
        Locale.setDefault(locale);
        stage.setTitle(i18n.t("app.title"));
    }

    private void toggleTheme() {
        Theme next = theme == Theme.LIGHT ? Theme.DARK : Theme.LIGHT;
        Theme.remember(next);
        applyTheme(next);
    }

    private void applyTheme(Theme theme) {
        this.theme = theme;
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void show(Parent root, double width, double height) {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, width, height);
            scene.getStylesheets().add(Objects.requireNonNull(
                    ConsoleApp.class.getResource("/com/arbitra/ui/arbitra.css")).toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
            stage.setWidth(Math.max(stage.getWidth(), width));
            stage.setHeight(Math.max(stage.getHeight(), height));
        }
    }

    @Override
    public void stop() {
        com.arbitra.ui.ConsoleProbe.current().closing();
        Locale.setDefault(SYSTEM);
        if (session != null) {
            session.close();
        }
        if (outcome == null) {
            outcome = Outcome.CLOSED;
        }
    }

    /** The light or dark theme: the operator's own, remembered per OS user, else the workspace's. */
    enum Theme {
        LIGHT, DARK;

        static java.util.Optional<String> ownChoice() {
            return java.util.Optional.ofNullable(Preferences.userRoot().node("com/arbitra/console").get("theme", null));
        }

        /** The operator's own theme, else the workspace's {@code ui.theme}, else light. */
        static Theme resolve(java.util.Optional<String> own, String workspace) {
            String wanted = own.orElse(workspace == null ? "light" : workspace);
            return wanted.equalsIgnoreCase("dark") ? DARK : LIGHT;
        }

        static void remember(Theme t) {
            Preferences.userRoot().node("com/arbitra/console").put("theme", t.name());
        }
    }
}
