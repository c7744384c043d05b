package com.arbitra.ui.shell;

import com.arbitra.ui.I18n;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Shown once, on an empty workspace: who will be its first supervisor. */
final class FirstSupervisorView {

    private final FirstSupervisorViewModel vm;
    private final Parent root;

    FirstSupervisorView(FirstSupervisorViewModel vm, I18n i18n, Path workspace, boolean training) {
        this.vm = vm;
        TextField user = new TextField();
        user.setId("firstUsername");
        user.textProperty().bindBidirectional(vm.username());
        TextField display = new TextField();
        display.setId("firstDisplayName");
        display.textProperty().bindBidirectional(vm.displayName());
        PasswordField pw = new PasswordField();
        pw.setId("firstPassword");
        pw.textProperty().bindBidirectional(vm.password());
        PasswordField confirm = new PasswordField();
        confirm.setId("firstConfirm");
        confirm.textProperty().bindBidirectional(vm.confirm());

        GridPane grid = Forms.grid();
        Forms.row(grid, 0, i18n.t("firstSupervisor.username"), user);
        Forms.row(grid, 1, i18n.t("firstSupervisor.displayName"), display);
        Forms.row(grid, 2, i18n.t("firstSupervisor.password"), pw);
        Forms.row(grid, 3, i18n.t("firstSupervisor.confirm"), confirm);

        Button create = new Button(i18n.t("firstSupervisor.create"));
        create.setId("createSupervisor");
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.incomplete());
        create.setOnAction(e -> vm.create());

        Label intro = new Label(i18n.t(training ? "firstSupervisor.introTraining" : "firstSupervisor.intro", workspace));
        intro.setWrapText(true);
        root = Forms.centred(Forms.title(i18n.t("firstSupervisor.title")), intro, grid,
                Forms.error(vm.error()), create);
        user.requestFocus();
    }

    FirstSupervisorViewModel viewModel() {
        return vm;
    }

    Parent root() {
        return root;
    }
}
