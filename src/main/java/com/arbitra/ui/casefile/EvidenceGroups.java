package com.arbitra.ui.casefile;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's evidence as the viewer groups it: by party, then by the request each item answers (items
 * sent without a request last), with each request's checklist of what was asked for against what came,
 * and which items came late.
 */
public final class EvidenceGroups {

    /** One requested category and whether an item of it has come. */
    public record Check(EvidenceCategory category, boolean received) {
    }

    /** The items answering one request (null: sent without a request), with the request's checklist. */
    public record RequestGroup(EvidenceRequest request, List<Check> checklist, List<EvidenceItem> items,
                               List<EvidenceItem> late) {

        public boolean complete() {
            return checklist.stream().allMatch(Check::received);
        }
    }

    public record PartyGroup(Party party, List<RequestGroup> requests) {
    }

    private EvidenceGroups() {
    }

    public static List<PartyGroup> of(DisputeCase c) {
        List<PartyGroup> out = new ArrayList<>();
        for (Party party : Party.values()) {
            List<RequestGroup> groups = new ArrayList<>();
            for (EvidenceRequest r : c.evidenceRequests()) {
                if (r.party() != party) {
                    continue;
                }
                List<EvidenceItem> items = c.evidence().stream()
                        .filter(e -> e.party() == party && r.requestId().equals(e.requestId()))
                        .sorted(Comparator.comparing(EvidenceItem::submittedAt,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList();
                Map<EvidenceCategory, Boolean> asked = new LinkedHashMap<>();
                r.categories().forEach(cat -> asked.put(cat, false));
                items.forEach(e -> asked.computeIfPresent(e.category(), (k, v) -> true));
                groups.add(new RequestGroup(r, asked.entrySet().stream().map(e -> new Check(e.getKey(), e.getValue()))
                        .toList(), items, items.stream().filter(e -> e.isLate(c.evidenceRequests())).toList()));
            }
            List<EvidenceItem> unrequested = c.evidence().stream()
                    .filter(e -> e.party() == party)
                    .filter(e -> e.requestId() == null || c.evidenceRequests().stream()
                            .noneMatch(r -> r.requestId().equals(e.requestId()) && r.party() == party))
                    .toList();
            if (!unrequested.isEmpty()) {
                groups.add(new RequestGroup(null, List.of(), unrequested, List.of()));
            }
            if (!groups.isEmpty()) {
                out.add(new PartyGroup(party, groups));
            }
        }
        return out;
    }
}
