package com.arbitra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.Party;
import com.arbitra.domain.Role;
import com.arbitra.store.CaseQueries;
import com.arbitra.store.CaseSummary;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    MainViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        vm = new MainViewModel(new CaseQueries(ws.session.workspace()), ws.session.cases(), Background.direct());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void pollingReloadsOnlyWhenSomethingWasAudited() {
        vm.poll();
        assertThat(vm.rows()).isEmpty();

        ws.insert(SampleCases.waiting("MP-1"));
        vm.poll();
        assertThat(vm.rows()).as("an insert without an audit record is not a change yet").isEmpty();

        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        ws.session.cases().claim("MP-1", lin, null);
        vm.poll();
        assertThat(vm.rows()).extracting(CaseSummary::caseId, CaseSummary::assignee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MP-1", "lin"));
        assertThat(vm.total().get()).isEqualTo(1);
        assertThat(vm.connected().get()).isTrue();
    }

    @Test
    void passedDeadlinesAreAppliedWithoutAnyoneClicking() {
        ws.insert(SampleCases.waiting("MP-1"));
        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        ws.session.cases().claim("MP-1", lin, null);
        ws.session.cases().requestEvidence("MP-1", lin, null, Party.CONSUMER,
                List.of(EvidenceCategory.PRODUCT_CONDITION), "Photos of the box, please.", null, List.of());

        ws.clock.advance(Duration.ofHours(49));
        vm.applyDueTimeouts();
        vm.poll();

        assertThat(vm.rows()).extracting(CaseSummary::state).containsExactly(CaseState.UNDER_REVIEW);
    }
}
