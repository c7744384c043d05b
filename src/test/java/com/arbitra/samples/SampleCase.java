package com.arbitra.samples;

import com.arbitra.domain.CaseState;
import com.arbitra.domain.Channel;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.Measure;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.NotificationStatus;
import com.arbitra.domain.Party;
import com.arbitra.domain.ProblemType;
import com.arbitra.domain.ProofType;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.RequestStatus;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.TimelineActor;
import com.arbitra.domain.VerificationStatus;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One case of the sample bundle while it is being put together: the platform's view of a dispute, written
 * out as case-bundle v1 JSON with its members in the order of the spec. Attachments are written to the
 * case's folder as they are added, and referenced by relative path with their size and SHA-256.
 * Times are given as "MM-dd HH:mm[:ss]" in November 2026, China Standard Time.
 */
final class SampleCase {

    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final String caseId;
    final Lang lang;
    private final int number;
    private final Path folder;
    private final String relativeFolder;
    private final Set<String> fileNames = new HashSet<>();

    private Channel channel = Channel.MINI_PROGRAM_REPORT;
    private ObjectNode miniProgram;
    private ObjectNode merchant;
    private ObjectNode consumer;
    private ObjectNode order;
    private ObjectNode complaint;
    private CaseState state;
    private CloseReason closeReason;
    private String stateSince;
    private String dueAt;
    private ObjectNode intervention;
    private final List<ObjectNode> timeline = new ArrayList<>();
    private final List<ObjectNode> requests = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private Ruling ruling;
    private Fulfilment fulfilment;
    private String currency;
    private int attachments;

    /** A case numbered like the platform's, MP-2026-0000101, whose files go to {@code bundleDir/files/<id>/}. */
    SampleCase(Path bundleDir, int number, Lang lang) {
        this.number = number;
        this.lang = lang;
        this.caseId = String.format("MP-2026-%07d", number);
        this.relativeFolder = "files/" + caseId + "/";
        this.folder = bundleDir.resolve("files").resolve(caseId);
    }

    // ---------------------------------------------------------------- time and money

    /** "11-19 09:30" → the RFC 3339 form of that minute in November 2026, +08:00. */
    static String at(String shortForm) {
        return time(shortForm).format(RFC3339);
    }

    static OffsetDateTime time(String shortForm) {
        return LocalDateTime.parse("2026-" + shortForm, SHORT).atOffset(CST);
    }

    ObjectNode money(long minorUnits) {
        if (currency == null) {
            throw new IllegalStateException("set the order (and its currency) first");
        }
        return JSON.objectNode().put("value", minorUnits).put("currency", currency);
    }

    // ---------------------------------------------------------------- parties, order, complaint

    SampleCase channel(Channel c) {
        channel = c;
        return this;
    }

    SampleCase miniProgram(String name) {
        miniProgram = JSON.objectNode().put("appId", "wx" + hex("app:" + name).substring(0, 16)).put("name", name);
        return this;
    }

    SampleCase merchant(String merchantId, String name, String email, String phone) {
        merchant = JSON.objectNode().put("merchantId", merchantId).put("name", name);
        if (email != null) {
            merchant.put("email", email);
        }
        if (phone != null) {
            merchant.put("phone", phone);
        }
        return this;
    }

    /** The consumer with an openid-like id derived from the case, so it is stable from run to run. */
    SampleCase consumer(String nickname, String phoneMasked) {
        byte[] digest = sha256(("consumer:" + caseId + ":" + nickname).getBytes(StandardCharsets.UTF_8));
        String openId = "oUpF8u" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        consumer = JSON.objectNode().put("consumerId", openId).put("nickname", nickname).put("phoneMasked", phoneMasked);
        return this;
    }

    /** The order; its amount's currency becomes the case's. transactionId (28 digits) follows the paid date. */
    SampleCase order(String outTradeNo, String productName, long amount, String currency, String paidAt) {
        this.currency = currency;
        String day = time(paidAt).format(DAY);
        String transactionId = "42000" + String.format("%05d", (number * 7919) % 100000) + day
                + String.format("%010d", Math.floorMod(number * 2654435761L, 10_000_000_000L));
        order = JSON.objectNode();
        order.put("transactionId", transactionId).put("outTradeNo", outTradeNo).put("productName", productName);
        order.set("amount", money(amount));
        order.put("paidAt", at(paidAt));
        return this;
    }

