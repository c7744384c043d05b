package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.AuditChain;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.ConcurrentChangeException;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight workstations on one team database (each its own folder, pool and session) claim and note the
 * same twenty cases at once: no case is held by two agents, the assignee is whoever's claim was
 * accepted, the audit chain stays one verifiable chain and the per-state counts equal a GROUP BY.
 */
class TeamConcurrencyTest {

    static final int DESKS = 8;
    static final int CASES = 20;

    @TempDir
    Path dir;

    @Test
    void manyWorkstationsAtOnceLoseNothingAndNeverHoldACaseTwice() throws Exception {
        try (TestWorkspace first = TestWorkspace.create(dir.resolve("desk-0"), WorkspaceKind.LIVE,
                Workspace.Engine.POSTGRES)) {
            for (int i = 0; i < CASES; i++) {
                first.insert(SampleCases.waiting("MP-" + i));
            }
            List<Actor> agents = new ArrayList<>();
            for (int d = 0; d < DESKS; d++) {
                agents.add(first.addOperator("agent" + d, Role.AGENT).asActor());
            }
            TeamDescriptor server = TeamDescriptor.read(dir.resolve("desk-0"));
            List<Session> desks = new ArrayList<>();
            for (int d = 0; d < DESKS; d++) {
                desks.add(new Session(Workspace.createTeam(dir.resolve("desk-" + (d + 1)), server, WorkspaceKind.LIVE),
                        first.clock, WorkflowSettings.defaults().withZone(ZoneId.of("Asia/Shanghai")),
                        new Passwords(1_000)));
            }
            Map<String, String> claimedBy = new ConcurrentHashMap<>();
            AtomicInteger doubleClaims = new AtomicInteger();
            AtomicInteger refusedStale = new AtomicInteger();
            AtomicInteger notes = new AtomicInteger();
            AtomicInteger notesRefused = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(DESKS);
            List<Future<?>> runs = new ArrayList<>();
            for (int d = 0; d < DESKS; d++) {
                Session desk = desks.get(d);
                Actor me = agents.get(d);
                runs.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < CASES; i++) {
                        String id = "MP-" + ((i + me.name().hashCode()) & 0x7fffffff) % CASES;
                        long seen = desk.cases().find(id).orElseThrow().version();
                        try {
                            desk.cases().claim(id, me, seen);
                            String was = claimedBy.putIfAbsent(id, me.name());
                            if (was != null) {
                                doubleClaims.incrementAndGet();
                            }
                            seen = desk.cases().find(id).orElseThrow().version();
                        } catch (ConcurrentChangeException e) {
                            refusedStale.incrementAndGet();
                        } catch (RefusedException e) {
                            // someone holds it already: the state table refuses a second claim
                        }
                        try {
                            desk.cases().addNote(id, me, seen, "looked at it");
                            notes.incrementAndGet();
                        } catch (RefusedException e) {
                            notesRefused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : runs) {
                f.get();
            }
            pool.shutdown();
            desks.forEach(Session::close);

            assertThat(doubleClaims.get()).as("no case held by two agents").isZero();
            assertThat(claimedBy).hasSize(CASES);
            assertThat(notes.get() + notesRefused.get()).as("every note was saved or refused").isEqualTo(DESKS * CASES);
            DSLContext db = first.session.workspace().db();
            for (var row : db.select(DISPUTE_CASE.CASE_ID, DISPUTE_CASE.ASSIGNEE).from(DISPUTE_CASE).fetch()) {
                assertThat(row.value2()).as(row.value1()).isEqualTo(claimedBy.get(row.value1()));
            }
            long kept = 0;
            for (int i = 0; i < CASES; i++) {
                kept += first.session.cases().find("MP-" + i).orElseThrow().notes().size();
            }
            assertThat(kept).as("no note saved and then lost").isEqualTo(notes.get());
            AuditChain.Verdict verdict = first.session.audit().verify();
            assertThat(verdict.ok()).as(verdict.toString()).isTrue();
            assertThat(StateCounts.read(db)).isEqualTo(actual(db));
        }
    }

    private static Map<CaseState, Long> actual(DSLContext db) {
        Map<CaseState, Long> out = new EnumMap<>(CaseState.class);
        db.select(DISPUTE_CASE.STATE, org.jooq.impl.DSL.count()).from(DISPUTE_CASE).groupBy(DISPUTE_CASE.STATE)
                .fetch().forEach(r -> out.put(CaseState.valueOf(r.value1()), r.value2().longValue()));
        return out;
    }
}
