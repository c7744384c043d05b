package com.arbitra.ui.dashboard;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.store.DashboardQueries;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's view model on a real workspace, without the toolkit. */
class DashboardViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        Actor chen = ws.addOperator("chen", Role.SUPERVISOR).asActor();
        for (int i = 1; i <= 3; i++) {
            ws.insert(SampleCases.waiting("MP-" + i));
        }
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
        ws.clock.advance(Duration.ofHours(3));
        ws.session.cases().proposeRuling("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"), new Ruling(null, Responsibility.MERCHANT,
                Remedy.FULL_REFUND, null, List.of(), List.of(), "The seal was broken on arrival, as the photos show.",
                false, List.of(new Obligation(Party.MERCHANT, "REFUND", null)), List.of(), null, null, null, null,
                null, null, null));
        ws.session.cases().issueRuling("MP-1", chen, Seen.version(ws.session.cases(), "MP-1"), null);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private DashboardViewModel vm(TaskRunner background) {
        return new DashboardViewModel(new DashboardQueries(ws.session.workspace()), background,
                new I18n(Locale.ENGLISH), ws.clock, ZoneOffset.UTC);
    }

    @Test
    void everyFigureLoadsAndEachChartHasItsTable() {
        DashboardViewModel vm = vm(TaskRunner.direct());
        vm.reload();

        assertThat(vm.loading().get()).isFalse();
        assertThat(vm.backlog()).containsEntry(CaseState.INTERVENTION_REQUESTED, 2L)
                .containsEntry(CaseState.AWAITING_FULFILMENT, 1L);
        assertThat(vm.outcomesBy(true)).isEqualTo(Map.of("Merchant", Map.of(LocalDate.parse("2026-11-16"), 1L)));
        assertThat(vm.table(DashboardViewModel.Chart.BACKLOG).rows()).contains(List.of("Intervention requested", "2"));
        assertThat(vm.table(DashboardViewModel.Chart.BY_REMEDY).rows())
                .containsExactly(List.of("2026-11-16", "Full refund", "1"));
        assertThat(vm.table(DashboardViewModel.Chart.AGENTS).rows())
                .containsExactly(List.of("chen", "0", "1", ""), List.of("lin", "1", "0", "3.0"));
        assertThat(vm.table(DashboardViewModel.Chart.TOP_MERCHANTS).rows())
                .containsExactly(List.of("1900012345", "广州某某商贸有限公司", "3", "3"));
        assertThat(vm.table(DashboardViewModel.Chart.DEADLINES).header())
                .containsExactly("State", "Overdue", "Due within 4 h");
    }

    @Test
    void aSlowAnswerForAnOlderPeriodNeverReplacesANewerOne() {
        List<Runnable> pending = new ArrayList<>();
        Executor held = pending::add;
        DashboardViewModel vm = vm(new TaskRunner(held, Runnable::run));
        vm.weeks().set(4);
        vm.reload();
        vm.weeks().set(26);
        vm.reload();

        pending.get(1).run();
        ws.insert(SampleCases.waiting("MP-9"));
        pending.get(0).run();

        assertThat(vm.backlog()).containsEntry(CaseState.INTERVENTION_REQUESTED, 2L);
    }

    @Test
    void aChartIsExportedAsCsv() throws Exception {
        DashboardViewModel vm = vm(TaskRunner.direct());
        vm.reload();
        Path file = dir.resolve(vm.suggestedFileName(DashboardViewModel.Chart.TOP_MERCHANTS));

        vm.exportCsv(DashboardViewModel.Chart.TOP_MERCHANTS, file);

        assertThat(file.getFileName().toString()).isEqualTo("arbitra-top-merchants-2026-11-20.csv");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFmerchantId,Merchant,Complaints,Open\r\n1900012345,广州某某商贸有限公司,3,3\r\n");
        assertThat(vm.status().get()).isEqualTo("Saved arbitra-top-merchants-2026-11-20.csv");
    }
}
