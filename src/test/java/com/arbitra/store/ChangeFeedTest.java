package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Role;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team workspace tells every open workstation of a change as it commits (LISTEN/NOTIFY); an H2
 * workspace has no such feed and is polled.
 */
class ChangeFeedTest {

    @TempDir
    Path dir;

    @Test
    void aCommandOnOneWorkstationReachesTheOthersFeedAtCommit() throws Exception {
        try (TestWorkspace desk1 = TestWorkspace.create(dir.resolve("desk-1"), WorkspaceKind.LIVE,
                Workspace.Engine.POSTGRES)) {
            // the second workstation joins the same database from its own folder
            TeamDescriptor server = TeamDescriptor.read(dir.resolve("desk-1"));
            try (Workspace desk2 = Workspace.createTeam(dir.resolve("desk-2"), server, WorkspaceKind.LIVE)) {
                var lin = desk1.addOperator("lin", Role.AGENT).asActor();
                CountDownLatch told = new CountDownLatch(1);
                AtomicInteger calls = new AtomicInteger();
                try (AutoCloseable feed = new CaseQueries(desk2).subscribe(() -> {
                    calls.incrementAndGet();
                    told.countDown();
                })) {
                    // the feed listens before the change is made: wait until its connection is up
                    waitUntilListening(desk2);
                    desk1.insert(SampleCases.waiting("MP-1"));
                    desk1.session.cases().claim("MP-1", lin, Seen.version(desk1.session.cases(), "MP-1"));
                    assertThat(told.await(10, TimeUnit.SECONDS)).as("the other workstation heard of it").isTrue();
                }
                int after = calls.get();
                desk1.session.cases().addNote("MP-1", lin,
                        Seen.version(desk1.session.cases(), "MP-1"), "after the feed closed");
                Thread.sleep(300);
                assertThat(calls.get()).as("a closed subscription hears nothing more").isEqualTo(after);
            }
        }
    }

    @Test
    void aDroppedConnectionIsOpenedAgainAndTheFeedListensAgain() throws Exception {
        try (TestWorkspace desk1 = TestWorkspace.create(dir.resolve("desk-1"), WorkspaceKind.LIVE,
                Workspace.Engine.POSTGRES)) {
            TeamDescriptor server = TeamDescriptor.read(dir.resolve("desk-1"));
            try (Workspace desk2 = Workspace.createTeam(dir.resolve("desk-2"), server, WorkspaceKind.LIVE)) {
                var lin = desk1.addOperator("lin", Role.AGENT).asActor();
                desk1.insert(SampleCases.waiting("MP-1"));
                CaseQueries queries = new CaseQueries(desk2);
                long before = queries.changeMark();
                CountDownLatch told = new CountDownLatch(1);
                try (AutoCloseable feed = queries.subscribe(told::countDown)) {
                    waitUntilListening(desk2);
                    // the server drops every connection of the other workstation (a restart, a network cut)
                    desk1.session.workspace().db().fetch("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
                    assertThat(queries.changeMark()).as("the next query runs on a new connection").isEqualTo(before);
                    waitUntilListening(desk2);
                    desk1.session.cases().claim("MP-1", lin, Seen.version(desk1.session.cases(), "MP-1"));
                    assertThat(told.await(10, TimeUnit.SECONDS)).as("the feed listens again").isTrue();
                }
            }
        }
    }

    @Test
    void anH2WorkspaceHasNoFeed() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("ws"), WorkspaceKind.LIVE, Workspace.Engine.H2)) {
            AtomicInteger calls = new AtomicInteger();
            try (AutoCloseable feed = new CaseQueries(ws.session.workspace()).subscribe(calls::incrementAndGet)) {
                ws.insert(SampleCases.waiting("MP-1"));
            }
            assertThat(calls.get()).isZero();
        }
    }

    /** The listener's LISTEN is registered on the server (pg_listening_channels of its backend). */
    private static void waitUntilListening(Workspace ws) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer n = ws.db().fetchValue(org.jooq.impl.DSL.field("(SELECT count(*)::int FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND query LIKE 'LISTEN " + ChangeFeed.CHANNEL + "%')",
                    Integer.class));
            if (n != null && n > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the feed never started listening");
    }
}
