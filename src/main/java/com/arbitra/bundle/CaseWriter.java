package com.arbitra.bundle;

import com.arbitra.domain.Assessment;
import com.arbitra.domain.Attachment;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Fulfilment;
import com.arbitra.domain.FulfilmentProof;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.Money;
import com.arbitra.domain.Notification;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TimelineEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Writes a case in the bundle's case format, members in the spec's order. With local work, it also
 * writes what the console added (assignee, notes, flags, assessments, a returned ruling's comment),
 * so that a full export imported elsewhere gives the same case.
 */
public final class CaseWriter {

    /** How attachment bytes travel: as a path to {@code files/<sha256>}, or inline as base64. */
    public interface Attachments {
        void write(JsonGenerator g, Attachment a) throws IOException;

        /** {@code "path": "files/<sha256>"}: the layout of a full export's ZIP. */
        static Attachments byPath() {
            return (g, a) -> g.writeStringField("path", "files/" + a.sha256());
        }
    }

    private final JsonGenerator g;
    private final Attachments attachments;
    private final boolean local;

    public CaseWriter(JsonGenerator g, Attachments attachments, boolean local) {
        this.g = g;
        this.attachments = attachments;
        this.local = local;
    }

    public void write(DisputeCase c) throws IOException {
        g.writeStartObject();
        g.writeStringField("caseId", c.caseId());
        g.writeNumberField("revision", c.revision());
        string("complaintId", c.complaintId());
        g.writeStringField("channel", c.channel().name());
        if (c.miniProgram() != null) {
            g.writeObjectFieldStart("miniProgram");
            string("appId", c.miniProgram().appId());
            string("name", c.miniProgram().name());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("merchant");
        g.writeStringField("merchantId", c.merchant().merchantId());
        g.writeStringField("name", c.merchant().name());
        string("email", c.merchant().email());
        string("phone", c.merchant().phone());
        g.writeEndObject();
        g.writeObjectFieldStart("consumer");
        g.writeStringField("consumerId", c.consumer().consumerId());
        string("nickname", c.consumer().nickname());
        string("phoneMasked", c.consumer().phoneMasked());
        g.writeEndObject();
        g.writeObjectFieldStart("order");
        g.writeStringField("transactionId", c.order().transactionId());
        string("outTradeNo", c.order().outTradeNo());
        string("productName", c.order().productName());
        money("amount", c.order().amount());
        time("paidAt", c.order().paidAt());
        g.writeEndObject();
        complaint(c.complaint());
        g.writeStringField("state", c.state().name());
        if (c.closeReason() != null) {
            g.writeStringField("closeReason", c.closeReason().name());
        }
        time("stateSince", c.stateSince());
        time("dueAt", c.dueAt());
        if (c.intervention() != null) {
            g.writeObjectFieldStart("intervention");
            time("requestedAt", c.intervention().requestedAt());
            if (c.intervention().trigger() != null) {
                g.writeStringField("trigger", c.intervention().trigger().name());
            }
            string("reason", c.intervention().reason());
            g.writeEndObject();
        }
        timeline(c.timeline());
        requests(c.evidenceRequests());
        evidence(c.evidence());
        if (c.ruling() != null) {
            g.writeFieldName("ruling");
            ruling(c.ruling());
        } else {
            g.writeNullField("ruling");
        }
        fulfilment(c.fulfilment());
        training(c);
        if (local) {
            local(c);
        }
        g.writeEndObject();
    }

    private void complaint(Complaint k) throws IOException {
        g.writeObjectFieldStart("complaint");
        time("filedAt", k.filedAt());
        string("category", k.category());
        g.writeStringField("problemType", k.problemType().name());
        string("description", k.description());
        money("requestedRefund", k.requestedRefund());
        g.writeNumberField("complaintCount", k.complaintCount());
        strings("userTags", k.userTags());
        g.writeEndObject();
    }

    private void timeline(List<TimelineEvent> events) throws IOException {
        g.writeArrayFieldStart("timeline");
        for (TimelineEvent e : events) {
            g.writeStartObject();
            g.writeStringField("eventId", e.eventId());
            time("at", e.at());
            g.writeStringField("actor", e.actor().name());
            g.writeStringField("type", e.type());
            string("text", e.text());
            if (!e.attachments().isEmpty()) {
                attachments(e.attachments());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void requests(List<EvidenceRequest> requests) throws IOException {
        g.writeArrayFieldStart("evidenceRequests");
        for (EvidenceRequest r : requests) {
            g.writeStartObject();
            g.writeStringField("requestId", r.requestId());
            g.writeStringField("party", r.party().name());
            names("categories", r.categories());
            string("instructions", r.instructions());
            time("requestedAt", r.requestedAt());
            time("dueAt", r.dueAt());
            g.writeStringField("status", r.status().name());
            g.writeArrayFieldStart("notifications");
            for (Notification n : r.notifications()) {
                g.writeStartObject();
                g.writeStringField("channel", n.channel().name());
                time("sentAt", n.sentAt());
                if (n.status() != null) {
                    g.writeStringField("status", n.status().name());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void evidence(List<EvidenceItem> items) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (EvidenceItem e : items) {
            g.writeStartObject();
            g.writeStringField("evidenceId", e.evidenceId());
            string("requestId", e.requestId());
            g.writeStringField("party", e.party().name());
            g.writeStringField("category", e.category().name());
            time("submittedAt", e.submittedAt());
            string("text", e.text());
            if (e.logistics() != null) {
                g.writeObjectFieldStart("logistics");
                string("carrier", e.logistics().carrier());
                string("trackingNumber", e.logistics().trackingNumber());
                g.writeEndObject();
            }
            if (e.payment() != null) {
                g.writeObjectFieldStart("payment");
                string("refundNumber", e.payment().refundNumber());
                string("flowNumber", e.payment().flowNumber());
                string("transferNumber", e.payment().transferNumber());
                money("amount", e.payment().amount());
                g.writeEndObject();
            }
            attachments(e.attachments());
            if (local && e.assessment() != Assessment.UNREVIEWED) {
                g.writeStringField("assessment", e.assessment().name());
                string("assessmentNote", e.assessmentNote());
                string("assessedBy", e.assessedBy());
                time("assessedAt", e.assessedAt());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    void ruling(Ruling r) throws IOException {
        g.writeStartObject();
        string("rulingId", r.rulingId());
        g.writeStringField("responsibility", r.responsibility().name());
        g.writeStringField("remedy", r.remedy().name());
        money("amount", r.amount());
        strings("basis", r.basis());
        strings("citedEvidence", r.citedEvidence());
        string("rationale", r.rationale());
        g.writeBooleanField("decidedOnCollectedEvidence", r.decidedOnCollectedEvidence());
        g.writeArrayFieldStart("obligations");
        for (Obligation o : r.obligations()) {
            g.writeStartObject();
            g.writeStringField("party", o.party().name());
            g.writeStringField("action", o.action());
            time("dueAt", o.dueAt());
            g.writeEndObject();
        }
        g.writeEndArray();
        names("measures", r.measures());
        string("proposedBy", r.proposedBy());
        time("proposedAt", r.proposedAt());
        string("issuedBy", r.issuedBy());
        time("issuedAt", r.issuedAt());
        if (local) {
            string("returnedBy", r.returnedBy());
            time("returnedAt", r.returnedAt());
            string("returnComment", r.returnComment());
        }
        g.writeEndObject();
    }

    private void fulfilment(Fulfilment f) throws IOException {
        if (f == null) {
            g.writeNullField("fulfilment");
            return;
        }
        g.writeObjectFieldStart("fulfilment");
        time("dueAt", f.dueAt());
        g.writeArrayFieldStart("proofs");
        for (FulfilmentProof p : f.proofs()) {
            g.writeStartObject();
            g.writeStringField("proofId", p.proofId());
            g.writeStringField("type", p.type().name());
            time("submittedAt", p.submittedAt());
            string("refundNumber", p.refundNumber());
            string("flowNumber", p.flowNumber());
            string("transferNumber", p.transferNumber());
            string("carrier", p.carrier());
            string("trackingNumber", p.trackingNumber());
            money("amount", p.amount());
            if (!p.attachments().isEmpty()) {
                attachments(p.attachments());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.verification() != null) {
            g.writeObjectFieldStart("verification");
            g.writeStringField("status", f.verification().status().name());
            string("by", f.verification().by());
            time("at", f.verification().at());
            string("note", f.verification().note());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void training(DisputeCase c) throws IOException {
        if (c.training() == null) {
            g.writeNullField("training");
            return;
        }
        g.writeObjectFieldStart("training");
        if (c.training().referenceRuling() != null) {
            g.writeFieldName("referenceRuling");
            ruling(c.training().referenceRuling());
        }
        if (c.training().difficulty() != null) {
            g.writeStringField("difficulty", c.training().difficulty().name());
        }
        string("notes", c.training().notes());
        strings("tags", c.training().tags());
        g.writeEndObject();
    }

    private void local(DisputeCase c) throws IOException {
        g.writeObjectFieldStart("local");
        string("assignee", c.assignee());
        g.writeArrayFieldStart("notes");
        for (InternalNote n : c.notes()) {
            g.writeStartObject();
            g.writeStringField("noteId", n.noteId());
            g.writeStringField("author", n.author());
            time("at", n.at());
            g.writeStringField("text", n.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        names("flags", c.flags().stream().sorted().toList());
        if (c.stateBeforeAppeal() != null) {
            g.writeStringField("stateBeforeAppeal", c.stateBeforeAppeal().name());
        }
        if (c.closeReasonBeforeAppeal() != null) {
            g.writeStringField("closeReasonBeforeAppeal", c.closeReasonBeforeAppeal().name());
        }
        g.writeNumberField("proofRejections", c.proofRejections());
        g.writeEndObject();
    }

    private void attachments(List<Attachment> list) throws IOException {
        g.writeArrayFieldStart("attachments");
        for (Attachment a : list) {
            g.writeStartObject();
            g.writeStringField("attachmentId", a.attachmentId());
            g.writeStringField("fileName", a.fileName());
            g.writeStringField("mediaType", a.mediaType());
            if (a.isReference()) {
                // an evidence reference: where the platform keeps the file, no bytes to carry
                g.writeStringField("url", a.url());
            } else {
                g.writeNumberField("size", a.size());
                g.writeStringField("sha256", a.sha256());
                attachments.write(g, a);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void money(String name, Money m) throws IOException {
        if (m != null) {
            g.writeObjectFieldStart(name);
            g.writeNumberField("value", m.value());
            g.writeStringField("currency", m.currency());
            g.writeEndObject();
        }
    }

    private void time(String name, Instant t) throws IOException {
        if (t != null) {
            g.writeStringField(name, t.toString());
        }
    }

    private void string(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void strings(String name, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void names(String name, Collection<? extends Enum<?>> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Enum<?> v : values) {
            g.writeString(v.name());
        }
        g.writeEndArray();
    }
}
