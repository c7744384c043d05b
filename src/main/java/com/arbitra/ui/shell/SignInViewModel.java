package com.arbitra.ui.shell;

import com.arbitra.domain.Operator;
import com.arbitra.domain.OperatorService;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.Messages;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Signs an operator in (the password check runs in the background: PBKDF2 takes a moment). */
public final class SignInViewModel {

    private final OperatorService operators;
    private final TaskRunner background;
    private final I18n i18n;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Consumer<Operator> onSignedIn = op -> { };

    public SignInViewModel(OperatorService operators, TaskRunner background, I18n i18n) {
        this.operators = operators;
        this.background = background;
        this.i18n = i18n;
    }

    public StringProperty username() { return username; }
    public StringProperty password() { return password; }
    public StringProperty error() { return error; }
    public BooleanProperty busy() { return busy; }

    public void onSignedIn(Consumer<Operator> action) {
        onSignedIn = action;
    }

    public BooleanBinding incomplete() {
        return Bindings.createBooleanBinding(() -> username.get().isBlank() || password.get().isEmpty()
                || busy.get(), username, password, busy);
    }

    public void signIn() {
        if (incomplete().get()) {
            return;
        }
        busy.set(true);
        error.set("");
        String name = username.get().strip();
        char[] pw = password.get().toCharArray();
        password.set("");
        background.run("SignInViewModel.signIn", () -> operators.signIn(name, pw), op -> {
            busy.set(false);
            onSignedIn.accept(op);
        }, t -> {
            busy.set(false);
            error.set(Messages.of(t, i18n));
        });
    }
}
