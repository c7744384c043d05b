package com.arbitra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Assessment;
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

    @Test
    void claimingNotingAndAssessingFromTheCaseFile() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), lin, Background.direct(),
                new I18n(Locale.ENGLISH));
        vm.open("MP-A");

        vm.claim();
        vm.addNote("Called the merchant; the courier confirms delivery.");
        vm.assess("e-1", Assessment.DISPUTED, "The waybill date is after the complaint.");

        assertThat(vm.error().get()).isEmpty();
        assertThat(vm.current().get().assignee()).isEqualTo("lin");
        assertThat(vm.current().get().notes()).extracting(n -> n.text())
                .containsExactly("Called the merchant; the courier confirms delivery.");
        assertThat(vm.current().get().evidenceItem("e-1").orElseThrow().assessment()).isEqualTo(Assessment.DISPUTED);
        assertThat(ws.session.cases().find("MP-A").orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void aChangeThatLostARaceSaysSoAndShowsTheCaseAsItIsNow() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), lin, Background.direct(),
                new I18n(Locale.ENGLISH));
        vm.open("MP-A");
        ws.session.cases().claim("MP-A", ws.addOperator("wang", Role.AGENT).asActor(), null);

        vm.claim();

        assertThat(vm.error().get()).startsWith("Case MP-A was changed by wang at");
        assertThat(vm.current().get().assignee()).isEqualTo("wang");
    }
}
