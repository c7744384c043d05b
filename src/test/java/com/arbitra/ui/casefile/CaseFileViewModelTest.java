package com.arbitra.ui.casefile;

import com.arbitra.ui.I18n;
import com.arbitra.ui.TaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Assessment;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseChanges;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Party;
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
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin, new TaskRunner(held::add, Runnable::run),
                new I18n(Locale.ENGLISH));

        vm.open("MP-A");
        vm.open("MP-B");
        held.get(1).run();
        held.get(0).run();

        assertThat(vm.current().get().caseId()).isEqualTo("MP-B");
    }

    @Test
    void theActionsSayWhatIsAllowedAndWhyTheRestIsNot() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin, TaskRunner.direct(),
                new I18n(Locale.forLanguageTag("es")));

        vm.open("MP-A");

        assertThat(vm.actions()).filteredOn(CaseFileViewModel.ActionState::allowed)
                .extracting(CaseFileViewModel.ActionState::action)
                .containsExactlyInAnyOrder(CaseAction.CLAIM, CaseAction.ADD_NOTE);
        assertThat(vm.actions()).filteredOn(a -> a.action() == CaseAction.ASSESS_EVIDENCE).first()
                .extracting(CaseFileViewModel.ActionState::reason).isEqualTo("Tome primero este caso.");
        assertThat(vm.actions()).filteredOn(a -> a.action() == CaseAction.PROPOSE_RULING).first()
                .extracting(CaseFileViewModel.ActionState::reason).asString()
                .startsWith("No se puede proponer una resolución: este caso está esperando a un agente");
        assertThat(vm.actions()).as("a supervisor's actions are not an agent's to see")
                .noneMatch(a -> a.action() == CaseAction.ISSUE_RULING);
    }

    @Test
    void claimingNotingAndAssessingFromTheCaseFile() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin, TaskRunner.direct(),
                new I18n(Locale.ENGLISH));
        vm.open("MP-A");

        vm.claim(vm.current().get());
        vm.addNote(vm.current().get(), "Called the merchant; the courier confirms delivery.");
        vm.assess(vm.current().get(), "e-1", Assessment.DISPUTED, "The waybill date is after the complaint.");

        assertThat(vm.error().get()).isEmpty();
        assertThat(vm.current().get().assignee()).isEqualTo("lin");
        assertThat(vm.current().get().notes()).extracting(n -> n.text())
                .containsExactly("Called the merchant; the courier confirms delivery.");
        assertThat(vm.current().get().evidenceItem("e-1").orElseThrow().assessment()).isEqualTo(Assessment.DISPUTED);
        assertThat(ws.session.cases().find("MP-A").orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void aCommandDecidedOnAnOlderVersionIsRefusedAndTheConflictSaysWhatChanged() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin, TaskRunner.direct(),
                new I18n(Locale.ENGLISH));
        vm.open("MP-A");
        DisputeCase seen = vm.current().get();
        ws.session.cases().claim("MP-A", ws.addOperator("wang", Role.AGENT).asActor(), seen.version());

        vm.claim(seen);

        CaseFileViewModel.Conflict conflict = vm.conflict().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.now().assignee()).isEqualTo("wang");
        assertThat(conflict.changes()).extracting(CaseChanges.Change::kind).contains(CaseChanges.Kind.ASSIGNEE);
        // what the operator looks at does not change under them; the newer version is announced
        assertThat(vm.current().get()).isSameAs(seen);
        assertThat(vm.newer().get().updatedBy()).isEqualTo("wang");
        assertThat(ws.session.cases().find("MP-A").orElseThrow().assignee()).isEqualTo("wang");
    }

    @Test
    void aRefreshAnnouncesANewerVersionWithoutShowingIt() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin, TaskRunner.direct(),
                new I18n(Locale.ENGLISH));
        vm.open("MP-A");
        DisputeCase seen = vm.current().get();
        ws.session.cases().claim("MP-A", ws.addOperator("wang", Role.AGENT).asActor(), seen.version());

        vm.refresh();

        assertThat(vm.current().get()).isSameAs(seen);
        assertThat(vm.newer().get().assignee()).isEqualTo("wang");
        vm.showNewer();
        assertThat(vm.current().get().assignee()).isEqualTo("wang");
        assertThat(vm.newer().get()).isNull();
    }

    @Test
    void aRefusedNoteIsKeptAsADraftAndASentOneRemovesIt() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin, TaskRunner.direct(),
                new I18n(Locale.ENGLISH));
        vm.open("MP-A");
        vm.claim(vm.current().get());
        DisputeCase seen = vm.current().get();
        ws.session.cases().addNote("MP-A", lin, seen.version(), "written in another window");

        vm.addNote(seen, "The courier confirms delivery.");

        assertThat(vm.conflict().get().draft()).isEqualTo(new Draft.TextContent("The courier confirms delivery."));
        assertThat(ws.session.drafts().of(lin, "MP-A")).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo(CaseAction.ADD_NOTE);
            assertThat(d.seenVersion()).isEqualTo(seen.version());
            assertThat(d.content()).isEqualTo(new Draft.TextContent("The courier confirms delivery."));
        });

        vm.settle(vm.conflict().get(), true);
        vm.addNote(vm.current().get(), "The courier confirms delivery.");

        assertThat(vm.error().get()).isEmpty();
        assertThat(vm.current().get().notes()).extracting(InternalNote::text)
                .containsExactly("written in another window", "The courier confirms delivery.");
        assertThat(ws.session.drafts().of(lin, "MP-A")).isEmpty();
        assertThat(vm.unsent()).isEmpty();
    }

    @Test
    void draftsKeptAsTypedAreThereWhenTheCaseIsOpenedAgain() {
        CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin, TaskRunner.direct(),
                new I18n(Locale.ENGLISH));
        vm.open("MP-A");
        vm.claim(vm.current().get());
        Draft.RequestContent request = new Draft.RequestContent(List.of(Party.MERCHANT),
                List.of(EvidenceCategory.LOGISTICS), "Send the waybill.", 48, List.of(NotificationChannel.SMS));
        vm.keepDraft(CaseAction.REQUEST_EVIDENCE, vm.current().get(), request);

        CaseFileViewModel again = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin,
                TaskRunner.direct(), new I18n(Locale.ENGLISH));
        again.open("MP-A");

        assertThat(again.draftFor(CaseAction.REQUEST_EVIDENCE)).map(Draft::content).contains(request);
        again.discardDraft(CaseAction.REQUEST_EVIDENCE);
        assertThat(ws.session.drafts().of(lin, "MP-A")).isEmpty();
    }
}
