package com.arbitra.domain.ports;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The queue's markers come from the row and the instant alone, by the rules of the queue's order. */
class QueueMarkerTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static QueueRow row(CaseState state, Instant due, String problem, boolean highRisk, int complaints,
                        String trigger, Set<CaseFlag> flags) {
        return new QueueRow("C-1", state, due, due, "M-1", "Shop", "Kettle", new Money(1000, "CNY"), problem,
                null, complaints, highRisk, trigger, 1, flags, null, null);
    }

    static QueueRow plain(Instant due) {
        return row(CaseState.INTERVENTION_REQUESTED, due, "OTHERS", false, 1, "CONSUMER_REQUEST", Set.of());
    }

    @Test
    void aDeadlineThatPassedIsOverdueAndOneWithinFourHoursIsDueSoon() {
        assertThat(QueueMarker.of(plain(NOW), NOW)).containsExactly(QueueMarker.OVERDUE);
        assertThat(QueueMarker.of(plain(NOW.minusSeconds(1)), NOW)).containsExactly(QueueMarker.OVERDUE);
        assertThat(QueueMarker.of(plain(NOW.plus(Duration.ofHours(4)).minusSeconds(1)), NOW))
                .containsExactly(QueueMarker.DUE_SOON);
        assertThat(QueueMarker.of(plain(NOW.plus(Duration.ofHours(4))), NOW)).isEmpty();
        assertThat(QueueMarker.of(plain(null), NOW)).isEmpty();
        assertThat(QueueMarker.overdue(plain(NOW.minusSeconds(1)), NOW)).isTrue();
        assertThat(QueueMarker.overdue(plain(NOW.plusSeconds(1)), NOW)).isFalse();
    }

    @Test
    void aClosedCaseIsNeverLate() {
        QueueRow closed = row(CaseState.CLOSED, NOW.minusSeconds(60), "OTHERS", false, 1, "CONSUMER_REQUEST", Set.of());
        assertThat(QueueMarker.of(closed, NOW)).isEmpty();
        assertThat(QueueMarker.overdue(closed, NOW)).isFalse();
    }

    @Test
    void refundHighRiskRepeatInterventionAndDecideOnCollectedEachHaveTheirMarker() {
        QueueRow all = row(CaseState.UNDER_REVIEW, NOW.plus(Duration.ofDays(1)), "REFUND", true, 2, "PROACTIVE",
                Set.of(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE));
        assertThat(QueueMarker.of(all, NOW)).containsExactly(QueueMarker.REFUND, QueueMarker.HIGH_RISK,
                QueueMarker.REPEAT, QueueMarker.UNDER_INTERVENTION, QueueMarker.DECIDE_ON_COLLECTED);
        assertThat(QueueMarker.of(plain(NOW.plus(Duration.ofDays(1))), NOW)).isEmpty();
    }
}
