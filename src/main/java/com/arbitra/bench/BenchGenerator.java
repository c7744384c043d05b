package com.arbitra.bench;

import com.arbitra.bundle.BundleReader;
import com.arbitra.bundle.CaseWriter;
import com.arbitra.bundle.Importer;

import com.arbitra.store.AtomicFiles;
import com.arbitra.domain.Attachment;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Channel;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.Consumer;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Fulfilment;
import com.arbitra.domain.FulfilmentProof;
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
import com.arbitra.domain.ProblemType;
import com.arbitra.domain.ProofType;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.RequestStatus;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TimelineActor;
import com.arbitra.domain.TimelineEvent;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes a deterministic synthetic live bundle of realistic cases (varied states, languages and
 * evidence), one case at a time, for tests and benchmarks. The same seed gives the same bytes.
 */
public final class BenchGenerator {

    private static final Instant BASE = Instant.parse("2026-11-20T02:00:00Z");
    private static final CaseState[] STATES = {CaseState.INTERVENTION_REQUESTED, CaseState.INTERVENTION_REQUESTED,
        CaseState.INTERVENTION_REQUESTED, CaseState.UNDER_REVIEW, CaseState.AWAITING_EVIDENCE,
        CaseState.AWAITING_EVIDENCE, CaseState.PENDING_APPROVAL, CaseState.AWAITING_RETURN,
        CaseState.AWAITING_FULFILMENT, CaseState.VERIFYING_FULFILMENT, CaseState.FULFILMENT_OVERDUE,
        CaseState.APPEALED, CaseState.NEGOTIATION, CaseState.CLOSED, CaseState.CLOSED};
    private static final String[][] PRODUCTS = {
        {"保湿精华 50ml", "收到的商品与描述不符，包装已拆封。", "请上传与用户的沟通记录及物流单号"},
        {"蓝牙耳机 Pro", "耳机左侧无声音，商家不同意退货。", "请提供商品质检报告"},
        {"Crema hidratante 200 ml", "El producto llegó abierto y con la fecha vencida.", "Suba el registro de envío"},
        {"Zapatillas de running", "Me enviaron una talla distinta y no responden.", "Suba las fotos del producto"},
        {"Wireless charger", "The charger stopped working after two days.", "Upload the chat with the buyer"},
        {"Yoga mat", "Paid for express shipping, the parcel never arrived.", "Upload the courier's tracking"},
    };
    private static final String[] MERCHANTS = {"广州某某商贸有限公司", "深圳优品电子科技", "Tienda Sol y Mar S.L.",
        "Moda Andina MX", "Bright Home Goods Ltd", "杭州青禾美妆旗舰店"};
    private static final String[] CURRENCIES = {"CNY", "CNY", "MXN", "EUR", "USD", "CNY"};

    private final long seed;
    private final boolean attachments;
    /** The moment the cases are a snapshot of: filed before it, open deadlines mostly after it. */
    private final Instant base;

    public BenchGenerator(long seed, boolean attachments) {
        this(seed, attachments, BASE);
    }

    /** Cases as of {@code base} (the same seed and base give the same cases). */
    public BenchGenerator(long seed, boolean attachments, Instant base) {
        this.seed = seed;
        this.attachments = attachments;
        this.base = base;
    }

    /** Writes {@code count} cases to {@code out} (renamed into place when complete). */
    public void write(Path out, long count, LongConsumer progress) throws IOException {
        AtomicFiles.write(out, os -> writeBundle(os, count, progress));
    }

    /**
     * Puts {@code count} generated cases straight into a workspace (no bundle, no validation), in
     * transactions of 10,000: how the benchmarks build large workspaces quickly.
     */
    public void fill(com.arbitra.store.Workspace workspace, long count, LongConsumer progress) {
        Instant now = Instant.now();
        for (long from = 0; from < count; from += 10_000) {
            long start = from;
            long end = Math.min(count, from + 10_000);
            com.arbitra.store.ImportTransaction.run(workspace, tx -> {
                for (long i = start; i < end; i++) {
                    DisputeCase c = generate(i);
                    tx.insert(c.toBuilder().updatedBy("bench").updatedAt(now).build(), c.state().name(), null);
                    if ((i + 1) % 500 == 0) {
                        tx.flush();
                    }
                }
                return null;
            });
            progress.accept(end);
        }
    }

