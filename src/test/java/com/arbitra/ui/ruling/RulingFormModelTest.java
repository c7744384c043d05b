package com.arbitra.ui.ruling;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseWorkflow;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Role;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Money;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Ruling;
import com.arbitra.support.SampleCases;
import com.arbitra.ui.I18n;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RulingFormModelTest {

    static final Instant NOW = SampleCases.T0.plus(Duration.ofHours(1));
    final DisputeCase paid129 = SampleCases.waiting("MP-1");

    final CaseWorkflow workflow = new CaseWorkflow(WorkflowSettings.defaults().withZone(java.time.ZoneOffset.UTC),
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    final Actor agent = new Actor("lin", Role.AGENT);

    RulingFormModel form(Locale locale) {
        return new RulingFormModel(paid129, null, workflow, agent, new I18n(locale));
    }

    @Test
    void anEmptyFormSaysWhatIsMissingFirstAndCannotBeSubmitted() {
        RulingFormModel f = form(Locale.ENGLISH);

        assertThat(f.valid().get()).isFalse();
        assertThat(f.status().get()).isEqualTo("Missing: Choose who is responsible.");
        assertThat(f.problems()).contains("Choose a remedy.", "The rationale must be 20 to 4,000 characters.");
    }

    @Test
    void aCompleteRefundIsValidAndCarriesTheSuggestedMerchantObligation() {
        RulingFormModel f = form(Locale.ENGLISH);
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.PARTIAL_REFUND);
        f.amount().set("60.50");
        f.rationale().set("The bottle arrived broken; the merchant's photos show no packing.");
        f.cited().add("e-1");
        f.basis().add("GOODS_NOT_AS_DESCRIBED");
        f.measures().add(Measure.WARNING);

        assertThat(f.problems()).isEmpty();
        assertThat(f.status().get()).isEqualTo("Ready.");
        Ruling r = f.draft();
        assertThat(r.amount()).isEqualTo(Money.of(6050, "CNY"));
        assertThat(r.obligations()).singleElement().satisfies(o -> {
            assertThat(o.party()).isEqualTo(Party.MERCHANT);
            assertThat(o.action()).isEqualTo("REFUND");
            assertThat(o.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        });
        assertThat(r.citedEvidence()).containsExactly("e-1");
        assertThat(r.basis()).containsExactly("GOODS_NOT_AS_DESCRIBED");
    }

    @Test
    void aRefundAboveTheAmountPaidIsRefusedLiveInTheOperatorsLanguage() {
        RulingFormModel f = form(Locale.forLanguageTag("es"));
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.PARTIAL_REFUND);
        f.amount().set("130,00");

        assertThat(f.valid().get()).isFalse();
        assertThat(f.problems()).anyMatch(p -> p.startsWith("Un reembolso no puede superar el importe pagado"));
    }

    @Test
    void compensationAboveThreeTimesThePriceNeedsASupervisorAsTheServiceSays() {
        RulingFormModel f = form(Locale.ENGLISH);
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.COMPENSATION);
        f.amount().set("400");
        f.rationale().set("Counterfeit goods: the brand's letter confirms it.");
        assertThat(f.problems()).containsExactly("Compensation this high needs a supervisor.");

        RulingFormModel supervisor = new RulingFormModel(paid129, f.draft(), workflow, new Actor("chen",
                Role.SUPERVISOR), new I18n(Locale.ENGLISH));
        assertThat(supervisor.problems()).isEmpty();
    }

    @Test
    void amountsReadEitherDecimalMarkAndRefuseWhatIsNotAnAmount() {
        assertThat(RulingFormModel.decimalPoint("1.234,56")).isEqualTo("1234.56");
        assertThat(RulingFormModel.decimalPoint("1,234.56")).isEqualTo("1234.56");
        assertThat(RulingFormModel.decimalPoint("60,5")).isEqualTo("60.5");
        assertThat(RulingFormModel.decimalPoint("1.000.000")).isEqualTo("1000000");

        RulingFormModel f = form(Locale.ENGLISH);
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.PARTIAL_REFUND);
        f.amount().set("12.345");
        assertThat(f.problems()).contains("The amount is not a number in CNY with at most 2 decimals.");
        f.amount().set("twelve");
        assertThat(f.problems()).contains("The amount is not a number in CNY with at most 2 decimals.");
    }

    @Test
    void noActionForTheConsumerNeedsNoObligationAndTheSuggestionGoesAway() {
        RulingFormModel f = form(Locale.ENGLISH);
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.RESHIP);
        assertThat(f.obligations()).extracting(RulingFormModel.ObligationRow::action).containsExactly("RESHIP");

        f.responsibility().set(Responsibility.CONSUMER);
        f.remedy().set(Remedy.NO_ACTION);
        f.rationale().set("The consumer's own photos show the seal intact on delivery.");

        assertThat(f.obligations()).isEmpty();
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void theOperatorsOwnObligationsAreKeptWhenTheRemedyChanges() {
        RulingFormModel f = form(Locale.ENGLISH);
        f.responsibility().set(Responsibility.MERCHANT);
        f.setObligations(java.util.List.of(new RulingFormModel.ObligationRow(Party.MERCHANT, "REPAIR", 72)));
        f.remedy().set(Remedy.FULL_REFUND);

        assertThat(f.obligations()).extracting(RulingFormModel.ObligationRow::action).containsExactly("REPAIR");
    }

    @Test
    void aReturnedProposalStartsTheFormWithItsValues() {
        Ruling proposed = new Ruling("r-1", Responsibility.SHARED, Remedy.COMPENSATION, Money.of(25800, "CNY"),
                java.util.List.of("COUNTERFEIT_GOODS"), java.util.List.of("e-1"), "Counterfeit per brand letter.",
                false, java.util.List.of(new com.arbitra.domain.Obligation(Party.MERCHANT, "COMPENSATE",
                NOW.plus(Duration.ofHours(24)))), java.util.List.of(), "lin", NOW, null, null, null, null, null);

        RulingFormModel f = new RulingFormModel(paid129, proposed, workflow, agent, new I18n(Locale.ENGLISH));

        assertThat(f.amount().get()).isEqualTo("258.00");
        assertThat(f.obligations()).containsExactly(new RulingFormModel.ObligationRow(Party.MERCHANT, "COMPENSATE", 24));
        assertThat(f.confirmation()).contains("Compensation", "CN¥258.00", "CN¥129.00");
    }

    @Test
    void theNoticesAreInThePartiesLanguageWithTheOperatorsOwnBeneath() {
        RulingFormModel f = form(Locale.ENGLISH).readByParties(Locale.SIMPLIFIED_CHINESE);
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.FULL_REFUND);

        String notice = f.notice(Party.CONSUMER);

        int yours = notice.indexOf("The same notice in English, for you:");
        assertThat(yours).as(notice).isPositive();
        assertThat(notice.substring(0, yours)).contains("全额退款").doesNotContain("Dear customer");
        assertThat(notice.substring(yours)).contains("Dear customer", "a full refund").doesNotContain("全额退款");
        assertThat(form(Locale.ENGLISH).readByParties(Locale.ENGLISH).notice(Party.CONSUMER))
                .doesNotContain("for you:");
    }

    @Test
    void theNoticesPreviewWhatEachPartyWillRead() {
        RulingFormModel f = form(new Locale("zh", "CN"));
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.FULL_REFUND);
        f.measures().add(Measure.WARNING);

        assertThat(f.notice(Party.MERCHANT)).contains("MP-1", "全额退款", "警告");
        assertThat(f.notice(Party.CONSUMER)).contains("MP-1", "全额退款").doesNotContain("警告");
    }

    @Test
    void aDraftResumedADayLaterHoldsTheAmountAndHoursAsTyped() {
        RulingFormModel typed = form(Locale.ENGLISH);
        typed.responsibility().set(Responsibility.MERCHANT);
        typed.remedy().set(Remedy.PARTIAL_REFUND);
        typed.amount().set("60,5x");
        typed.setObligations(java.util.List.of(new RulingFormModel.ObligationRow(Party.MERCHANT, "REFUND", 36)));
        com.arbitra.domain.Draft.RulingContent kept = typed.content();

        CaseWorkflow nextDay = new CaseWorkflow(workflow.settings(),
                java.time.Clock.fixed(NOW.plus(Duration.ofHours(25)), java.time.ZoneOffset.UTC));
        RulingFormModel resumed = RulingFormModel.resume(paid129, kept, nextDay, agent, new I18n(Locale.ENGLISH));

        assertThat(resumed.amount().get()).isEqualTo("60,5x");
        assertThat(resumed.obligations()).containsExactly(new RulingFormModel.ObligationRow(Party.MERCHANT, "REFUND", 36));
        assertThat(resumed.draft().obligations().get(0).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(25 + 36)));
    }

    @Test
    void aDueTimeSetSecondsAgoReadsAsTheHoursChosen() {
        RulingFormModel f = form(Locale.ENGLISH);
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.FULL_REFUND);
        Ruling sent = f.draft();

        CaseWorkflow later = new CaseWorkflow(workflow.settings(),
                java.time.Clock.fixed(NOW.plusSeconds(5), java.time.ZoneOffset.UTC));
        RulingFormModel again = new RulingFormModel(paid129, sent, later, agent, new I18n(Locale.ENGLISH));

        assertThat(again.obligations()).extracting(RulingFormModel.ObligationRow::dueHours)
                .containsExactly(f.obligations().get(0).dueHours());
    }

    @Test
    void theFormChecksTheWorkspacesAmountLimitAsTheServiceDoes() {
        CaseWorkflow limited = new CaseWorkflow(workflow.settings().withRulingLimits(java.math.BigDecimal.valueOf(3),
                5_000), java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
        RulingFormModel f = new RulingFormModel(paid129, null, limited, agent, new I18n(Locale.ENGLISH));
        f.responsibility().set(Responsibility.MERCHANT);
        f.remedy().set(Remedy.PARTIAL_REFUND);
        f.amount().set("60.00");
        f.rationale().set("The bottle arrived broken; the merchant's photos show no packing.");
        f.cited().add("e-1");

        assertThat(f.problems()).containsExactly("An amount this high needs a supervisor.");
        assertThat(f.valid().get()).isFalse();
        f.amount().set("50.00");
        assertThat(f.problems()).isEmpty();
    }
}
