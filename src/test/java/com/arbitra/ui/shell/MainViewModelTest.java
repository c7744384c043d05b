package com.arbitra.ui.shell;

import com.arbitra.ui.TaskRunner;

import com.arbitra.support.Seen;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.Party;
import com.arbitra.domain.Role;
import com.arbitra.store.CaseQueries;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.shell.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;
    TestWorkspace ws;
    MainViewModel vm;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        vm = new MainViewModel(new CaseQueries(ws.session.workspace()), ws.session.cases(), TaskRunner.direct());
        vm.onChange(changes::incrementAndGet);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void pollingReportsAChangeOnlyWhenSomethingWasAudited() {
        vm.poll();
        assertThat(changes).hasValue(1);
        vm.poll();
        assertThat(changes).as("nothing changed since").hasValue(1);

        ws.insert(SampleCases.waiting("MP-1"));
        vm.poll();
        assertThat(changes).as("an insert without an audit record is not a change yet").hasValue(1);

        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
        vm.poll();
        assertThat(changes).hasValue(2);
        assertThat(vm.connected().get()).isTrue();
    }

    @Test
    void passedDeadlinesAreAppliedWithoutAnyoneClicking() {
        ws.insert(SampleCases.waiting("MP-1"));
        Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
        ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
        ws.session.cases().requestEvidence("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"), Party.CONSUMER,
                List.of(EvidenceCategory.PRODUCT_CONDITION), "Photos of the box, please.", null, List.of());

        ws.clock.advance(Duration.ofHours(49));
        vm.applyDueTimeouts();

        assertThat(ws.session.cases().find("MP-1").orElseThrow().state()).isEqualTo(CaseState.UNDER_REVIEW);
    }
}
