package com.arbitra.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Request templates, rule clauses and ruling notices in the three languages. */
class DomainTextsTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    /** File by file: a resource bundle would quietly lend a missing key from English. */
    @Test
    void everyLanguageHasEveryKey() throws Exception {
        Properties en = properties("texts.properties");
        for (String file : List.of("texts_es.properties", "texts_zh_CN.properties")) {
            Properties other = properties(file);
            assertThat(other.stringPropertyNames()).as(file).isEqualTo(en.stringPropertyNames());
        }
        for (EvidenceCategory c : EvidenceCategory.values()) {
            assertThat(en).containsKeys("request.category." + c.name(), "category." + c.name());
        }
        for (RuleClause c : RuleClause.values()) {
            assertThat(en).containsKey("clause." + c.name());
        }
        for (Measure m : Measure.values()) {
            assertThat(en).containsKey("measure." + m.name());
        }
    }

    @Test
    void defaultInstructionsNameEachCategoryOnceInThePartysLanguage() {
        List<EvidenceCategory> asked = List.of(EvidenceCategory.COMMUNICATION_RECORD, EvidenceCategory.LOGISTICS,
                EvidenceCategory.LOGISTICS);

        String en = EvidenceTemplates.defaultInstructions(asked, Party.MERCHANT, Locale.ENGLISH);
        String zh = EvidenceTemplates.defaultInstructions(asked, Party.MERCHANT, Locale.SIMPLIFIED_CHINESE);
        String es = EvidenceTemplates.defaultInstructions(asked, Party.CONSUMER, ES);

        assertThat(en).startsWith("The platform is reviewing a complaint about your order.")
                .contains("- Communication records:").contains("- Logistics:")
                .endsWith("the platform will decide on the evidence it has.");
        assertThat(en.lines().filter(l -> l.startsWith("- Logistics"))).hasSize(1);
        assertThat(zh).startsWith("平台正在审核关于您订单的投诉").contains("物流单号");
        assertThat(es).startsWith("Para ayudarnos a resolver su reclamación").contains("número de seguimiento");
        assertThat(EvidenceTemplates.categoryLabel(EvidenceCategory.REFUND_PROOF, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("退款凭证");
    }

    @Test
    void thePartiesReadTheLanguageOfTheirMarketElseTheWorkspacesElseTheOperators() {
        DisputeCase cny = com.arbitra.support.SampleCases.waiting("MP-1");
        DisputeCase mxn = cny.toBuilder().order(new Order(cny.order().transactionId(), null, "x",
                Money.of(389900, "MXN"), null)).build();
        DisputeCase eur = cny.toBuilder().order(new Order(cny.order().transactionId(), null, "x",
                Money.of(8995, "EUR"), null)).build();

        assertThat(EvidenceTemplates.partiesLanguage(cny, "es", Locale.ENGLISH)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(EvidenceTemplates.partiesLanguage(mxn, "system", Locale.ENGLISH)).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(EvidenceTemplates.partiesLanguage(eur, "zh-CN", Locale.ENGLISH)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(EvidenceTemplates.partiesLanguage(eur, "system", Locale.forLanguageTag("es-MX")))
                .isEqualTo(Locale.forLanguageTag("es"));
        assertThat(EvidenceTemplates.partiesLanguage(eur, "system", Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aRuleClauseReadsInEachLanguageAndAnUnknownBasisStaysAsGiven() {
        assertThat(RuleClause.EVIDENCE_NOT_PROVIDED.label(Locale.ENGLISH)).contains("rules 1.5");
        assertThat(RuleClause.describe("GOODS_NOT_AS_DESCRIBED", Locale.SIMPLIFIED_CHINESE)).isEqualTo("商品与描述不符");
        assertThat(RuleClause.describe("Rules §1.7", ES)).isEqualTo("Rules §1.7");
        assertThat(RuleClause.describe("REFUND_ALREADY_COMPLETED", ES)).as("a code the platform chose, in words")
                .isEqualTo("Refund already completed");
    }

    @Test
    void eachPartyReadsItsOwnObligationsAndOnlyTheMerchantReadsTheMeasures() {
        DisputeCase c = Cases.inState(CaseState.PENDING_APPROVAL);
        Ruling r = Cases.returnAndRefund();
        r = new Ruling(null, r.responsibility(), r.remedy(), r.amount(), List.of("GOODS_DAMAGED"),
                r.citedEvidence(), r.rationale(), true, r.obligations(), List.of(Measure.WARNING), null, null, null,
                null, null, null, null);

        RulingNotices.Notice consumer = RulingNotices.render(c, r, Party.CONSUMER, Locale.ENGLISH, ZoneOffset.UTC,
                Duration.ofDays(30));
        RulingNotices.Notice merchant = RulingNotices.render(c, r, Party.MERCHANT, Locale.ENGLISH, ZoneOffset.UTC,
                Duration.ofDays(30));
        RulingNotices.Notice zh = RulingNotices.render(c, r, Party.MERCHANT, Locale.SIMPLIFIED_CHINESE,
                ZoneOffset.UTC, Duration.ofDays(30));

        assertThat(consumer.subject()).isEqualTo("Decision on complaint case-7001");
        assertThat(consumer.body()).startsWith("Dear customer,")
                .contains("responsible is the merchant; remedy: return of the goods and a refund of 129.00 CNY.")
                .contains("You must send the goods back by").contains("The merchant must refund the amount by")
                .contains("Goods damaged or defective").contains("decision was taken on the evidence collected")
                .doesNotContain("warning");
        assertThat(merchant.body()).contains("You must refund the amount by").contains("Platform measures: a warning.")
                .contains("appeal this decision within 30 days");
        assertThat(zh.body()).startsWith("尊敬的商家：").contains("退货退款").contains("30 天内");
    }

    private static Properties properties(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = DomainTexts.class.getResourceAsStream("/com/arbitra/domain/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
