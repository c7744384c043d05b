package com.arbitra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.Assessment;
import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.ConcurrentChangeException;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Ruling;
import com.arbitra.support.SampleCases;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqCaseRepositoryTest {

    @TempDir
    Path dir;
    TestWorkspace ws;

    @BeforeEach
    void open() throws Exception {
        ws = TestWorkspace.create(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aStoredCaseReadsBackEqualWithEveryPart() {
        DisputeCase original = SampleCases.waiting("MP-1");
        DisputeCase stored = ws.insert(original);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(ws.session.cases().find("MP-1")).contains(stored);
        DisputeCase read = ws.session.cases().find("MP-1").orElseThrow();
        assertThat(read.merchant().name()).isEqualTo("广州某某商贸有限公司");
        assertThat(read.complaint().userTags()).containsExactly("HIGH_RISK");
        assertThat(read.evidence().get(0).attachments().get(0).sha256()).startsWith("9f86d0");
        assertThat(read.evidenceRequests().get(0).notifications()).hasSize(1);
    }

    @Test
    void localWorkRulingFlagsAndNotesSurviveAnUpdate() {
        DisputeCase c = ws.insert(SampleCases.waiting("MP-2"));
        Instant at = SampleCases.T0.plus(Duration.ofHours(1));
        Ruling ruling = new Ruling("r-1", Responsibility.MERCHANT, Remedy.PARTIAL_REFUND, Money.of(6000, "CNY"),
                List.of("GOODS_NOT_AS_DESCRIBED"), List.of("e-1"), "The goods differ from the listing photos.",
                true, List.of(new Obligation(Party.MERCHANT, "REFUND", at.plus(Duration.ofHours(48)))), List.of(),
                "lin", at, "chen", at, null, null, null);
        DisputeCase changed = c.toBuilder()
                .moveTo(CaseState.CLOSED, CloseReason.FULFILLED, at)
                .assignee("lin").flag(CaseFlag.CONTRADICTS_LOCAL_WORK).ruling(ruling)
                .addNote(new InternalNote("n-1", "lin", at, "called the merchant"))
                .evidence(List.of(c.evidence().get(0).assessed(Assessment.DISPUTED, "blurred", "lin", at)))
                .proofRejections(1).updatedBy("lin").updatedAt(at).build();

        DisputeCase saved = ws.session.store().transaction(u -> u.cases().update(changed, 1));

        assertThat(saved.version()).isEqualTo(2);
        assertThat(ws.session.cases().find("MP-2")).contains(saved);
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedNamingWhoChangedItAndWhen() {
        DisputeCase c = ws.insert(SampleCases.waiting("MP-3"));
        Instant at = SampleCases.T0.plus(Duration.ofMinutes(5));
        ws.session.store().transaction(u -> u.cases().update(c.toBuilder().assignee("lin").updatedBy("lin")
                .updatedAt(at).build(), 1));

        assertThatThrownBy(() -> ws.session.store().transaction(u -> u.cases().update(
                c.toBuilder().assignee("wang").updatedBy("wang").build(), 1)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by lin at 2026-11-20T02:05:00Z")
                .hasMessageContaining("reload");
        assertThat(ws.session.cases().find("MP-3").orElseThrow().assignee()).isEqualTo("lin");
    }

    @Test
    void dueCasesAreFoundByTheirDeadline() {
        ws.insert(SampleCases.waiting("MP-4").toBuilder().state(CaseState.AWAITING_FULFILMENT)
                .dueAt(SampleCases.T0.plus(Duration.ofHours(1))).build());
        ws.insert(SampleCases.waiting("MP-5").toBuilder().state(CaseState.AWAITING_FULFILMENT)
                .dueAt(SampleCases.T0.plus(Duration.ofHours(3))).build());
        ws.insert(SampleCases.waiting("MP-6"));

        List<String> due = ws.session.store().transaction(u -> u.cases().idsDueBy(
                SampleCases.T0.plus(Duration.ofHours(2))));

        assertThat(due).containsExactly("MP-4");
    }
}
