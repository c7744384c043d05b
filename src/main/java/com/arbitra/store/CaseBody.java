package com.arbitra.store;

import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Fulfilment;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.domain.TrainingInfo;
import java.util.List;

/**
 * The lists and documents of a case, kept as one JSON column: they are always read and written
 * with their case, and nothing sorts or filters on them.
 */
record CaseBody(List<String> userTags, List<TimelineEvent> timeline, List<EvidenceRequest> evidenceRequests,
                List<EvidenceItem> evidence, Ruling ruling, Fulfilment fulfilment, TrainingInfo training,
                List<InternalNote> notes) {
}
