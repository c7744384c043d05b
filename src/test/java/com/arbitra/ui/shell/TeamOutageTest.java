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
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.ui.I18n;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.casefile.CaseFileViewModel;
import java.util.Locale;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team server goes away and comes back: the console's watch says the database is not answering
 * while it is away, and once it is back the next poll connects again by itself and shows what changed.
 * Nothing typed meanwhile is lost: drafts are held until the server takes them, and a command sent
 * while it is away is refused with a sentence that says so, its draft kept.
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

    @Test
    void whatIsTypedWhileTheServerIsAwayIsKeptAndCanBeSentOnceItIsBack() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir, WorkspaceKind.LIVE, Workspace.Engine.POSTGRES)) {
            PgDatabase server = ws.server().orElseThrow();
            Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
            ws.insert(SampleCases.waiting("MP-1"));
            ws.session.cases().claim("MP-1", lin, Seen.version(ws.session.cases(), "MP-1"));
            CaseFileViewModel vm = new CaseFileViewModel(ws.session.cases(), ws.session.drafts(), lin,
                    TaskRunner.direct(), new I18n(Locale.ENGLISH));
            vm.open("MP-1");
            DisputeCase seen = vm.current().get();
            assertThat(seen).isNotNull();

            server.outage(true);
            try {
                vm.keepDraft(CaseAction.ADD_NOTE, seen, new Draft.TextContent("The courier's photo shows"));
                assertThat(vm.error().get()).as("a draft held is no error").isEmpty();
                vm.addNote(seen, "The courier's photo shows the parcel left at the door.");
                assertThat(vm.error().get()).startsWith("The workspace's database is not answering; nothing was "
                        + "changed. What you typed is kept");
                assertThat(vm.draftFor(CaseAction.ADD_NOTE)).map(d -> d.content())
                        .contains(new Draft.TextContent("The courier's photo shows the parcel left at the door."));
            } finally {
                server.outage(false);
            }

            vm.open("MP-1");
            assertThat(vm.error().get()).isEmpty();
            assertThat(vm.draftFor(CaseAction.ADD_NOTE)).as("the draft survives reading the case again").map(
                    d -> d.content()).contains(new Draft.TextContent("The courier's photo shows the parcel left at "
                    + "the door."));
            assertThat(ws.session.drafts().of(lin, "MP-1")).as("and is saved on the server now").hasSize(1);

            vm.addNote(vm.current().get(), "The courier's photo shows the parcel left at the door.");
            assertThat(vm.error().get()).isEmpty();
            assertThat(vm.current().get().notes()).extracting(n -> n.text())
                    .contains("The courier's photo shows the parcel left at the door.");
            assertThat(vm.draftFor(CaseAction.ADD_NOTE)).isEmpty();
            assertThat(ws.session.drafts().of(lin, "MP-1")).as("sent: no draft left anywhere").isEmpty();
        }
    }

    @Test
    void whatIsTypedWhileTheServerIsAwayOutlivesACrashOfTheConsole() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir, WorkspaceKind.LIVE, Workspace.Engine.POSTGRES)) {
            PgDatabase server = ws.server().orElseThrow();
            Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
            ws.insert(SampleCases.waiting("MP-1"));
            long seen = Seen.version(ws.session.cases(), "MP-1");
            java.nio.file.Path held = ws.session.workspace().dir().resolve("held-drafts/lin.json");

            server.outage(true);
            try {
                ws.session.drafts().keep(lin, "MP-1", CaseAction.ADD_NOTE, seen,
                        new Draft.TextContent("Typed while the server was away"));
                assertThat(held).as("held on this workstation").exists();
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(held))).isEqualTo("rw-------");
            } finally {
                server.outage(false);
            }

            // the console that held it is gone (crashed, closed): the next one on this workstation has it
            try (com.arbitra.store.Session next = ws.openAgain()) {
                assertThat(next.drafts().of(lin, "MP-1")).singleElement().extracting(Draft::content)
                        .isEqualTo(new Draft.TextContent("Typed while the server was away"));
                assertThat(held).as("on the server now, no longer held here").doesNotExist();
            }
            assertThat(ws.session.drafts().of(lin, "MP-1")).as("and any console sees it").hasSize(1);
        }
    }
}
