package com.arbitra.ui.shell;

import com.arbitra.ui.I18n;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a team database's password when neither {@code ARBITRA_DB_PASSWORD} nor {@code ~/.pgpass}
 * gives one: the console started from a desktop has no terminal to ask in. The password is handed to
 * the driver and never written anywhere.
 */
final class DatabasePasswordDialog {

    private DatabasePasswordDialog() {
    }

    /** Asks on the FX thread and waits for the answer: the password, or null when cancelled. */
    static char[] fromBackground(Window owner, I18n i18n, String user, String url) {
        return onFxThread(() -> ask(owner, i18n, user, url));
    }

    /** Runs a dialog on the FX thread and waits for its answer (from a background task opening a workspace). */
    static <T> T onFxThread(java.util.function.Supplier<T> dialog) {
        if (Platform.isFxApplicationThread()) {
            return dialog.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(dialog.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A dialog failed", e.getCause());
        }
    }

    static char[] ask(Window owner, I18n i18n, String user, String url) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.t("dbPassword.title"));
        dialog.setHeaderText(i18n.t("dbPassword.header", user, url));
        PasswordField field = new PasswordField();
        field.setId("databasePassword");
        Label why = new Label(i18n.t("dbPassword.why"));
        why.setWrapText(true);
        why.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(10, field, why));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().orElse(null);
    }
}
