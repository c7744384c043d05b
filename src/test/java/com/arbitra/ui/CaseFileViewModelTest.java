package com.arbitra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.Role;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.casefile.CaseFileViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor lin;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        lin = ws.addOperator("lin", Role.AGENT).asActor();
        ws.insert(SampleCases.waiting("MP-A"));
        ws.insert(SampleCases.waiting("MP-B"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void switchingCasesFastNeverShowsThePreviousCase() {
        List<Runnable> held = new ArrayList<>();
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), lin, new Background(held::add, Runnable::run),
                new I18n(Locale.ENGLISH));

        vm.open("MP-A");
        vm.open("MP-B");
        held.get(1).run();
        held.get(0).run();

        assertThat(vm.current().get().caseId()).isEqualTo("MP-B");
    }

    @Test
    void theActionsSayWhatIsAllowedAndWhyTheRestIsNot() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), lin, Background.direct(),
                new I18n(Locale.forLanguageTag("es")));

        vm.open("MP-A");

        assertThat(vm.actions()).filteredOn(CaseFileViewModel.ActionState::allowed)
                .extracting(CaseFileViewModel.ActionState::action)
                .containsExactlyInAnyOrder(CaseAction.CLAIM, CaseAction.ADD_NOTE);
        assertThat(vm.actions()).filteredOn(a -> a.action() == CaseAction.ASSESS_EVIDENCE).first()
                .extracting(CaseFileViewModel.ActionState::reason).isEqualTo("Tome primero este caso.");
        assertThat(vm.actions()).filteredOn(a -> a.action() == CaseAction.ISSUE_RULING).first()
                .extracting(CaseFileViewModel.ActionState::reason).asString()
                .startsWith("No se puede emitir una resolución: este caso está esperando a un agente");
    }
}