    String transactionId() {
        return order.get("transactionId").asText();
    }

    String outTradeNo() {
        return order.get("outTradeNo").asText();
    }

    /** The complaint; requestedRefund may be null (no refund asked for). complaintId (27 digits) follows it. */
    SampleCase complaint(String filedAt, String category, ProblemType type, String description, Long requestedRefund,
                         int complaintCount, String... userTags) {
        complaint = JSON.objectNode();
        complaint.put("filedAt", at(filedAt)).put("category", category).put("problemType", type.name())
                .put("description", description);
        if (requestedRefund != null) {
            complaint.set("requestedRefund", money(requestedRefund));
        }
        complaint.put("complaintCount", complaintCount);
        ArrayNode tags = complaint.putArray("userTags");
        for (String t : userTags) {
            tags.add(t);
        }
        return this;
    }

    String complaintId() {
        String day = OffsetDateTime.parse(complaint.get("filedAt").asText()).format(DAY);
        return "2000000" + day + String.format("%012d", Math.floorMod(number * 40503L * 1_000_003L, 1_000_000_000_000L));
    }

    // ---------------------------------------------------------------- state

    SampleCase state(CaseState s, String since, String due) {
        state = s;
        stateSince = at(since);
        dueAt = due == null ? null : at(due);
        return this;
    }

    SampleCase closed(CloseReason reason, String since) {
        state = CaseState.CLOSED;
        closeReason = reason;
        stateSince = at(since);
        dueAt = null;
        return this;
    }

    SampleCase intervention(String requestedAt, InterventionTrigger trigger, String reason) {
        intervention = JSON.objectNode().put("requestedAt", at(requestedAt)).put("trigger", trigger.name())
                .put("reason", reason);
        return this;
    }

    // ---------------------------------------------------------------- timeline

    /** Adds a timeline event; returns its id. */
    String event(String time, TimelineActor actor, String type, String text, ObjectNode... files) {
        String id = "ev-" + (timeline.size() + 1);
        ObjectNode e = JSON.objectNode().put("eventId", id).put("at", at(time)).put("actor", actor.name())
                .put("type", type).put("text", text);
        if (files.length > 0) {
            e.set("attachments", array(List.of(files)));
        }
        timeline.add(e);
        return id;
    }

    // ---------------------------------------------------------------- evidence requests

    static ObjectNode notice(NotificationChannel channel, String sentAt, NotificationStatus status) {
        return JSON.objectNode().put("channel", channel.name()).put("sentAt", at(sentAt)).put("status", status.name());
    }

    /** Adds an evidence request; returns its id. */
    String request(Party party, List<EvidenceCategory> categories, String instructions, String requestedAt,
                   String due, RequestStatus status, ObjectNode... notifications) {
        String id = "rq-" + (requests.size() + 1);
        ObjectNode r = JSON.objectNode().put("requestId", id).put("party", party.name());
        ArrayNode cats = r.putArray("categories");
        categories.forEach(c -> cats.add(c.name()));
        r.put("instructions", instructions).put("requestedAt", at(requestedAt)).put("dueAt", at(due))
                .put("status", status.name());
        r.set("notifications", array(List.of(notifications)));
        requests.add(r);
        return id;
    }

    // ---------------------------------------------------------------- evidence

    /** A piece of evidence; logistics and payment details are optional. */
    final class Evidence {
        final String id;
        private final String requestId;
        private final Party party;
        private final EvidenceCategory category;
        private final String submittedAt;
        private final String text;
        private final List<ObjectNode> files;
        private ObjectNode logistics;
        private ObjectNode payment;

        private Evidence(String requestId, Party party, EvidenceCategory category, String submittedAt, String text,
                         List<ObjectNode> files) {
            this.id = "e-" + (evidence.size() + 1);
            this.requestId = requestId;
            this.party = party;
            this.category = category;
            this.submittedAt = at(submittedAt);
            this.text = text;
            this.files = files;
        }

        Evidence logistics(String carrier, String trackingNumber) {
            logistics = JSON.objectNode().put("carrier", carrier).put("trackingNumber", trackingNumber);
            return this;
        }

