package com.arbitra.store;

import com.arbitra.domain.ports.QueueFilter;
import com.arbitra.domain.ports.QueueRow;
import com.arbitra.domain.ports.QueueAfter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.ProblemType;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue's order, pages and filters on a real workspace. */
class QueueQueriesTest {

    static final Instant NOW = SampleCases.T0;
    static final Instant END_OF_DAY = NOW.plus(Duration.ofHours(10));

    @TempDir
    Path dir;
    TestWorkspace ws;
    QueueQueries queue;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
        queue = new QueueQueries(ws.session.workspace());
        add("A-overdue", CaseState.INTERVENTION_REQUESTED, NOW.minus(Duration.ofHours(1)), ProblemType.OTHERS, null);
        add("B-soon", CaseState.AWAITING_EVIDENCE, NOW.plus(Duration.ofHours(3)), ProblemType.OTHERS, "lin");
        add("C-refund-later", CaseState.INTERVENTION_REQUESTED, NOW.plus(Duration.ofHours(5)), ProblemType.REFUND,
                null);
        add("D-tomorrow", CaseState.AWAITING_FULFILMENT, NOW.plus(Duration.ofHours(30)), ProblemType.OTHERS, "wang");
        add("E-no-deadline", CaseState.UNDER_REVIEW, null, ProblemType.OTHERS, "lin");
        add("F-closed", CaseState.CLOSED, null, ProblemType.OTHERS, "lin");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void add(String id, CaseState state, Instant due, ProblemType type, String assignee) {
        DisputeCase base = SampleCases.waiting(id);
        Complaint k = base.complaint();
        ws.insert(base.toBuilder().state(state).closeReason(state == CaseState.CLOSED
                        ? com.arbitra.domain.CloseReason.WITHDRAWN : null).dueAt(due).assignee(assignee)
                .complaint(new Complaint(k.filedAt(), k.category(), type, k.description(), k.requestedRefund(), 1,
                        List.of()))
                .build());
    }

    private List<String> ids(QueueFilter f) {
        return queue.page(f, null, 100, NOW, END_OF_DAY).stream().map(QueueRow::caseId).toList();
    }

    @Test
    void openCasesComeMostUrgentFirstAndARefundIsRaised() {
        // C's deadline is two hours after B's, but a refund is raised by four
        assertThat(ids(QueueFilter.all())).containsExactly("A-overdue", "C-refund-later", "B-soon", "D-tomorrow",
                "E-no-deadline");
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        for (int i = 0; i < 40; i++) {
            add(String.format("P-%02d", i), CaseState.values()[i % 10], NOW.plus(Duration.ofMinutes(i * 7L % 50)),
                    ProblemType.OTHERS, null);
        }
        List<String> whole = ids(QueueFilter.all());
        List<String> paged = allPages(queue, QueueFilter.all(), 7);
        assertThat(paged).isEqualTo(whole).hasSize(45);
    }

    @Test
    void filtersNarrowTheQueue() {
        assertThat(ids(new QueueFilter(Set.of(CaseState.INTERVENTION_REQUESTED), null, null, null, null, null, null)))
                .containsExactly("A-overdue", "C-refund-later");
        assertThat(ids(new QueueFilter(Set.of(), QueueFilter.Scope.MINE, "lin", null, null, null, null)))
                .containsExactly("B-soon", "E-no-deadline");
        assertThat(ids(new QueueFilter(Set.of(), QueueFilter.Scope.UNASSIGNED, "lin", null, null, null, null)))
                .containsExactly("A-overdue", "C-refund-later");
        assertThat(ids(new QueueFilter(Set.of(), null, null, null, ProblemType.REFUND, null, null)))
                .containsExactly("C-refund-later");
        assertThat(ids(new QueueFilter(Set.of(), null, null, null, null, QueueFilter.Due.OVERDUE, null)))
                .containsExactly("A-overdue");
        assertThat(ids(new QueueFilter(Set.of(), null, null, null, null, QueueFilter.Due.WITHIN_4H, null)))
                .containsExactly("B-soon");
        assertThat(ids(new QueueFilter(Set.of(), null, null, null, null, QueueFilter.Due.TODAY, null)))
                .containsExactly("A-overdue", "C-refund-later", "B-soon");
        assertThat(ids(new QueueFilter(Set.of(CaseState.CLOSED), null, null, null, null, null, "F-closed")))
                .containsExactly("F-closed");
        assertThat(ids(new QueueFilter(Set.of(), null, null, null, null, null, "4200001234202611180123456789")))
                .as("a transaction id finds every case of that order").hasSize(5);
    }

