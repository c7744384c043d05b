package com.arbitra.ui.shell;

import com.arbitra.domain.Operator;
import com.arbitra.domain.OperatorService;
import com.arbitra.domain.Passwords;
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

/** Creates the first supervisor of an empty workspace and signs them in. */
public final class FirstSupervisorViewModel {

    private final OperatorService operators;
    private final TaskRunner background;
    private final I18n i18n;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Consumer<Operator> onCreated = op -> { };

    public FirstSupervisorViewModel(OperatorService operators, TaskRunner background, I18n i18n) {
        this.operators = operators;
        this.background = background;
        this.i18n = i18n;
    }

    public StringProperty username() { return username; }
    public StringProperty displayName() { return displayName; }
    public StringProperty password() { return password; }
    public StringProperty confirm() { return confirm; }
    public StringProperty error() { return error; }
    public BooleanProperty busy() { return busy; }

    /** Given the new supervisor signed in, or null when they were created but the sign-in failed. */
    public void onCreated(Consumer<Operator> action) {
        onCreated = action;
    }

    /** What keeps the form from being submitted, or empty: the same rules the service applies. */
    public BooleanBinding incomplete() {
        return Bindings.createBooleanBinding(() -> username.get().isBlank() || password.get().isEmpty()
                || busy.get(), username, password, busy);
    }

    public void create() {
        if (!password.get().equals(confirm.get())) {
            error.set(i18n.t("firstSupervisor.mismatch"));
            return;
        }
        String problem = Passwords.problem(password.get().toCharArray());
        if (problem != null) {
            error.set(i18n.t("password.tooShort", Passwords.MIN_LENGTH));
            return;
        }
        busy.set(true);
        error.set("");
        String name = username.get().strip();
        String display = displayName.get();
        char[] pw = password.get().toCharArray();
        // signed in at once with the password just typed twice (the service wipes each copy it is given)
        background.run("FirstSupervisorViewModel.create", () -> {
            operators.createFirstSupervisor(name, display, pw.clone());
            try {
                return operators.signIn(name, pw);
            } catch (RuntimeException e) {
                // created, but not signed in (a team server that refuses the login): the sign-in says why
                org.slf4j.LoggerFactory.getLogger(FirstSupervisorViewModel.class).warn("{} was created but not signed in", name, e);
                return null;
            }
        }, op -> {
            busy.set(false);
            password.set("");
            confirm.set("");
            onCreated.accept(op);
        }, t -> {
            busy.set(false);
            error.set(Messages.of(t, i18n));
        });
    }
}