        /** Payment details; any number may be null, the amount is in the case's currency. */
        Evidence payment(String refundNumber, String flowNumber, String transferNumber, long amount) {
            payment = JSON.objectNode();
            putIf(payment, "refundNumber", refundNumber);
            putIf(payment, "flowNumber", flowNumber);
            putIf(payment, "transferNumber", transferNumber);
            payment.set("amount", money(amount));
            return this;
        }

        private ObjectNode json() {
            ObjectNode e = JSON.objectNode().put("evidenceId", id);
            putIf(e, "requestId", requestId);
            e.put("party", party.name()).put("category", category.name()).put("submittedAt", submittedAt)
                    .put("text", text);
            if (logistics != null) {
                e.set("logistics", logistics);
            }
            if (payment != null) {
                e.set("payment", payment);
            }
            e.set("attachments", array(files));
            return e;
        }
    }

    /** Adds evidence (answering a request, or on the party's own initiative when requestId is null). */
    Evidence evidence(String requestId, Party party, EvidenceCategory category, String submittedAt, String text,
                      ObjectNode... files) {
        Evidence e = new Evidence(requestId, party, category, submittedAt, text, List.of(files));
        evidence.add(e);
        return e;
    }

    // ---------------------------------------------------------------- ruling

    /** A ruling, proposed and perhaps issued. */
    final class Ruling {
        private final String id;
        private final Responsibility responsibility;
        private final Remedy remedy;
        private Long amount;
        private List<String> basis = List.of();
        private List<String> cited = List.of();
        private String rationale;
        private boolean onCollectedEvidence;
        private final ArrayNode obligations = JSON.arrayNode();
        private List<Measure> measures = List.of();
        private String proposedBy;
        private String proposedAt;
        private String issuedBy;
        private String issuedAt;

        private Ruling(Responsibility responsibility, Remedy remedy) {
            this.id = "r-" + hex("ruling:" + caseId).substring(0, 4);
            this.responsibility = responsibility;
            this.remedy = remedy;
        }

        Ruling amount(long minorUnits) {
            amount = minorUnits;
            return this;
        }

        Ruling basis(String... clauses) {
            basis = List.of(clauses);
            return this;
        }

        Ruling cites(Evidence... items) {
            List<String> ids = new ArrayList<>();
            for (Evidence e : items) {
                ids.add(e.id);
            }
            cited = ids;
            return this;
        }

        Ruling rationale(String text) {
            rationale = text;
            return this;
        }

        Ruling decidedOnCollectedEvidence() {
            onCollectedEvidence = true;
            return this;
        }

        Ruling obligation(Party party, String action, String due) {
            obligations.add(JSON.objectNode().put("party", party.name()).put("action", action).put("dueAt", at(due)));
            return this;
        }

        Ruling measures(Measure... m) {
            measures = List.of(m);
            return this;
        }

        Ruling proposed(String by, String time) {
            proposedBy = by;
            proposedAt = at(time);
            return this;
        }

        Ruling issued(String by, String time) {
            issuedBy = by;
            issuedAt = at(time);
            return this;
        }

        private ObjectNode json() {
            ObjectNode r = JSON.objectNode().put("rulingId", id).put("responsibility", responsibility.name())
                    .put("remedy", remedy.name());
            if (amount != null) {
                r.set("amount", money(amount));
            }
            ArrayNode b = r.putArray("basis");
            basis.forEach(b::add);
            ArrayNode c = r.putArray("citedEvidence");
            cited.forEach(c::add);
            r.put("rationale", rationale).put("decidedOnCollectedEvidence", onCollectedEvidence);
            r.set("obligations", obligations);
            ArrayNode m = r.putArray("measures");
            measures.forEach(x -> m.add(x.name()));
            r.put("proposedBy", proposedBy).put("proposedAt", proposedAt);
            if (issuedAt != null) {
                r.put("issuedBy", issuedBy).put("issuedAt", issuedAt);
            }
            return r;
        }
    }

    Ruling ruling(Responsibility responsibility, Remedy remedy) {
        ruling = new Ruling(responsibility, remedy);
        return ruling;
    }

    // ---------------------------------------------------------------- fulfilment

