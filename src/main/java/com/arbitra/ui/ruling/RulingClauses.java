package com.arbitra.ui.ruling;

import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.Party;
import com.arbitra.ui.I18n;
import java.util.List;

/** Placeholder until the domain's clause list and request templates land. */
public final class RulingClauses {
    private RulingClauses() {
    }

    public static List<String> codes() {
        return List.of("EVIDENCE_NOT_PROVIDED", "GOODS_NOT_AS_DESCRIBED", "GOODS_NOT_RECEIVED");
    }

    public static String instructions(List<EvidenceCategory> categories, Party party, I18n i18n) {
        return String.join("\n", categories.stream().map(c -> i18n.t("category." + c.name())).toList());
    }
}
