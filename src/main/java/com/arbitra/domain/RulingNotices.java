package com.arbitra.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The notices the platform sends each party when a ruling is issued, rendered from the ruling alone:
 * the ruling form previews them before a ruling is proposed or issued, so what the operator reads is
 * what the parties will read.
 */
public final class RulingNotices {

    /** One party's notice in one language. */
    public record Notice(Party party, Locale locale, String subject, String body) {
    }

    private RulingNotices() {
    }

    /** Both parties' notices, consumer first. */
    public static List<Notice> renderAll(DisputeCase c, Ruling r, Locale locale, ZoneId zone,
                                         Duration appealWindow) {
        return List.of(render(c, r, Party.CONSUMER, locale, zone, appealWindow),
                render(c, r, Party.MERCHANT, locale, zone, appealWindow));
    }

    public static Notice render(DisputeCase c, Ruling r, Party party, Locale locale, ZoneId zone,
                                Duration appealWindow) {
        DomainTexts t = DomainTexts.of(locale);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(t.locale()).withZone(zone);
        String product = c.order() == null || c.order().productName() == null ? "" : c.order().productName();
        List<String> lines = new ArrayList<>();
        lines.add(t.t("notice.greeting." + party.name()));
        String amount = r.amount() == null ? "" : t.t("notice.amount", r.amount().toString());
        lines.add(t.t("notice.decision", c.caseId(), product,
                r.responsibility() == null ? "?" : t.t("responsibility." + r.responsibility().name()),
                r.remedy() == null ? "?" : t.t("remedy." + r.remedy().name()), amount));
        if (r.decidedOnCollectedEvidence()) {
            lines.add(t.t("notice.collected"));
        }
        for (Obligation o : r.obligations()) {
            String action = t.has("obligation." + o.action()) ? t.t("obligation." + o.action()) : o.action();
            String due = o.dueAt() == null ? "?" : when.format(o.dueAt());
            lines.add(o.party() == party ? t.t("notice.obligation.yours", action, due)
                    : t.t("notice.obligation.other", t.t("party." + o.party().name()).toLowerCase(t.locale()),
                            action, due));
        }
        if (!r.basis().isEmpty()) {
            lines.add(t.t("notice.basis", r.basis().stream().map(b -> RuleClause.describe(b, t.locale()))
                    .collect(Collectors.joining("; "))));
        }
        if (r.rationale() != null && !r.rationale().isBlank()) {
            lines.add(t.t("notice.reasons", r.rationale().strip()));
        }
        // measures concern the merchant; the consumer is not told of the merchant's sanctions
        if (party == Party.MERCHANT && !r.measures().isEmpty()) {
            lines.add(t.t("notice.measures", r.measures().stream().map(m -> t.t("measure." + m.name()))
                    .collect(Collectors.joining(", "))));
        }
        if (party == Party.MERCHANT) {
            lines.add(t.t("notice.appeal.MERCHANT", appealWindow.toDays()));
        } else if (r.requiresFulfilment()) {
            lines.add(t.t("notice.appeal.CONSUMER"));
        }
        return new Notice(party, t.locale(), t.t("notice.subject", c.caseId()), String.join("\n\n", lines));
    }
}
