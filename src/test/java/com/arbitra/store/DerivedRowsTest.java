package com.arbitra.store;

import com.arbitra.domain.ports.QueueFilter;

import static com.arbitra.store.jooq.Tables.CASE_SEARCH;
import static com.arbitra.store.jooq.Tables.CASE_STATE_COUNT;
import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.cli.Cli;
import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Role;
import com.arbitra.support.SampleCases;
import com.arbitra.support.Seen;
import com.arbitra.support.TestWorkspace;
import com.arbitra.support.TestWorkspaces;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search tokens and the counts per state come out the same whichever path wrote the cases (the
 * bulk import or the repository), follow every change, and no read writes them.
 */
class DerivedRowsTest {

    @TempDir
    Path dir;

    private static int run(Path home, String... args) {
        StringWriter out = new StringWriter();
        int code = Cli.run(args, new TestWorkspaces(home), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(out), false, com.arbitra.app.Main.MORE_COMMANDS);
        assertThat(code).as(out.toString()).isZero();
        return code;
    }

    private static Set<String> tokens(DSLContext db) {
        return new TreeSet<>(db.select(CASE_SEARCH.TOKEN, CASE_SEARCH.CASE_ID).from(CASE_SEARCH)
                .fetch(r -> r.value1() + " " + r.value2()));
    }

    /** The cases per state as the rows say, counted from the case table itself. */
    private static Map<CaseState, Long> actual(DSLContext db) {
        Map<CaseState, Long> out = new EnumMap<>(CaseState.class);
        db.select(DISPUTE_CASE.STATE, org.jooq.impl.DSL.count()).from(DISPUTE_CASE).groupBy(DISPUTE_CASE.STATE)
                .fetch().forEach(r -> out.put(CaseState.valueOf(r.value1()), r.value2().longValue()));
        return out;
    }

    @Test
    void theImportAndTheRepositoryWriteTheSameDerivedRows() throws Exception {
        Path bundle = dir.resolve("cases.json");
        run(dir.resolve("home"), "bench", "generate", "--cases", "300", "--seed", "7", "--out", bundle.toString());
        try (TestWorkspace imported = TestWorkspace.create(dir.resolve("a"));
             TestWorkspace inserted = TestWorkspace.create(dir.resolve("b"))) {
            run(dir.resolve("home"), "import", "--workspace", imported.dir.toString(), bundle.toString());
            List<DisputeCase> all = imported.session.workspace().db().selectFrom(DISPUTE_CASE).fetch()
                    .map(JooqCaseRepository::toDomain);
            all.forEach(inserted::insert);

            DSLContext a = imported.session.workspace().db();
            DSLContext b = inserted.session.workspace().db();
            assertThat(all).hasSize(300);
            assertThat(tokens(b)).isNotEmpty().isEqualTo(tokens(a));
            assertThat(StateCounts.read(b)).isEqualTo(StateCounts.read(a)).isEqualTo(actual(a));
        }
    }

    @Test
    void countsFollowEveryChangeAndAReadNeverFoldsThem() throws Exception {
        try (TestWorkspace ws = TestWorkspace.create(dir.resolve("c"))) {
            Actor lin = ws.addOperator("lin", Role.AGENT).asActor();
            DSLContext db = ws.session.workspace().db();
            for (int i = 0; i < 20; i++) {
                ws.insert(SampleCases.waiting(String.format("MP-%04d", i)));
            }
            for (int i = 0; i < 7; i++) {
                String id = String.format("MP-%04d", i);
                ws.session.cases().claim(id, lin, Seen.version(ws.session.cases(), id));
            }
            assertThat(StateCounts.read(db)).isEqualTo(actual(db))
                    .containsEntry(CaseState.UNDER_REVIEW, 7L).containsEntry(CaseState.INTERVENTION_REQUESTED, 13L);
            // more change rows than the fold limit, as many writes leave them (they sum to nothing)
            for (int i = 0; i < StateCounts.FOLD_AT; i++) {
                StateCounts.add(db, Map.of(CaseState.CLOSED.name(), i % 2 == 0 ? 1L : -1L));
            }
            int rows = db.fetchCount(CASE_STATE_COUNT);
            assertThat(rows).isGreaterThan(StateCounts.FOLD_AT);

            for (int i = 0; i < 3; i++) {
                assertThat(new QueueQueries(ws.session.workspace()).countsByState(QueueFilter.all(),
                        SampleCases.T0, SampleCases.T0)).isEqualTo(actual(db));
            }
            assertThat(db.fetchCount(CASE_STATE_COUNT)).as("reads wrote nothing").isEqualTo(rows);

            // the next write that moves a case folds them, in its transaction
            ws.session.cases().claim("MP-0010", lin, Seen.version(ws.session.cases(), "MP-0010"));
            assertThat(db.fetchCount(CASE_STATE_COUNT)).isLessThanOrEqualTo(CaseState.values().length);
            assertThat(StateCounts.read(db)).isEqualTo(actual(db)).containsEntry(CaseState.UNDER_REVIEW, 8L);
        }
    }
}
