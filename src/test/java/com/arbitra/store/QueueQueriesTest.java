package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;

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
        return queue.page(f, null, 100, NOW, END_OF_DAY).stream().map(QueueQueries.Row::caseId).toList();
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
        List<String> paged = new ArrayList<>();
        QueueQueries.After after = null;
        while (true) {
            List<QueueQueries.Row> page = queue.page(QueueFilter.all(), after, 7, NOW, END_OF_DAY);
            page.forEach(r -> paged.add(r.caseId()));
            if (page.size() < 7) {
                break;
            }
            after = QueueQueries.After.row(page.get(page.size() - 1));
        }
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

    @Test
    void countsAreGivenPerState() {
        assertThat(queue.countsByState(QueueFilter.all(), NOW, END_OF_DAY))
                .containsEntry(CaseState.INTERVENTION_REQUESTED, 2L).containsEntry(CaseState.AWAITING_EVIDENCE, 1L)
                .containsEntry(CaseState.CLOSED, 1L).doesNotContainKey(CaseState.APPEALED);
    }
}