    /**
     * The unfiltered counts come from the rows of changes (V8): after new cases, moves (a claim keeps
     * the state, a request moves it), an import and a fold they equal counting the cases themselves.
     */
    @Test
    void countsKeptAsChangesEqualTheCasesCounted() {
        var db = ws.session.workspace().db();
        java.util.function.Supplier<java.util.Map<CaseState, Long>> counted = () -> {
            java.util.Map<CaseState, Long> out = new java.util.EnumMap<>(CaseState.class);
            db.select(com.arbitra.store.jooq.Tables.DISPUTE_CASE.STATE, org.jooq.impl.DSL.count())
                    .from(com.arbitra.store.jooq.Tables.DISPUTE_CASE)
                    .groupBy(com.arbitra.store.jooq.Tables.DISPUTE_CASE.STATE)
                    .forEach(r -> out.put(CaseState.valueOf(r.value1()), (long) r.value2()));
            return out;
        };
        assertThat(queue.countsByState(QueueFilter.all(), NOW, END_OF_DAY)).isEqualTo(counted.get());

        DisputeCase e = ws.session.store().transaction(u -> u.cases().find("E-no-deadline")).orElseThrow();
        ws.session.store().transaction(u -> u.cases().update(e.toBuilder().state(CaseState.PENDING_APPROVAL)
                .build(), e.version()));
        DisputeCase b = ws.session.store().transaction(u -> u.cases().find("B-soon")).orElseThrow();
        ws.session.store().transaction(u -> u.cases().update(b.toBuilder().assignee("wang").build(), b.version()));
        assertThatThrownBy(() -> ws.session.store().transaction(u -> u.cases().update(b.toBuilder()
                .state(CaseState.APPEALED).build(), b.version())))
                .as("a stale version changes nothing, counts included")
                .isInstanceOf(com.arbitra.domain.ConcurrentChangeException.class);
        ImportTransaction.run(ws.session.workspace(), tx -> {
            tx.insert(SampleCases.waiting("G-imported").toBuilder().state(CaseState.APPEALED).build(), null, null);
            return null;
        });
        java.util.Map<CaseState, Long> expected = counted.get();
        assertThat(expected).containsEntry(CaseState.PENDING_APPROVAL, 1L).containsEntry(CaseState.APPEALED, 1L)
                .doesNotContainKey(CaseState.UNDER_REVIEW);
        assertThat(queue.countsByState(QueueFilter.all(), NOW, END_OF_DAY)).isEqualTo(expected);

        StateCounts.fold(db);
        assertThat(db.fetchCount(com.arbitra.store.jooq.Tables.CASE_STATE_COUNT)).isEqualTo(expected.size());
        assertThat(queue.countsByState(QueueFilter.all(), NOW, END_OF_DAY)).isEqualTo(expected);
    }

    @Test
    void countsAreGivenPerState() {
        assertThat(queue.countsByState(QueueFilter.all(), NOW, END_OF_DAY))
                .containsEntry(CaseState.INTERVENTION_REQUESTED, 2L).containsEntry(CaseState.AWAITING_EVIDENCE, 1L)
                .containsEntry(CaseState.CLOSED, 1L).doesNotContainKey(CaseState.APPEALED);
    }

    private void addSearchable(String id, String merchantId, String merchantName, String consumerId,
                               String description) {
        DisputeCase base = SampleCases.waiting(id);
        Complaint k = base.complaint();
        ws.insert(base.toBuilder().state(CaseState.UNDER_REVIEW).complaintId("C" + id).dueAt(null)
                .merchant(new com.arbitra.domain.Merchant(merchantId, merchantName, null, null))
                .consumer(new com.arbitra.domain.Consumer(consumerId, null, null))
                .order(new com.arbitra.domain.Order("T" + id, null, "x", base.order().amount(), null))
                .complaint(new Complaint(k.filedAt(), k.category(), k.problemType(), description,
                        k.requestedRefund(), 1, List.of()))
                .build());
    }

    private void addSearchCases() {
        addSearchable("S-1", "1900000001", "Tienda Sol y Mar S.L.", "oUpF-AAA", "Me enviaron una talla distinta.");
        addSearchable("S-2", "1900000002", "深圳优品电子科技 #12", "oUpF-BBB", "蓝牙耳机左侧无声音，商家不同意退货。");
        addSearchable("S-3", "1900000003", "Bright Home Goods Ltd", "oUpF-CCC",
                "The charger stopped working after two-day use.");
    }

