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
 *
 * <p>Its schema is explicit: the properties are the record components of these domain records, named
 * as they are (listed in {@code src/test/resources/schema/case-body-v1.properties.txt}, which a test
 * compares with what is written), and {@code v} is the body's version. A property this build does not
 * know is refused, never dropped ({@link Json}). Renaming or removing a component changes the schema:
 * raise {@link #VERSION} and add a migration that rewrites the stored bodies.
 *
 * @param v the schema version the body was written with; absent (0) in bodies written before it was
 *          recorded, which are version 1
 */
record CaseBody(int v, List<String> userTags, List<TimelineEvent> timeline, List<EvidenceRequest> evidenceRequests,
                List<EvidenceItem> evidence, Ruling ruling, Fulfilment fulfilment, TrainingInfo training,
                List<InternalNote> notes) {

    static final int VERSION = 1;

    static CaseBody of(List<String> userTags, List<TimelineEvent> timeline, List<EvidenceRequest> evidenceRequests,
                       List<EvidenceItem> evidence, Ruling ruling, Fulfilment fulfilment, TrainingInfo training,
                       List<InternalNote> notes) {
        return new CaseBody(VERSION, userTags, timeline, evidenceRequests, evidence, ruling, fulfilment, training,
                notes);
    }

    /** Reads a stored body; refused when a newer build wrote it or it holds a property unknown here. */
    static CaseBody read(String json) {
        CaseBody body = Json.read(json, CaseBody.class);
        if (body.v() > VERSION) {
            throw new StoreException("A case body was written with schema version " + body.v()
                    + " by a newer version of Arbitra; this one reads version " + VERSION + ".", null);
        }
        return body;
    }
}
