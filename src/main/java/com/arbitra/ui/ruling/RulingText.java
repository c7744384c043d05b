package com.arbitra.ui.ruling;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.RuleClause;
import com.arbitra.domain.Ruling;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A ruling in words, whole: figures, obligations, measures, clauses, the evidence cited, the
 * rationale, and who proposed, returned or issued it when. The issue confirmation and the case file's
 * ruling tab show the same text.
 */
public final class RulingText {

    private RulingText() {
    }

    /** A ruling as stored, its obligations with their due times. */
    public static String whole(DisputeCase c, Ruling r, I18n i18n) {
        DateTimeFormatter when = Formats.dateTime(i18n.locale(), ZoneId.systemDefault());
        return whole(c, r, r.obligations().stream().map((Obligation o) -> i18n.t("ruling.obligationBy",
                i18n.t("party." + o.party().name()), obligation(o.action(), i18n),
                o.dueAt() == null ? "—" : when.format(o.dueAt()))).toList(), i18n);
    }

    /** A ruling with its obligations already in words (a form's rows give hours, not times). */
    static String whole(DisputeCase c, Ruling r, List<String> obligations, I18n i18n) {
        String paid = c.order() == null ? "—" : Formats.money(c.order().amount(), i18n.locale());
        StringBuilder out = new StringBuilder(i18n.t("ruling.confirm", c.caseId(),
                r.responsibility() == null ? "—" : i18n.t("responsibility." + r.responsibility().name()),
                r.remedy() == null ? "—" : i18n.t("remedy." + r.remedy().name()),
                r.amount() == null ? "—" : Formats.money(r.amount(), i18n.locale()), paid));
        section(out, "ruling.obligations", obligations, i18n);
        section(out, "ruling.measures", r.measures().stream().map(m -> i18n.t("measure." + m.name())).toList(), i18n);
        section(out, "ruling.basis", r.basis().stream().map(b -> RuleClause.describe(b, i18n.locale())).toList(), i18n);
        section(out, "ruling.cited", r.citedEvidence().stream().map(id -> c.evidenceItem(id)
                .map(e -> i18n.t("ruling.citedItem", id, i18n.t("party." + e.party().name()),
                        i18n.t("category." + e.category().name()))).orElse(id)).toList(), i18n);
        boolean none = r.rationale() == null || r.rationale().isBlank();
        out.append("\n\n").append(i18n.t(none ? "ruling.sectionNone" : "ruling.section", i18n.t("ruling.rationale")))
                .append(none ? "" : "\n" + r.rationale());
        DateTimeFormatter when = Formats.dateTime(i18n.locale(), ZoneId.systemDefault());
        out.append("\n");
        if (r.proposedBy() != null && r.proposedAt() != null) {
            out.append("\n").append(i18n.t("ruling.proposedByAt", r.proposedBy(), when.format(r.proposedAt())));
        }
        if (r.returnedBy() != null && r.returnedAt() != null) {
            out.append("\n").append(i18n.t("ruling.returnedByAt", r.returnedBy(), when.format(r.returnedAt()),
                    r.returnComment() == null ? "—" : r.returnComment()));
        }
        if (r.issuedBy() != null && r.issuedAt() != null) {
            out.append("\n").append(i18n.t("ruling.issuedByAt", r.issuedBy(), when.format(r.issuedAt())));
        }
        return out.toString().strip();
    }

    /** An obligation's action in words; one the platform named that we have no words for reads as its code's words. */
    static String obligation(String action, I18n i18n) {
        if (action != null && i18n.has("obligation." + action)) {
            return i18n.t("obligation." + action);
        }
        String words = com.arbitra.domain.CodeWords.of(action);
        return words == null || words.equals(action) ? action : words.toLowerCase(i18n.locale());
    }

    private static void section(StringBuilder out, String title, List<String> lines, I18n i18n) {
        out.append("\n\n").append(i18n.t(lines.isEmpty() ? "ruling.sectionNone" : "ruling.section", i18n.t(title)));
        lines.forEach(l -> out.append("\n  • ").append(l));
    }
}
