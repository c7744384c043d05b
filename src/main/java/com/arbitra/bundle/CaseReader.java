package com.arbitra.bundle;

import com.arbitra.domain.Assessment;
import com.arbitra.domain.Attachment;
import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Channel;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.Consumer;
import com.arbitra.domain.Difficulty;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Fulfilment;
import com.arbitra.domain.FulfilmentProof;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.Intervention;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.Logistics;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.MiniProgram;
import com.arbitra.domain.Money;
import com.arbitra.domain.Notification;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.NotificationStatus;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Order;
import com.arbitra.domain.Party;
import com.arbitra.domain.PaymentDetails;
import com.arbitra.domain.ProblemType;
import com.arbitra.domain.ProofType;
import com.arbitra.domain.RequestStatus;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.RulingRules;
import com.arbitra.domain.TimelineActor;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.domain.TrainingInfo;
import com.arbitra.domain.Verification;
import com.arbitra.domain.VerificationStatus;
import com.arbitra.domain.WorkspaceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one case of a bundle into the domain, checking every rule of case-bundle-v1 that one case
 * can break: types, lengths, closed lists, unique ids, references, amounts and currencies. Each
 * problem is reported with its JSON Pointer; a case with any error reads as invalid.
 */
final class CaseReader {

    static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** An evidence reference's URL: https, at most 2,048 characters, no spaces or control characters. */
    private static final Pattern URL = Pattern.compile("https://[\\x21-\\x7e]{1,2040}");
    private static final int TEXT = 2000;
    private static final int NAME = 200;
    private static final int ID = 64;

    /** An attachment as the bundle gives it: its domain value, where it is, and how its bytes come. */
    record AttachmentRef(String pointer, Attachment attachment, String path, String data) {
    }

    /** The case read, the attachments it names, and whether any error was found. */
    record Read(DisputeCase value, List<AttachmentRef> attachments, boolean valid) {
    }

    private final Problems problems;
    private final WorkspaceKind purpose;
    private final List<AttachmentRef> attachments = new ArrayList<>();
    private final Map<String, String> attachmentIds = new HashMap<>();
    private final List<Money> amounts = new ArrayList<>();
    private final List<String> amountPointers = new ArrayList<>();

    private CaseReader(Problems problems, WorkspaceKind purpose) {
        this.problems = problems;
        this.purpose = purpose;
    }

    /** Reads the case at {@code pointer} (e.g. {@code /cases/12}) of a bundle of the given purpose. */
    static Read read(JsonNode node, String pointer, WorkspaceKind purpose, Problems problems) {
        long before = problems.errorCount();
        if (!node.isObject()) {
            problems.error(pointer, "must be an object (was " + Fields.shortly(node) + ")");
            return new Read(null, List.of(), false);
        }
        CaseReader r = new CaseReader(problems, purpose);
        DisputeCase c = r.readCase(new Fields(node, pointer, problems));
        boolean valid = problems.errorCount() == before && c != null;
        return new Read(valid ? c : null, List.copyOf(r.attachments), valid);
    }

