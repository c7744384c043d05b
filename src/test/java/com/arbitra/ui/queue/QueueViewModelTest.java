package com.arbitra.ui.queue;

import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Role;

import com.arbitra.store.QueueQueries;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's view model on a real workspace, without the toolkit. */
class QueueViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    Actor lin;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        lin = ws.addOperator("lin", Role.AGENT).asActor();
        for (int i = 0; i < 250; i++) {
            ws.insert(SampleCases.waiting(String.format("MP-%03d", i)).toBuilder()
                    .dueAt(SampleCases.T0.plus(Duration.ofMinutes(i))).build());
        }
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private QueueViewModel vm(TaskRunner background) {
        return new QueueViewModel(new QueueQueries(ws.session.workspace()), ws.session.cases(), lin, background,
                new I18n(Locale.ENGLISH), ws.clock, ZoneOffset.UTC);
    }

    @Test
    void pagesComeInAsTheOperatorScrolls() {
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.reload();
        assertThat(vm.rows()).hasSize(QueueViewModel.PAGE);
        assertThat(vm.counts()).containsEntry(CaseState.INTERVENTION_REQUESTED, 250L);

        vm.loadMore();
        vm.loadMore();
        vm.loadMore();

        assertThat(vm.rows()).hasSize(250).extracting(QueueRow::caseId).doesNotHaveDuplicates()
                .startsWith("MP-000", "MP-001").endsWith("MP-249");
        assertThat(vm.hasMore().get()).isFalse();
    }

    @Test
    void aHeldListTakesChangesFromElsewhereInPlaceAndCountsThoseThatWouldMove() {
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.reload();
        List<String> before = vm.rows().stream().map(QueueRow::caseId).toList();
        vm.hold().set(true);
        // a case due before every other arrives
        ws.insert(SampleCases.waiting("MP-EARLY").toBuilder().dueAt(SampleCases.T0.minus(Duration.ofHours(1))).build());

        vm.refresh();

        assertThat(vm.rows()).extracting(QueueRow::caseId).as("nothing moved").isEqualTo(before);
        assertThat(vm.changed().get()).as("one case arrived above the others; the last row left the page")
                .isEqualTo(2);

        vm.showChanges();

        assertThat(vm.rows().get(0).caseId()).isEqualTo("MP-EARLY");
        assertThat(vm.changed().get()).isZero();
    }

    @Test
    void aListNotHeldTakesChangesInTheirOrder() {
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.reload();
        ws.insert(SampleCases.waiting("MP-EARLY").toBuilder().dueAt(SampleCases.T0.minus(Duration.ofHours(1))).build());

        vm.refresh();

        assertThat(vm.rows().get(0).caseId()).isEqualTo("MP-EARLY");
        assertThat(vm.changed().get()).isZero();
    }

    @Test
    void inPlaceCountsTheCasesThatArriveLeaveOrMove() {
        List<QueueRow> all = new ArrayList<>();
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.reload();
        all.addAll(vm.rows().subList(0, 5));
        QueueRow a = all.get(0), b = all.get(1), c = all.get(2), d = all.get(3), e = all.get(4);

        QueueViewModel.InPlace kept = QueueViewModel.InPlace.of(List.of(a, b, c, d), List.of(b, a, c, e));

        assertThat(kept.rows()).containsExactly(a, b, c, d);
        assertThat(kept.changed()).as("d left, e arrived, a and b swapped (one move)").isEqualTo(3);
        assertThat(QueueViewModel.InPlace.of(List.of(a, b, c), List.of(a, b, c)).changed()).isZero();
        assertThat(QueueViewModel.InPlace.of(List.of(a, b, c), List.of(c, a, b)).changed()).isEqualTo(1);
    }

    @Test
    void theCountSaysHowManyCasesTheListHolds() {
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.reload();
        assertThat(vm.shownCount()).contains(250L);

        vm.search().set("MP-00");
        vm.reload();
        assertThat(vm.shownCount()).contains(10L);

        vm.search().set("no-such-case");
        vm.reload();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.shownCount()).contains(0L);
    }

    @Test
    void aSlowAnswerToAnOldFilterNeverReplacesTheNewOne() {
        List<Runnable> held = new ArrayList<>();
        Executor holding = held::add;
        QueueViewModel vm = vm(new TaskRunner(holding, Runnable::run));

        vm.reload();
        vm.search().set("MP-007");
        vm.reload();
        held.get(1).run();
        held.get(0).run();

        assertThat(vm.rows()).extracting(QueueRow::caseId).containsExactly("MP-007");
    }

    @Test
    void claimingTakesTheCaseAndAnotherOperatorsHoldIsExplained() {
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.scope().set(QueueFilter.Scope.UNASSIGNED);
        vm.reload();
        QueueRow first = vm.rows().get(0);
        ws.session.cases().claim(first.caseId(), ws.addOperator("wang", Role.AGENT).asActor(), first.version());

        vm.claim(first);

        assertThat(vm.error().get()).startsWith("Case " + first.caseId() + " was changed by wang at");
        assertThat(vm.rows()).as("reloaded: the unassigned queue no longer holds it")
                .extracting(QueueRow::caseId).doesNotContain(first.caseId());
        vm.claim(vm.rows().get(0));
        assertThat(vm.error().get()).isEmpty();
        vm.scope().set(QueueFilter.Scope.MINE);
        vm.reload();
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void savedViewsBelongToTheirOperatorAndBringBackEveryFilter() {
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.useSavedViews(new com.arbitra.store.SavedViews(ws.session.workspace(), ws.clock));
        vm.states().add(CaseState.INTERVENTION_REQUESTED);
        vm.scope().set(com.arbitra.domain.ports.QueueFilter.Scope.UNASSIGNED);
        vm.due().set(com.arbitra.domain.ports.QueueFilter.Due.TODAY);
        vm.merchant().set("1900012345");
        vm.search().set("MP-007");
        vm.saveView("Due today, unassigned");

        QueueViewModel other = new QueueViewModel(new QueueQueries(ws.session.workspace()), ws.session.cases(),
                ws.addOperator("ana", Role.AGENT).asActor(), TaskRunner.direct(), new I18n(Locale.ENGLISH), ws.clock,
                ZoneOffset.UTC);
        other.useSavedViews(new com.arbitra.store.SavedViews(ws.session.workspace(), ws.clock));
        assertThat(other.views()).as("another operator's views are not mine").isEmpty();

        QueueViewModel again = vm(TaskRunner.direct());
        again.useSavedViews(new com.arbitra.store.SavedViews(ws.session.workspace(), ws.clock));
        assertThat(again.views()).extracting(com.arbitra.domain.ports.SavedViewStore.View::name)
                .containsExactly("Due today, unassigned");
        again.apply(again.views().get(0));
        assertThat(again.filter()).isEqualTo(vm.filter());
        assertThat(again.rows()).extracting(QueueRow::caseId).containsExactly("MP-007");

        again.deleteView("Due today, unassigned");
        assertThat(again.views()).isEmpty();
    }

    @Test
    void aViewWithoutANameIsRefusedWithASentence() {
        QueueViewModel vm = vm(TaskRunner.direct());
        vm.useSavedViews(new com.arbitra.store.SavedViews(ws.session.workspace(), ws.clock));
        vm.saveView("x".repeat(81));
        assertThat(vm.error().get()).isEqualTo("A view's name is 1 to 80 characters.");
        assertThat(vm.views()).isEmpty();
    }

    @Test
    void aSupervisorAssignsSeveralCasesAtOnceAndHearsWhichWereNot() {
        Actor chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        QueueViewModel vm = new QueueViewModel(new QueueQueries(ws.session.workspace()), ws.session.cases(), chen,
                TaskRunner.direct(), new I18n(Locale.ENGLISH), ws.clock, ZoneOffset.UTC);
        vm.reload();
        List<QueueRow> chosen = List.copyOf(vm.rows().subList(0, 3));
        // one of them changes under the supervisor's feet: that one is refused, the others are assigned
        ws.session.cases().claim(chosen.get(1).caseId(), lin, chosen.get(1).version());

        vm.assign(chosen, "lin");

        assertThat(vm.error().get()).startsWith("Assigned 2 of 3 case(s) to lin. Not assigned: "
                + chosen.get(1).caseId() + ": Case " + chosen.get(1).caseId() + " was changed by lin");
        assertThat(List.of(chosen.get(0), chosen.get(2))).allSatisfy(r ->
                assertThat(ws.session.cases().find(r.caseId()).orElseThrow().assignee()).isEqualTo("lin"));
    }
}
