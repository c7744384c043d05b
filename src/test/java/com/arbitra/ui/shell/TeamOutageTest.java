package com.arbitra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.store.CaseQueries;
import com.arbitra.store.Workspace;
import com.arbitra.support.PgDatabase;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import com.arbitra.ui.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team server goes away and comes back: the console's watch says the database is not answering
 * while it is away, and once it is back the next poll connects again by itself and shows what changed.
 */
class TeamOutageTest {

    @TempDir
    Path dir;

    @Test
    void theConsoleSaysTheServerIsAwayAndConnectsAgainWhenItIsBack() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir, WorkspaceKind.LIVE, Workspace.Engine.POSTGRES)) {
            PgDatabase server = ws.server().orElseThrow();
            ws.insert(SampleCases.waiting("MP-1"));
            Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
            AtomicInteger changes = new AtomicInteger();
            MainViewModel vm = new MainViewModel(new CaseQueries(ws.session.workspace()), ws.session.cases(),
                    TaskRunner.direct());
            vm.onChange(changes::incrementAndGet);
            vm.poll();
            assertThat(vm.connected().get()).isTrue();
            int before = changes.get();

            server.outage(true);
            try {
                vm.poll();
                assertThat(vm.connected().get()).as("reported while the server is away").isFalse();
                vm.poll();
                assertThat(vm.connected().get()).isFalse();
            } finally {
                server.outage(false);
            }

            vm.poll();
            assertThat(vm.connected().get()).as("connected again without a restart").isTrue();
            assertThat(changes.get()).isEqualTo(before);
            ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
            vm.poll();
            assertThat(changes.get()).as("and changes show again").isEqualTo(before + 1);
        }
    }
}
