package com.arbitra.ui.shell;

import com.arbitra.domain.ports.WorkspaceInfo;
import com.arbitra.ui.I18n;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

final class SignInView {

    private final SignInViewModel vm;
    private final Parent root;
    private final ComboBox<Locale> language = new ComboBox<>();
    private final Button newTraining = new Button();

    SignInView(SignInViewModel vm, I18n i18n, WorkspaceInfo workspace) {
        this.vm = vm;
        TextField user = new TextField();
        user.setId("signInUsername");
        user.textProperty().bindBidirectional(vm.username());
        PasswordField pw = new PasswordField();
        pw.setId("signInPassword");
        pw.textProperty().bindBidirectional(vm.password());

        language.setId("signInLanguage");
        language.getItems().setAll(I18n.SUPPORTED);
        language.setValue(i18n.locale());
        language.setConverter(LanguageNames.CONVERTER);

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, i18n.t("signIn.username"), user);
        Forms.row(grid, 1, i18n.t("signIn.password"), pw);
        Forms.row(grid, 2, i18n.t("signIn.language"), language);

        Button signIn = new Button(i18n.t("signIn.submit"));
        signIn.setId("signIn");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(vm.incomplete());
        signIn.setOnAction(e -> vm.signIn());

        String kind = i18n.t("workspace.kind." + workspace.kind().name());
        Label where = new Label(i18n.t("signIn.workspace", workspace.dir(), kind));
        where.setWrapText(true);
        where.getStyleClass().add("text-muted");
        newTraining.setText(i18n.t("signIn.newTraining"));
        newTraining.setId("newTrainingWorkspace");
        newTraining.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2s-school"));
        newTraining.getStyleClass().add("flat");
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(12, signIn, newTraining);
        root = Forms.centred(Forms.title(i18n.t("signIn.title")), where, grid, Forms.error(vm.error()), buttons);
        user.requestFocus();
    }

    void onLanguage(Consumer<Locale> action) {
        language.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                action.accept(now);
            }
        });
    }

    /** "New training workspace…": the folder chosen for it goes to the action. */
    void onNewTrainingWorkspace(Consumer<java.nio.file.Path> action) {
        newTraining.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(newTraining.getText());
            java.io.File dir = chooser.showDialog(newTraining.getScene().getWindow());
            if (dir != null) {
                action.accept(dir.toPath());
            }
        });
    }

    SignInViewModel viewModel() {
        return vm;
    }

    Parent root() {
        return root;
    }

    /** Each language named in itself, so that anyone can find their own. */
    static final class LanguageNames {
        static final StringConverter<Locale> CONVERTER = new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getDisplayLanguage(l) + (l.getCountry().isEmpty() ? ""
                        : " (" + l.getDisplayCountry(l) + ")");
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        };

        private LanguageNames() {
        }
    }
}
