package com.arbitra.domain;

import java.time.Instant;
import java.util.List;

/**
 * What an operator has typed for a case and not yet sent: a ruling, an evidence request or a note,
 * kept in the workspace as it is typed so that a crash or a closed window loses none of it. One per
 * operator, case and action; sending the action removes it in the same transaction.
 *
 * @param seenVersion the case's version the operator was looking at when the form opened
 */
public record Draft(String operator, String caseId, CaseAction action, long seenVersion, Instant savedAt,
                    Content content) {

    /** The actions whose forms keep drafts. */
    public static final java.util.Set<CaseAction> KEPT = java.util.EnumSet.of(CaseAction.PROPOSE_RULING,
            CaseAction.ISSUE_RULING, CaseAction.REPLACE_RULING, CaseAction.REQUEST_EVIDENCE, CaseAction.ADD_NOTE);

    public Draft {
        if (!KEPT.contains(action)) {
            throw new IllegalArgumentException("No draft is kept for " + action);
        }
        if (content == null) {
            throw new IllegalArgumentException("A draft needs its content");
        }
    }

    /** What the form held. */
    public sealed interface Content permits RulingContent, RequestContent, TextContent {
    }

    /**
     * A ruling form: the ruling as entered, the amount as typed (it may not be a number yet), and each
     * obligation's time in hours as typed (the ruling's due times count from when it is sent, not from
     * when the draft was kept).
     */
    public record RulingContent(Ruling ruling, String amountText, List<Long> dueHours) implements Content {

        public RulingContent {
            dueHours = List.copyOf(dueHours == null ? List.of() : dueHours);
        }
    }

    /** An evidence request form, as the operator left it. */
    public record RequestContent(List<Party> parties, List<EvidenceCategory> categories, String instructions,
                                 int dueHours, List<NotificationChannel> channels) implements Content {

        public RequestContent {
            parties = List.copyOf(parties == null ? List.of() : parties);
            categories = List.copyOf(categories == null ? List.of() : categories);
            channels = List.copyOf(channels == null ? List.of() : channels);
        }
    }

    /** A note (or another text) as typed. */
    public record TextContent(String text) implements Content {
    }
}
