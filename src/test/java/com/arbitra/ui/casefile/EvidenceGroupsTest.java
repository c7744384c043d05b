package com.arbitra.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Party;
import com.arbitra.domain.RequestStatus;
import com.arbitra.support.SampleCases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceGroupsTest {

    @Test
    void itemsGroupByPartyThenRequestWithAChecklistAndTheLateOnes() {
        DisputeCase base = SampleCases.waiting("MP-1");
        EvidenceRequest consumer = new EvidenceRequest("rq-1", Party.CONSUMER,
                List.of(EvidenceCategory.PRODUCT_CONDITION, EvidenceCategory.COMMUNICATION_RECORD), "Photos, chat",
                SampleCases.T0, SampleCases.T0.plus(Duration.ofHours(48)), RequestStatus.OPEN, List.of());
        List<EvidenceRequest> requests = new ArrayList<>(base.evidenceRequests());
        requests.add(consumer);
        List<EvidenceItem> items = new ArrayList<>(base.evidence());
        items.add(item("e-2", "rq-1", Party.CONSUMER, EvidenceCategory.PRODUCT_CONDITION, 50));
        items.add(item("e-3", null, Party.CONSUMER, EvidenceCategory.OTHER, 1));
        DisputeCase c = base.toBuilder().evidenceRequests(requests).evidence(items).build();

        List<EvidenceGroups.PartyGroup> groups = EvidenceGroups.of(c);

        assertThat(groups).extracting(EvidenceGroups.PartyGroup::party).containsExactly(Party.CONSUMER, Party.MERCHANT);
        EvidenceGroups.RequestGroup asked = groups.get(0).requests().get(0);
        assertThat(asked.checklist()).containsExactly(
                new EvidenceGroups.Check(EvidenceCategory.PRODUCT_CONDITION, true),
                new EvidenceGroups.Check(EvidenceCategory.COMMUNICATION_RECORD, false));
        assertThat(asked.complete()).isFalse();
        assertThat(asked.late()).extracting(EvidenceItem::evidenceId).containsExactly("e-2");
        EvidenceGroups.RequestGroup unrequested = groups.get(0).requests().get(1);
        assertThat(unrequested.request()).isNull();
        assertThat(unrequested.items()).extracting(EvidenceItem::evidenceId).containsExactly("e-3");
        EvidenceGroups.RequestGroup merchant = groups.get(1).requests().get(0);
        assertThat(merchant.complete()).isTrue();
        assertThat(merchant.late()).isEmpty();
    }

    private static EvidenceItem item(String id, String request, Party party, EvidenceCategory category, long hours) {
        return new EvidenceItem(id, request, party, category, SampleCases.T0.plus(Duration.ofHours(hours)), "text",
                null, null, List.of(), null, null, null, null);
    }
}