    private DisputeCase readCase(Fields f) {
        f.known(Set.of("caseId", "revision", "complaintId", "channel", "miniProgram", "merchant", "consumer", "order",
                "complaint", "state", "closeReason", "stateSince", "dueAt", "intervention", "timeline",
                "evidenceRequests", "evidence", "ruling", "fulfilment", "training", "local"));
        String caseId = f.matching("caseId", CASE_ID, "1 to 64 letters, digits, '.', '_' or '-'", true);
        Long revision = f.integer("revision", 1, Integer.MAX_VALUE, true);
        String complaintId = f.text("complaintId", ID, false);
        Channel channel = f.has("channel") ? f.oneOf("channel", Channel.class, false) : Channel.OTHER;
        MiniProgram mini = miniProgram(f.object("miniProgram", false));
        Merchant merchant = merchant(f.object("merchant", true));
        Consumer consumer = consumer(f.object("consumer", true));
        Order order = order(f.object("order", true));
        Complaint complaint = complaint(f.object("complaint", true), order);
        CaseState state = f.oneOf("state", CaseState.class, true);
        CloseReason closeReason = f.oneOf("closeReason", CloseReason.class, false);
        if (state == CaseState.CLOSED && closeReason == null && !f.has("closeReason")) {
            f.problems.error(f.at("closeReason"), "is required when the state is CLOSED");
        }
        Instant stateSince = f.time("stateSince", false);
        Instant dueAt = f.time("dueAt", false);
        Intervention intervention = intervention(f.object("intervention", false));
        List<TimelineEvent> timeline = timeline(f);
        List<EvidenceRequest> requests = requests(f);
        List<EvidenceItem> evidence = evidence(f, requests);
        Ruling ruling = f.has("ruling") ? ruling(f.object("ruling", false)) : null;
        Fulfilment fulfilment = fulfilment(f.object("fulfilment", false));
        TrainingInfo training = training(f);
        Fields local = f.object("local", false);
        checkCurrencies(order);

        if (caseId == null || revision == null || merchant == null || consumer == null || order == null
                || complaint == null || state == null) {
            return null;
        }
        DisputeCase.Builder b = DisputeCase.builder().caseId(caseId).revision(revision.intValue())
                .complaintId(complaintId).channel(channel == null ? Channel.OTHER : channel).miniProgram(mini)
                .merchant(merchant).consumer(consumer).order(order).complaint(complaint).state(state)
                .closeReason(state == CaseState.CLOSED ? closeReason : null).stateSince(stateSince).dueAt(dueAt)
                .intervention(intervention).timeline(timeline).evidenceRequests(requests).evidence(evidence)
                .ruling(ruling).fulfilment(fulfilment).training(training);
        if (ruling != null) {
            DisputeCase sofar = safeBuild(b);
            if (sofar != null) {
                rulingRules(ruling, sofar, f.at("ruling"));
            }
        }
        if (training != null && training.referenceRuling() != null) {
            DisputeCase sofar = safeBuild(b);
            if (sofar != null) {
                rulingRules(training.referenceRuling(), sofar, f.at("training") + "/referenceRuling");
            }
        }
        if (local != null) {
            local(local, b);
        }
        return safeBuild(b);
    }

