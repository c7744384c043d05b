package com.arbitra.ui.shell;

import com.arbitra.ui.I18n;
import com.arbitra.ui.TaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Operator;
import com.arbitra.domain.Role;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.shell.FirstSupervisorViewModel;
import com.arbitra.ui.shell.SignInViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's view models on a real workspace, without the toolkit. */
class SignInViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    final I18n english = new I18n(Locale.ENGLISH);
    final List<Operator> signedIn = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theFirstSupervisorIsCreatedOnlyWhenThePasswordsMatch() {
        FirstSupervisorViewModel vm = new FirstSupervisorViewModel(ws.session.operators(), TaskRunner.direct(),
                english);
        List<Operator> created = new ArrayList<>();
        vm.onCreated(created::add);
        vm.username().set("chen");
        vm.password().set("long enough");
        vm.confirm().set("long enougH");

        vm.create();
        assertThat(vm.error().get()).isEqualTo("The two passwords differ.");
        assertThat(created).isEmpty();

        vm.confirm().set("long enough");
        vm.create();
        assertThat(created).extracting(Operator::role).containsExactly(Role.SUPERVISOR);
        assertThat(ws.session.operators().needsFirstSupervisor()).isFalse();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFiveMinutes() {
        ws.addOperator("lin", Role.AGENT);
        SignInViewModel vm = new SignInViewModel(ws.session.operators(), TaskRunner.direct(), english);
        vm.onSignedIn(signedIn::add);

        for (int i = 0; i < 4; i++) {
            attempt(vm, "lin", "wrong password");
            assertThat(vm.error().get()).isEqualTo("Wrong operator name or password.");
        }
        attempt(vm, "lin", "wrong password");
        assertThat(vm.error().get()).isEqualTo("Wrong password 5 times: the account is locked for 5 minutes.");

        attempt(vm, "lin", new String(TestWorkspace.PASSWORD));
        assertThat(vm.error().get()).startsWith("This account is locked");
        assertThat(signedIn).isEmpty();

        ws.clock.advance(Duration.ofMinutes(5));
        attempt(vm, "lin", new String(TestWorkspace.PASSWORD));
        assertThat(vm.error().get()).isEmpty();
        assertThat(signedIn).extracting(Operator::username).containsExactly("lin");
        assertThat(vm.password().get()).as("the password is not kept after use").isEmpty();
    }

    @Test
    void anUnknownOperatorGetsTheSameAnswerAsAWrongPassword() {
        SignInViewModel vm = new SignInViewModel(ws.session.operators(), TaskRunner.direct(),
                new I18n(Locale.forLanguageTag("es")));

        attempt(vm, "nobody", "whatever it is");

        assertThat(vm.error().get()).isEqualTo("Operador o contraseña incorrectos.");
    }

    private static void attempt(SignInViewModel vm, String user, String password) {
        vm.username().set(user);
        vm.password().set(password);
        vm.signIn();
    }
}