    /** The merchant's fulfilment: a deadline, the proofs it uploaded, the agent's verification. */
    final class Fulfilment {
        private final String dueAt;
        private final ArrayNode proofs = JSON.arrayNode();
        private ObjectNode verification;

        private Fulfilment(String dueAt) {
            this.dueAt = at(dueAt);
        }

        /** A proof; numbers not given are null; amount in the case's currency, or null. */
        Fulfilment proof(ProofType type, String submittedAt, String refundNumber, String flowNumber,
                         String transferNumber, String carrier, String trackingNumber, Long amount,
                         ObjectNode... files) {
            ObjectNode p = JSON.objectNode().put("proofId", "p-" + (proofs.size() + 1)).put("type", type.name())
                    .put("submittedAt", at(submittedAt));
            putIf(p, "refundNumber", refundNumber);
            putIf(p, "flowNumber", flowNumber);
            putIf(p, "transferNumber", transferNumber);
            putIf(p, "carrier", carrier);
            putIf(p, "trackingNumber", trackingNumber);
            if (amount != null) {
                p.set("amount", money(amount));
            }
            if (files.length > 0) {
                p.set("attachments", array(List.of(files)));
            }
            proofs.add(p);
            return this;
        }

        Fulfilment verification(VerificationStatus status, String by, String time, String note) {
            verification = JSON.objectNode().put("status", status.name()).put("by", by).put("at", at(time))
                    .put("note", note);
            return this;
        }

        private ObjectNode json() {
            ObjectNode f = JSON.objectNode().put("dueAt", dueAt);
            f.set("proofs", proofs);
            if (verification != null) {
                f.set("verification", verification);
            }
            return f;
        }
    }

    Fulfilment fulfilment(String due) {
        fulfilment = new Fulfilment(due);
        return fulfilment;
    }

    // ---------------------------------------------------------------- attachments

    ObjectNode png(String fileName, byte[] bytes) {
        return file(fileName, "image/png", bytes);
    }

    ObjectNode jpeg(String fileName, byte[] bytes) {
        return file(fileName, "image/jpeg", bytes);
    }

    ObjectNode pdf(String fileName, byte[] bytes) {
        return file(fileName, "application/pdf", bytes);
    }

    /** A plain-text attachment, UTF-8 with "\n" line ends. */
    ObjectNode text(String fileName, String content) {
        return file(fileName, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode file(String fileName, String mediaType, byte[] bytes) {
        if (!fileNames.add(fileName)) {
            throw new IllegalArgumentException(caseId + " already has a file " + fileName);
        }
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attachments++;
        return JSON.objectNode().put("attachmentId", "a-" + attachments).put("fileName", fileName)
                .put("mediaType", mediaType).put("size", bytes.length)
                .put("sha256", HexFormat.of().formatHex(sha256(bytes))).put("path", relativeFolder + fileName);
    }

    // ---------------------------------------------------------------- JSON

    ObjectNode json() {
        ObjectNode c = JSON.objectNode();
        c.put("caseId", caseId);
        c.put("revision", timeline.size());
        c.put("complaintId", complaintId());
        c.put("channel", channel.name());
        c.set("miniProgram", miniProgram);
        c.set("merchant", merchant);
        c.set("consumer", consumer);
        c.set("order", order);
        c.set("complaint", complaint);
        c.put("state", state.name());
        putIf(c, "closeReason", closeReason == null ? null : closeReason.name());
        c.put("stateSince", stateSince);
        putIf(c, "dueAt", dueAt);
        if (intervention != null) {
            c.set("intervention", intervention);
        }
        c.set("timeline", array(timeline));
        c.set("evidenceRequests", array(requests));
        ArrayNode ev = c.putArray("evidence");
        evidence.forEach(e -> ev.add(e.json()));
        c.set("ruling", ruling == null ? JSON.nullNode() : ruling.json());
        c.set("fulfilment", fulfilment == null ? JSON.nullNode() : fulfilment.json());
        c.set("training", JSON.nullNode());
        return c;
    }

    private static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode a = JSON.arrayNode();
        nodes.forEach(a::add);
        return a;
    }

    private static void putIf(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(sha256(s.getBytes(StandardCharsets.UTF_8)));
    }
}
