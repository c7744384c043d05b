package com.arbitra.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.Difficulty;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TimelineActor;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.support.SampleCases;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pseudonyms are consistent within a run, and free text loses e-mails, phones and ids. */
public class AnonymiserTest {

    /** A closed sample case with an issued ruling and personal data in its free text. */
    public static DisputeCase closed(String caseId, String consumerId) {
        DisputeCase c = SampleCases.waiting(caseId);
        Ruling issued = new Ruling("r-1", Responsibility.MERCHANT, Remedy.FULL_REFUND, c.order().amount(),
                List.of("GOODS_NOT_AS_DESCRIBED"), List.of("e-1"), "Merchant 广州某某商贸有限公司 shipped the wrong goods; "
                + "consumer oUpF8uMuAJO_M2pxb1Q9zNjWeS6o gets a refund.", false,
                List.of(new Obligation(Party.MERCHANT, "REFUND", SampleCases.T0.plus(Duration.ofDays(2)))), List.of(),
                "lin.agent", SampleCases.T0.plus(Duration.ofHours(1)), "chen.supervisor",
                SampleCases.T0.plus(Duration.ofHours(2)), null, null, null);
        return c.toBuilder().consumer(new com.arbitra.domain.Consumer(consumerId, "小林", "138****1234"))
                .addTimeline(new TimelineEvent("ev-2", SampleCases.T0.minus(Duration.ofHours(1)), TimelineActor.CONSUMER,
                        "USER_RESPONSE", "请联系我 13812345678 或 lin.xiao@mail.example，订单 4200001234202611180123456789，"
                        + "快递单 SF1234567890123，2026-11-18 发货", List.of()))
                .addTimeline(new TimelineEvent("ev-3", SampleCases.T0.plus(Duration.ofHours(2)), TimelineActor.SUPERVISOR,
                        "RULING_ISSUED", "全额退款", List.of()))
                .ruling(issued).moveTo(CaseState.CLOSED, CloseReason.FULFILLED, SampleCases.T0.plus(Duration.ofDays(3)))
                .build();
    }

    @Test
    void theSameMerchantGetsTheSamePseudonymAndEveryCaseNewNumbers() {
        Anonymiser a = new Anonymiser(new Random(7), false);
        DisputeCase one = a.anonymise(closed("MP-1", "consumer-one"), Difficulty.EASY, "notes");
        DisputeCase two = a.anonymise(closed("MP-2", "consumer-two"), Difficulty.EASY, "notes");

        assertThat(one.merchant()).isEqualTo(two.merchant());
        assertThat(one.merchant().name()).isEqualTo("Merchant M1");
        assertThat(one.consumer().consumerId()).isNotEqualTo(two.consumer().consumerId()).startsWith("anon-c1-");
        assertThat(one.consumer().nickname()).as("one nickname, one pseudonym").isEqualTo("Consumer C1");
        assertThat(one.caseId()).isEqualTo("TRN-0001");
        assertThat(two.caseId()).isEqualTo("TRN-0002");
        assertThat(one.order().transactionId()).hasSize(28).isNotEqualTo("4200001234202611180123456789");
        assertThat(one.evidence().get(0).logistics().trackingNumber()).isNotEqualTo("SF1234567890123");
        assertThat(one.evidence().get(0).attachments()).isEmpty();
        assertThat(one.consumer().phoneMasked()).isEqualTo("*******0001");
    }

    @Test
    void freeTextLosesPersonalDataAndTheRulingBecomesTheReference() {
        Anonymiser a = new Anonymiser(new Random(7), true);
        DisputeCase t = a.anonymise(closed("MP-1", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"), Difficulty.HARD, "Trainer notes.");

        String text = t.timeline().get(1).text();
        assertThat(text).doesNotContain("13812345678", "lin.xiao@mail.example", "4200001234202611180123456789",
                "SF1234567890123").contains("[phone]", "[email]", t.order().transactionId(), "2026-11-18");
        assertThat(t.timeline()).as("events from the ruling on are dropped").hasSize(2);
        assertThat(t.state()).isEqualTo(CaseState.INTERVENTION_REQUESTED);
        assertThat(t.ruling()).isNull();
        Ruling ref = t.training().referenceRuling();
        assertThat(ref.remedy()).isEqualTo(Remedy.FULL_REFUND);
        assertThat(ref.issuedBy()).isNull();
        assertThat(ref.rationale()).contains("Merchant M1").doesNotContain("广州某某商贸有限公司", "oUpF8uMuAJO");
        assertThat(t.training().difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(t.evidence().get(0).attachments()).as("kept on request").hasSize(1);
    }

    @Test
    void onlyClosedCasesWithAnIssuedRulingAreUsed() {
        Anonymiser a = new Anonymiser(new Random(7), false);
        assertThatThrownBy(() -> a.anonymise(SampleCases.waiting("MP-9"), Difficulty.EASY, ""))
                .isInstanceOf(RefusedException.class)
                .hasMessage("Case MP-9 is INTERVENTION_REQUESTED without an issued ruling: only a closed case with an "
                        + "issued ruling makes a training case.");
    }
}
