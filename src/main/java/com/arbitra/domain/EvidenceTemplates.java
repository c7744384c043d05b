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
