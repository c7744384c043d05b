package com.arbitra.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule clauses a ruling may rest on. A ruling's {@code basis} holds their names (the platform's
 * own codes, e.g. {@code EVIDENCE_NOT_PROVIDED}); a basis the platform sent that is not listed here is
 * kept as given and shown as its code.
 */
public enum RuleClause {
    NEGOTIATION_FAILED, MERCHANT_NO_RESPONSE, PROACTIVE_INTERVENTION, EVIDENCE_NOT_PROVIDED, FORCE_MAJEURE,
    GOODS_NOT_AS_DESCRIBED, GOODS_NOT_RECEIVED, GOODS_DAMAGED, COUNTERFEIT_GOODS, SERVICE_NOT_DELIVERED,
    PROMISE_NOT_KEPT, REFUND_REFUSED, FALSE_EVIDENCE, MERCHANT_LIABILITY, CONSUMER_RESPONSIBLE, NO_FAULT;

    public String label(Locale locale) {
        return DomainTexts.of(locale).t("clause." + name());
    }

    public static Optional<RuleClause> find(String code) {
        for (RuleClause c : values()) {
            if (c.name().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A basis entry for people: the clause's text when known, else the code in words. */
    public static String describe(String code, Locale locale) {
        return find(code).map(c -> c.label(locale)).orElse(CodeWords.of(code));
    }
}