    private DisputeCase safeBuild(DisputeCase.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void rulingRules(Ruling ruling, DisputeCase c, String pointer) {
        for (RulingRules.Violation v : RulingRules.check(ruling, c)) {
            problems.error(pointer + "/" + v.field(), lowerFirst(v.message()));
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private MiniProgram miniProgram(Fields f) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("appId", "name"));
        return new MiniProgram(f.text("appId", ID, false), f.text("name", NAME, false));
    }

    private Merchant merchant(Fields f) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("merchantId", "name", "email", "phone"));
        String id = f.text("merchantId", ID, true);
        String name = f.text("name", NAME, true);
        String email = f.text("email", 320, false);
        String phone = f.text("phone", ID, false);
        return id == null || name == null ? null : new Merchant(id, name, email, phone);
    }

    private Consumer consumer(Fields f) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("consumerId", "nickname", "phoneMasked"));
        String id = f.text("consumerId", 128, true);
        String nickname = f.text("nickname", NAME, false);
        String phone = f.text("phoneMasked", 32, false);
        if (phone != null && !phone.isEmpty() && !isMasked(phone)) {
            problems.error(f.at("phoneMasked"), "must be masked, such as 138****1234: never a full number (was \""
                    + phone + "\")");
            phone = null;
        }
        return id == null ? null : new Consumer(id, nickname, phone);
    }

    /**
     * The spec refuses "more than 4 visible digits", yet its own example is {@code 138****1234}: the
     * usual Chinese masking, prefix and last four. So: a run of at least three asterisks, at most four
     * digits after the last one, at most seven digits in all; the schema says the same.
     */
    static boolean isMasked(String phone) {
        int mask = phone.lastIndexOf("***");
        if (mask < 0) {
            return false;
        }
        long after = phone.substring(mask).chars().filter(Character::isDigit).count();
        long all = phone.chars().filter(Character::isDigit).count();
        return after <= 4 && all <= 7;
    }

    private Order order(Fields f) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("transactionId", "outTradeNo", "productName", "amount", "paidAt"));
        String tx = f.text("transactionId", ID, true);
        Money amount = f.money("amount", true);
        Order o = new Order(tx, f.text("outTradeNo", NAME, false), f.text("productName", NAME, false), amount,
                f.time("paidAt", false));
        return tx == null || amount == null ? null : o;
    }

    private Complaint complaint(Fields f, Order order) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("filedAt", "category", "problemType", "description", "requestedRefund", "complaintCount",
                "userTags"));
        Instant filed = f.time("filedAt", true);
        ProblemType type = ProblemType.OTHERS;
        String rawType = f.text("problemType", ID, false);
        if (rawType != null) {
            try {
                type = ProblemType.valueOf(rawType);
            } catch (IllegalArgumentException unknown) {
                problems.warning(f.at("problemType"), "is not a known problem type (was \"" + rawType
                        + "\"); kept as OTHERS");
            }
        }
        Money refund = track(f.money("requestedRefund", false), f.at("requestedRefund"));
        if (refund != null && order != null && order.amount() != null && refund.sameCurrency(order.amount())
                && refund.value() > order.amount().value()) {
            problems.error(f.at("requestedRefund") + "/value", "must not exceed the order amount of "
                    + order.amount().value() + " (was " + refund.value() + ")");
        }
        Long count = f.has("complaintCount") ? f.integer("complaintCount", 1, Integer.MAX_VALUE, false)
                : Long.valueOf(1);
        Complaint c = new Complaint(filed, f.text("category", ID, false), type, f.text("description", TEXT, false),
                refund, count == null ? 1 : count.intValue(), f.strings("userTags", ID));
        return filed == null ? null : c;
    }

    private Intervention intervention(Fields f) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("requestedAt", "trigger", "reason"));
        return new Intervention(f.time("requestedAt", false), f.oneOf("trigger", InterventionTrigger.class, false),
                f.text("reason", TEXT, false));
    }

    private List<TimelineEvent> timeline(Fields f) {
        List<TimelineEvent> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields e : f.objects("timeline", Integer.MAX_VALUE, false)) {
            e.known(Set.of("eventId", "at", "actor", "type", "text", "attachments"));
            String id = unique(e, "eventId", ids);
            out.add(new TimelineEvent(id, e.time("at", true), e.oneOf("actor", TimelineActor.class, true),
                    e.text("type", ID, true), e.text("text", TEXT, false), attachments(e, Integer.MAX_VALUE)));
        }
        return out;
    }

    private List<EvidenceRequest> requests(Fields f) {
        List<EvidenceRequest> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields r : f.objects("evidenceRequests", Integer.MAX_VALUE, false)) {
            r.known(Set.of("requestId", "party", "categories", "instructions", "requestedAt", "dueAt", "status",
                    "notifications"));
            String id = unique(r, "requestId", ids);
            Instant requested = r.time("requestedAt", true);
            Instant due = r.time("dueAt", true);
            if (requested != null && due != null && !due.isAfter(requested)) {
                problems.error(r.at("dueAt"), "must be after requestedAt (" + requested + ")");
            }
            List<Notification> notifications = new ArrayList<>();
            for (Fields n : r.objects("notifications", Integer.MAX_VALUE, false)) {
                n.known(Set.of("channel", "sentAt", "status"));
                notifications.add(new Notification(n.oneOf("channel", NotificationChannel.class, true),
                        n.time("sentAt", false), n.oneOf("status", NotificationStatus.class, false)));
            }
            out.add(new EvidenceRequest(id, r.oneOf("party", Party.class, true),
                    r.enums("categories", EvidenceCategory.class, true), r.text("instructions", TEXT, false),
                    requested, due, r.oneOf("status", RequestStatus.class, true), notifications));
        }
        return out;
    }

    private List<EvidenceItem> evidence(Fields f, List<EvidenceRequest> requests) {
        Set<String> requestIds = new HashSet<>();
        requests.forEach(r -> requestIds.add(r.requestId()));
        List<EvidenceItem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields e : f.objects("evidence", Integer.MAX_VALUE, false)) {
            e.known(Set.of("evidenceId", "requestId", "party", "category", "submittedAt", "text", "logistics",
                    "payment", "attachments", "assessment", "assessmentNote", "assessedBy", "assessedAt"));
            String id = unique(e, "evidenceId", ids);
            String requestId = e.text("requestId", ID, false);
            if (requestId != null && !requestIds.contains(requestId)) {
                problems.error(e.at("requestId"), "must name an evidence request of this case (was \"" + requestId
                        + "\")");
            }
            Fields logistics = e.object("logistics", false);
            Fields payment = e.object("payment", false);
            Assessment assessment = e.has("assessment") ? e.oneOf("assessment", Assessment.class, false)
                    : Assessment.UNREVIEWED;
            out.add(new EvidenceItem(id, requestId, e.oneOf("party", Party.class, true),
                    e.oneOf("category", EvidenceCategory.class, true), e.time("submittedAt", true),
                    e.text("text", TEXT, false), logistics == null ? null : logistics(logistics),
                    payment == null ? null : payment(payment), attachments(e, 20), assessment,
                    e.text("assessmentNote", TEXT, false), e.text("assessedBy", ID, false),
                    e.time("assessedAt", false)));
        }
        return out;
    }

    private Logistics logistics(Fields f) {
        f.known(Set.of("carrier", "trackingNumber"));
        return new Logistics(f.text("carrier", NAME, false), f.text("trackingNumber", ID, false));
    }

    private PaymentDetails payment(Fields f) {
        f.known(Set.of("refundNumber", "flowNumber", "transferNumber", "amount"));
        return new PaymentDetails(f.text("refundNumber", ID, false), f.text("flowNumber", ID, false),
                f.text("transferNumber", ID, false), track(f.money("amount", false), f.at("amount")));
    }

    private List<Attachment> attachments(Fields owner, int max) {
        List<Attachment> out = new ArrayList<>();
        for (Fields a : owner.objects("attachments", max, false)) {
            a.known(Set.of("attachmentId", "fileName", "mediaType", "size", "sha256", "data", "path", "url"));
            String id = a.text("attachmentId", ID, true);
            if (id != null) {
                String first = attachmentIds.putIfAbsent(id, a.at("attachmentId"));
                if (first != null) {
                    problems.error(a.at("attachmentId"), "must be unique in the case (\"" + id + "\" is also at "
                            + first + ")");
                }
            }
            String fileName = a.text("fileName", 255, true);
            if (fileName != null && (fileName.contains("/") || fileName.contains("\\"))) {
                problems.error(a.at("fileName"), "must be a file name without folders (was \"" + fileName + "\")");
            }
            String mediaType = a.text("mediaType", 255, true);
            if (a.has("url") && !a.has("sha256") && !a.has("data") && !a.has("path")) {
                // an evidence reference: the platform's URL of a file not retrieved (never fetched here)
                String url = a.matching("url", URL, "an https:// URL", true);
                out.add(Attachment.reference(id, fileName, mediaType, url));
                continue;
            }
            Long size = a.integer("size", 0, true);
            String sha = a.matching("sha256", SHA256, "64 lower-case hexadecimal digits", true);
            boolean hasData = a.has("data");
            boolean hasPath = a.has("path");
            String data = hasData ? a.text("data", Integer.MAX_VALUE, false) : null;
            String path = hasPath ? a.text("path", 1024, false) : null;
            if (hasData == hasPath) {
                problems.error(a.pointer, hasData ? "must have either data or path, not both"
                        : "must have data (base64) or a path (or, for a file not retrieved, only its url)");
            } else if (path != null) {
                String problem = BundleSource.pathProblem(path);
                if (problem != null) {
                    problems.error(a.at("path"), problem);
                    path = null;
                }
            }
            Attachment value = new Attachment(id, fileName, mediaType, size == null ? 0 : size, sha);
            out.add(value);
            if (sha != null && size != null && (data != null || path != null)) {
                attachments.add(new AttachmentRef(a.pointer, value, path, data));
            }
        }
        return out;
    }

    private Ruling ruling(Fields f) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("rulingId", "responsibility", "remedy", "amount", "basis", "citedEvidence", "rationale",
                "decidedOnCollectedEvidence", "obligations", "measures", "proposedBy", "proposedAt", "issuedBy",
                "issuedAt", "returnedBy", "returnedAt", "returnComment"));
        List<Obligation> obligations = new ArrayList<>();
        for (Fields o : f.objects("obligations", Integer.MAX_VALUE, false)) {
            o.known(Set.of("party", "action", "dueAt"));
            obligations.add(new Obligation(o.oneOf("party", Party.class, true), o.text("action", ID, true),
                    o.time("dueAt", true)));
        }
        Boolean collected = f.bool("decidedOnCollectedEvidence");
        return new Ruling(f.text("rulingId", ID, false), f.oneOf("responsibility", Responsibility.class, true),
                f.oneOf("remedy", Remedy.class, true), track(f.money("amount", false), f.at("amount")),
                f.strings("basis", ID), f.strings("citedEvidence", ID), f.text("rationale", 4000, false),
                collected != null && collected, obligations, f.enums("measures", Measure.class, false),
                f.text("proposedBy", ID, false), f.time("proposedAt", false), f.text("issuedBy", ID, false),
                f.time("issuedAt", false), f.text("returnedBy", ID, false), f.time("returnedAt", false),
                f.text("returnComment", TEXT, false));
    }

    private Fulfilment fulfilment(Fields f) {
        if (f == null) {
            return null;
        }
        f.known(Set.of("dueAt", "proofs", "verification"));
        List<FulfilmentProof> proofs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields p : f.objects("proofs", Integer.MAX_VALUE, false)) {
            p.known(Set.of("proofId", "type", "submittedAt", "refundNumber", "flowNumber", "transferNumber",
                    "carrier", "trackingNumber", "amount", "attachments"));
            proofs.add(new FulfilmentProof(unique(p, "proofId", ids), p.oneOf("type", ProofType.class, true),
                    p.time("submittedAt", true), p.text("refundNumber", ID, false), p.text("flowNumber", ID, false),
                    p.text("transferNumber", ID, false), p.text("carrier", NAME, false),
                    p.text("trackingNumber", ID, false), track(p.money("amount", false), p.at("amount")),
                    attachments(p, 20)));
        }
        Fields v = f.object("verification", false);
        Verification verification = null;
        if (v != null) {
            v.known(Set.of("status", "by", "at", "note"));
            verification = new Verification(v.oneOf("status", VerificationStatus.class, true), v.text("by", ID, false),
                    v.time("at", false), v.text("note", TEXT, false));
        }
        return new Fulfilment(f.time("dueAt", false), proofs, verification);
    }

    private TrainingInfo training(Fields f) {
        Fields t = f.object("training", false);
        if (t == null) {
            if (purpose == WorkspaceKind.TRAINING) {
                problems.error(f.at("training"), "is required in a TRAINING bundle (the reference ruling to score "
                        + "against)");
            }
            return null;
        }
        if (purpose == WorkspaceKind.LIVE) {
            problems.error(t.pointer, "is only allowed in TRAINING bundles");
            return null;
        }
        t.known(Set.of("referenceRuling", "difficulty", "notes", "tags"));
        return new TrainingInfo(ruling(t.object("referenceRuling", true)), t.oneOf("difficulty", Difficulty.class, false),
                t.text("notes", 4000, false), t.strings("tags", ID));
    }

    /** The console's own work on the case, as a full export carries it. */
    private void local(Fields l, DisputeCase.Builder b) {
        l.known(Set.of("assignee", "notes", "flags", "stateBeforeAppeal", "closeReasonBeforeAppeal",
                "proofRejections"));
        List<InternalNote> notes = new ArrayList<>();
        for (Fields n : l.objects("notes", Integer.MAX_VALUE, false)) {
            n.known(Set.of("noteId", "author", "at", "text"));
            notes.add(new InternalNote(n.text("noteId", 128, true), n.text("author", ID, true), n.time("at", true),
                    n.text("text", 4000, true)));
        }
        Long rejections = l.has("proofRejections") ? l.integer("proofRejections", 0, Integer.MAX_VALUE, false)
                : Long.valueOf(0);
        b.assignee(l.text("assignee", ID, false)).notes(notes)
                .flags(flags(l.enums("flags", CaseFlag.class, false)))
                .stateBeforeAppeal(l.oneOf("stateBeforeAppeal", CaseState.class, false))
                .closeReasonBeforeAppeal(l.oneOf("closeReasonBeforeAppeal", CloseReason.class, false))
                .proofRejections(rejections == null ? 0 : rejections.intValue());
    }

    private static Set<CaseFlag> flags(List<CaseFlag> flags) {
        return flags.isEmpty() ? EnumSet.noneOf(CaseFlag.class) : EnumSet.copyOf(flags);
    }

    private String unique(Fields f, String member, Set<String> seen) {
        String id = f.text(member, ID, true);
        if (id != null && !seen.add(id)) {
            problems.error(f.at(member), "must be unique in the case (\"" + id + "\" appears twice)");
        }
        return id;
    }

    private Money track(Money m, String pointer) {
        if (m != null) {
            amounts.add(m);
            amountPointers.add(pointer);
        }
        return m;
    }

    /** All amounts of one case share the order's currency. */
    private void checkCurrencies(Order order) {
        if (order == null || order.amount() == null) {
            return;
        }
        String currency = order.amount().currency();
        for (int i = 0; i < amounts.size(); i++) {
            if (!amounts.get(i).currency().equals(currency)) {
                problems.error(amountPointers.get(i) + "/currency", "must be " + currency
                        + ", the currency of the order (was \"" + amounts.get(i).currency() + "\")");
            }
        }
    }
}
