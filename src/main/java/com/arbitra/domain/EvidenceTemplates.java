package com.arbitra.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The default instructions of an evidence request (dispute-rules §1.4, §4): an opening for the party,
 * one line per category asked for, and the warning of §1.5, in the party's language. The agent may
 * edit them before sending; the request keeps whatever text was sent.
 */
public final class EvidenceTemplates {

    private EvidenceTemplates() {
    }

    /** Currencies of the markets whose merchants and consumers read Spanish. */
    private static final java.util.Set<String> SPANISH = java.util.Set.of("MXN", "ARS", "COP", "CLP", "PEN", "UYU");

    /**
     * The language a case's parties are written to in: the case format names none, so the market of
     * the order's currency (CNY: Chinese; MXN, ARS, COP, CLP, PEN, UYU: Spanish), else the workspace's
     * {@code ui.language} unless it is "system", else the operator's own.
     */
    public static Locale partiesLanguage(DisputeCase c, String workspaceLanguage, Locale operator) {
        String currency = c == null || c.order() == null || c.order().amount() == null ? ""
                : c.order().amount().currency();
        if (currency.equals("CNY")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (SPANISH.contains(currency)) {
            return Locale.forLanguageTag("es");
        }
        if (workspaceLanguage != null && !workspaceLanguage.equals("system")) {
            return DomainTexts.nearest(Locale.forLanguageTag(workspaceLanguage));
        }
        return DomainTexts.nearest(operator == null ? Locale.ENGLISH : operator);
    }

    public static String defaultInstructions(List<EvidenceCategory> categories, Party party, Locale locale) {
        Objects.requireNonNull(party, "party");
        DomainTexts texts = DomainTexts.of(locale);
        StringBuilder out = new StringBuilder(texts.t("request.intro." + party.name()));
        for (EvidenceCategory c : categories == null ? List.<EvidenceCategory>of() : categories.stream().distinct()
                .toList()) {
            out.append('\n').append("- ").append(texts.t("request.category." + c.name()));
        }
        return out.append('\n').append(texts.t("request.closing")).toString();
    }

    /** The category's name for people, e.g. "Logistics" / "物流信息". */
    public static String categoryLabel(EvidenceCategory category, Locale locale) {
        return DomainTexts.of(locale).t("category." + category.name());
    }
}