    private List<String> search(QueueQueries q, String text) {
        return q.page(new QueueFilter(Set.of(), null, null, null, null, null, text), null, 100, NOW, END_OF_DAY)
                .stream().map(QueueRow::caseId).filter(id -> id.startsWith("S-")).toList();
    }

    /**
     * A search whose term many cases hold: its candidates are put in queue order first and only the rows
     * of the page are read; pages follow one another as the queue's do, and the counts are the found
     * cases per state. A Chinese run whose slices are in a case but apart is checked on the row.
     */
    @Test
    void aSearchWithManyCandidatesPagesInQueueOrderAndChecksRowsWhereTheTokensDoNotSay() {
        for (int i = 0; i < 250; i++) {
            DisputeCase base = SampleCases.waiting(String.format("M-%03d", i));
            ws.insert(base.toBuilder().state(CaseState.values()[i % 5])
                    .dueAt(NOW.plus(Duration.ofMinutes((i * 37L) % 600)))
                    .merchant(new com.arbitra.domain.Merchant("1900007777", "Tienda", null, null))
                    .complaint(new Complaint(base.complaint().filedAt(), base.complaint().category(),
                            base.complaint().problemType(), i % 2 == 0 ? "蓝牙耳机坏了" : "牙耳机，蓝牙坏了", // slices apart
                            base.complaint().requestedRefund(), 1, List.of()))
                    .build());
        }
        QueueFilter merchant = new QueueFilter(Set.of(), null, null, null, null, null, "1900007777");
        List<String> whole = new ArrayList<>();
        for (QueueRow r : queue.page(QueueFilter.all(), null, 1_000, NOW, END_OF_DAY)) {
            if (r.caseId().startsWith("M-")) {
                whole.add(r.caseId());
            }
        }
        List<String> paged = allPages(queue, merchant, 30);
        assertThat(paged).as("in queue order, each once").isEqualTo(whole).hasSize(250);
        assertThat(queue.countsByState(merchant, NOW, END_OF_DAY).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(250);

        QueueFilter run = new QueueFilter(Set.of(), null, null, null, null, null, "蓝牙耳机");
        List<String> found = queue.page(run, null, 30, NOW, END_OF_DAY).stream().map(QueueRow::caseId).toList();
        assertThat(found).as("a full page of the cases that hold the run itself").hasSize(30)
                .allMatch(id -> Integer.parseInt(id.substring(2)) % 2 == 0);
        assertThat(found).isEqualTo(whole.stream().filter(id -> Integer.parseInt(id.substring(2)) % 2 == 0)
                .limit(30).toList());
        assertThat(queue.countsByState(run, NOW, END_OF_DAY).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(125);
    }

    @Test
    void searchFindsIdsByTheirStartAndWordsOfTheMerchantAndTheComplaintInAnyCase() {
        addSearchCases();
        for (QueueQueries q : List.of(queue, new QueueQueries(ws.session.workspace(), 0))) {
            // the second looks every term up as a common one: it reads the queue in order and checks rows
            assertThat(search(q, "S-2")).containsExactly("S-2");
            assertThat(search(q, "cs-3")).as("complaint id, case ignored").containsExactly("S-3");
            assertThat(search(q, "TS-1")).as("transaction id").containsExactly("S-1");
            assertThat(search(q, "1900000002")).as("merchant id").containsExactly("S-2");
            assertThat(search(q, "oupf-c")).as("consumer id prefix").containsExactly("S-3");
            assertThat(search(q, "sol mar")).as("merchant name words").containsExactly("S-1");
            assertThat(search(q, "TALLA")).as("complaint word").containsExactly("S-1");
            assertThat(search(q, "charg")).as("word prefix").containsExactly("S-3");
            assertThat(search(q, "two-day")).containsExactly("S-3");
            assertThat(search(q, "day")).containsExactly("S-3");
            assertThat(search(q, "耳机")).as("Chinese inside a run").containsExactly("S-2");
            assertThat(search(q, "不同意退货")).containsExactly("S-2");
            assertThat(search(q, "声")).as("one character").containsExactly("S-2");
            assertThat(search(q, "优品 #12")).containsExactly("S-2");
            assertThat(search(q, "耳退")).as("slices that are there, but not together").isEmpty();
            assertThat(search(q, "talla charger")).as("every word must match").isEmpty();
            assertThat(search(q, "nothing-like-this")).isEmpty();
        }
    }

    @Test
    void searchFindsAnIdByAnyPartOfIt() {
        addSearchable("S-2026-0000106", "1900000106", "Tienda", "oUpF-DDD", "x");
        addSearchable("S-2026-0001060", "1900001060", "Tienda", "oUpF-EEE", "x");
        for (QueueQueries q : List.of(queue, new QueueQueries(ws.session.workspace(), 0))) {
            assertThat(search(q, "S-2026-0000106")).containsExactly("S-2026-0000106");
            assertThat(search(q, "2026-0000106")).as("after a dash").containsExactly("S-2026-0000106");
            assertThat(search(q, "0000106")).as("the number").containsExactly("S-2026-0000106");
            assertThat(search(q, "106")).as("without its zeros, and the start of 1060")
                    .containsExactlyInAnyOrder("S-2026-0000106", "S-2026-0001060");
            assertThat(search(q, "1060")).containsExactly("S-2026-0001060");
            assertThat(search(q, "2026")).hasSize(2);
            assertThat(search(q, "0106")).as("inside a number is not a part").isEmpty();
        }
    }

    /** A WeChat Pay case's id ends in 27 digits: its last 6 (and 10) find it too. */
    @Test
    void searchFindsALongNumberedIdByItsLastDigits() {
        addSearchable("S-200201820261118080076610002", "1900000106", "Tienda", "oUpF-DDD", "x");
        addSearchable("S-200201820261118080076610003", "1900001060", "Tienda", "oUpF-EEE", "x");
        for (QueueQueries q : List.of(queue, new QueueQueries(ws.session.workspace(), 0))) {
            assertThat(search(q, "610002")).containsExactly("S-200201820261118080076610002");
            assertThat(search(q, "0076610003")).containsExactly("S-200201820261118080076610003");
            assertThat(search(q, "2002018202611180800766")).as("the number's start").hasSize(2);
            assertThat(search(q, "661000")).as("inside the number is not a part").isEmpty();
        }
    }

    @Test
    void aWorkspaceIndexedBeforeIdPartsFindsThemOnceMigrated() throws Exception {
        addSearchable("S-2026-0000106", "1900000106", "Tienda", "oUpF-DDD", "x");
        // as a workspace at V11 has it: the ids whole only, V12 (and what came after) not run yet
        try (java.sql.Connection c = ws.jdbc(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM case_search WHERE token IN ('2026-0000106', '0000106', '106')");
            com.arbitra.support.Downgrade.toBefore(st, 12);
        }
        assertThat(search(queue, "0000106")).isEmpty();

        try (com.arbitra.store.Session again = ws.openAgain()) {
            assertThat(search(new QueueQueries(again.workspace()), "0000106")).containsExactly("S-2026-0000106");
            assertThat(search(new QueueQueries(again.workspace()), "tienda")).as("every token made again")
                    .containsExactly("S-2026-0000106");
        }
    }

    @Test
    void searchCountsPerStateAndPagesInQueueOrder() {
        addSearchCases();
        QueueFilter f = new QueueFilter(Set.of(), null, null, null, null, null, "oupf");
        for (QueueQueries q : List.of(queue, new QueueQueries(ws.session.workspace(), 0))) {
            List<String> paged = allPages(q, f, 2);
            assertThat(paged).hasSize(8).isEqualTo(q.page(f, null, 100, NOW, END_OF_DAY).stream()
                    .map(QueueRow::caseId).toList());
        }
        assertThat(queue.countsByState(new QueueFilter(Set.of(), null, null, null, null, null, "耳机"), NOW,
                END_OF_DAY)).containsExactly(java.util.Map.entry(CaseState.UNDER_REVIEW, 1L));
        assertThat(new QueueQueries(ws.session.workspace(), 0).countsByState(f, NOW, END_OF_DAY))
                .as("a search of common terms only is not counted").isEmpty();
    }

    @Test
    void casesStoredBeforeTheSearchExistedAreIndexedOnce() {
        addSearchCases();
        var db = ws.session.workspace().db();
        db.deleteFrom(com.arbitra.store.jooq.Tables.CASE_SEARCH).execute();
        assertThat(search(queue, "talla")).isEmpty();

        CaseSearchTokens.fillIfMissing(db);

        assertThat(search(queue, "talla")).containsExactly("S-1");
        assertThat(search(queue, "耳机")).containsExactly("S-2");
    }

    /** The ids of every page of the filter, {@code size} rows a page, each page read after the last row of the one before. */
    private static List<String> allPages(QueueQueries q, QueueFilter f, int size) {
        List<String> paged = new ArrayList<>();
        QueueAfter after = null;
        while (true) {
            List<QueueRow> page = q.page(f, after, size, NOW, END_OF_DAY);
            page.forEach(r -> paged.add(r.caseId()));
            if (page.size() < size) {
                return paged;
            }
            after = QueueAfter.row(page.get(page.size() - 1));
        }
    }
}
