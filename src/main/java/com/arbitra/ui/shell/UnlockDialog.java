package com.arbitra.ui.shell;

import com.arbitra.domain.ports.ConsoleWorkspaces.Unlock;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks who opens an encrypted workspace: one of its operators, with their password. The same
 * sign-in then opens the console, so nobody types it twice. A forgotten password is reset by a
 * supervisor, or on the command line with the recovery key.
 */
final class UnlockDialog {

    private UnlockDialog() {
    }

    /** Asks on the FX thread and waits: the operator and password, or null when cancelled. */
    static Unlock fromBackground(Window owner, I18n i18n, Path dir, String refused, String lastName) {
        return DatabasePasswordDialog.onFxThread(() -> ask(owner, i18n, dir, refused, lastName));
    }

    /** {@code lastName}: the name of a refused answer (kept, so that only the password is typed again), or null. */
    static Unlock ask(Window owner, I18n i18n, Path dir, String refused, String lastName) {
        Dialog<Unlock> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("unlock.title"));
        dialog.setHeaderText(i18n.t("unlock.header", dir));
        TextField name = new TextField();
        name.setId("unlockOperator");
        name.setText(lastName == null ? "" : lastName);
        PasswordField password = new PasswordField();
        password.setId("unlockPassword");
        GridPane form = Forms.grid();
        Forms.row(form, 0, i18n.t("signIn.username"), name);
        Forms.row(form, 1, i18n.t("signIn.password"), password);
        VBox content = new VBox(10, form);
        if (refused != null) {
            Label why = Forms.error(new javafx.beans.property.SimpleStringProperty(i18n.t("unlock.refused")));
            why.setId("unlockRefused");
            content.getChildren().add(0, why);
        }
        Label forgotten = new Label(i18n.t("unlock.forgotten"));
        forgotten.setWrapText(true);
        forgotten.setMaxWidth(440);
        content.getChildren().add(forgotten);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(name.textProperty().isEmpty().or(password.textProperty().isEmpty()));
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Unlock(name.getText().strip(), password.getText().toCharArray()) : null);
        Platform.runLater(name.getText().isEmpty() ? name::requestFocus : password::requestFocus);
        return dialog.showAndWait().orElse(null);
    }
}