    private void writeBundle(OutputStream os, long count, LongConsumer progress) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("format", "case-bundle");
            g.writeNumberField("formatVersion", BundleReader.FORMAT_VERSION);
            g.writeStringField("bundleId", "bench-" + seed + "-" + count + (attachments ? "-a" : ""));
            g.writeStringField("createdAt", base.toString());
            g.writeStringField("producer", "platform");
            g.writeStringField("purpose", "LIVE");
            g.writeArrayFieldStart("cases");
            CaseWriter writer = new CaseWriter(g, this::inline, false);
            for (long i = 0; i < count; i++) {
                writer.write(generate(i));
                if ((i + 1) % 10_000 == 0) {
                    progress.accept(i + 1);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private final Map<String, byte[]> files = new HashMap<>();

    private void inline(JsonGenerator g, Attachment a) throws IOException {
        g.writeStringField("data", Base64.getEncoder().encodeToString(files.remove(a.sha256())));
    }

    /** Case number {@code i}: the same for the same seed, whatever else was generated. */
    DisputeCase generate(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        int kind = r.nextInt(PRODUCTS.length);
        String currency = CURRENCIES[kind];
        long paid = 500 + r.nextInt(200_000);
        Money amount = Money.of(paid, currency);
        CaseState state = STATES[r.nextInt(STATES.length)];
        Instant filed = base.minus(Duration.ofMinutes(r.nextInt(60 * 24 * 10)));
        Instant intervened = filed.plus(Duration.ofHours(1 + r.nextInt(30)));
        Instant requested = intervened.plus(Duration.ofHours(2));
        Duration window = deadlineWindow(state);
        if (window != null) {
            // a platform's snapshot: a deadline the case still waits on lies ahead, within its window;
            // one case in fifty has just passed it (the console moves those on when it starts)
            long ahead = r.nextInt(50) == 0 ? -1 - r.nextInt(12 * 60) : 1 + r.nextInt((int) window.toMinutes());
            requested = base.plus(Duration.ofMinutes(ahead)).minus(window);
            intervened = requested.minus(Duration.ofHours(2));
            filed = intervened.minus(Duration.ofHours(1 + r.nextInt(30)));
        }
        String caseId = String.format("BN-%d-%09d", seed, i);
        int merchant = r.nextInt(2000);

        List<EvidenceRequest> requests = new ArrayList<>();
        List<EvidenceItem> evidence = new ArrayList<>();
        boolean open = state == CaseState.AWAITING_EVIDENCE;
        requests.add(new EvidenceRequest("rq-1", Party.MERCHANT, List.of(EvidenceCategory.COMMUNICATION_RECORD,
                EvidenceCategory.LOGISTICS), PRODUCTS[kind][2], requested, requested.plus(Duration.ofHours(48)),
                open ? RequestStatus.OPEN : RequestStatus.ANSWERED,
                List.of(new Notification(NotificationChannel.SMS, requested, NotificationStatus.DELIVERED),
                        new Notification(NotificationChannel.IN_APP, requested, NotificationStatus.SENT))));
        List<Attachment> files1 = attachments ? List.of(file(caseId, "chat-1.txt", PRODUCTS[kind][1], r))
                : List.of();
        evidence.add(new EvidenceItem("e-1", "rq-1", Party.MERCHANT, EvidenceCategory.LOGISTICS,
                requested.plus(Duration.ofHours(5)), "SF" + (1_000_000_000L + r.nextInt(999_999_999)),
                new Logistics("SF Express", "SF" + (1_000_000_000_000L + i)), null, files1, null, null, null, null));
        evidence.add(new EvidenceItem("e-2", null, Party.CONSUMER, EvidenceCategory.PRODUCT_CONDITION,
                intervened.plus(Duration.ofMinutes(30)), PRODUCTS[kind][1], null, null, List.of(), null, null, null,
                null));

        DisputeCase.Builder b = DisputeCase.builder().caseId(caseId).revision(1 + r.nextInt(3))
                .complaintId(String.format("2000000%020d", i)).channel(Channel.MINI_PROGRAM_REPORT)
                .miniProgram(new MiniProgram(String.format("wx%016x", merchant), MERCHANTS[kind]))
                .merchant(new Merchant(String.valueOf(1_900_000_000L + merchant), MERCHANTS[kind] + " #" + merchant,
                        null, null))
                .consumer(new Consumer(String.format("oUpF%024d", r.nextInt(1_000_000_000)), "user" + r.nextInt(9999),
                        "1" + (30 + r.nextInt(60)) + "****" + String.format("%04d", r.nextInt(10_000))))
                .order(new Order(String.format("42%026d", i), "WS" + i, PRODUCTS[kind][0], amount,
                        filed.minus(Duration.ofDays(2))))
                .complaint(new Complaint(filed, "GOODS_NOT_AS_DESCRIBED", ProblemType.values()[r.nextInt(3)],
                        PRODUCTS[kind][1], amount, 1 + (r.nextInt(10) == 0 ? 1 : 0),
                        r.nextInt(8) == 0 ? List.of("HIGH_RISK") : List.of()))
                .intervention(new Intervention(intervened, InterventionTrigger.values()[r.nextInt(3)], "无法协商"))
                .timeline(List.of(new TimelineEvent("ev-1", filed, TimelineActor.CONSUMER, "USER_CREATE_COMPLAINT",
                                PRODUCTS[kind][1], List.of()),
                        new TimelineEvent("ev-2", intervened, TimelineActor.CONSUMER,
                                "USER_APPLY_PLATFORM_INTERVENTION", null, List.of())))
                .evidenceRequests(requests).evidence(evidence)
                .state(state).stateSince(intervened).dueAt(due(state, requested, intervened));
        if (state == CaseState.CLOSED) {
            b.closeReason(CloseReason.values()[r.nextInt(CloseReason.values().length)]);
        }
        Instant decided = requested.plus(Duration.ofHours(60));
        Ruling ruling = new Ruling("r-" + i, Responsibility.MERCHANT, Remedy.FULL_REFUND, amount,
                List.of("GOODS_NOT_AS_DESCRIBED"), List.of("e-1"), "商家未能提供有效凭证，判定商家全额退款。",
                false, List.of(new Obligation(Party.MERCHANT, "REFUND", decided.plus(Duration.ofHours(48)))),
                List.of(Measure.WARNING), "agent" + r.nextInt(20), decided, null, null, null, null, null);
        switch (state) {
            case PENDING_APPROVAL -> b.ruling(ruling);
            case AWAITING_RETURN, AWAITING_FULFILMENT, FULFILMENT_OVERDUE, APPEALED, VERIFYING_FULFILMENT ->
                    b.ruling(ruling.issued("supervisor" + r.nextInt(5), decided.plus(Duration.ofHours(1))));
            default -> { }
        }
        if (state == CaseState.VERIFYING_FULFILMENT) {
            b.fulfilment(new Fulfilment(decided.plus(Duration.ofHours(49)), List.of(new FulfilmentProof("p-1",
                    ProofType.PAYMENT_REFUND, decided.plus(Duration.ofHours(20)), "RF" + i, null, null, null, null,
                    amount, List.of())), null));
        }
        return b.build();
    }

    private static Instant due(CaseState state, Instant requested, Instant intervened) {
        Duration window = deadlineWindow(state);
        return window != null ? requested.plus(window)
                : state == CaseState.INTERVENTION_REQUESTED ? intervened.plus(Duration.ofHours(24)) : null;
    }

    /** How long a case waits in a state whose deadline the console enforces, from the request. */
    private static Duration deadlineWindow(CaseState state) {
        return switch (state) {
            case AWAITING_EVIDENCE -> Duration.ofHours(48);
            case AWAITING_FULFILMENT -> Duration.ofHours(110);
            case AWAITING_RETURN -> Duration.ofDays(9);
            default -> null;
        };
    }

    private Attachment file(String caseId, String name, String text, SplittableRandom r) {
        byte[] bytes = (caseId + "\n" + text + "\n" + r.nextLong()).getBytes(StandardCharsets.UTF_8);
        String sha = Importer.sha256(bytes);
        files.put(sha, bytes);
        return new Attachment("a-1", name, "text/plain", bytes.length, sha);
    }
}
