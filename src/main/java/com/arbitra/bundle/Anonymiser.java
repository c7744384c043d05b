package com.arbitra.bundle;

import com.arbitra.domain.Assessment;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.Consumer;
import com.arbitra.domain.Difficulty;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.Intervention;
import com.arbitra.domain.Logistics;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.MiniProgram;
import com.arbitra.domain.Order;
import com.arbitra.domain.PaymentDetails;
import com.arbitra.domain.Refusal;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.domain.TrainingInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns closed live cases into training cases without personal data. One anonymiser is one run: the
 * same source value always gets the same pseudonym within it (a merchant with two cases stays one
 * merchant), and every value it replaced is also replaced wherever it appears in free text.
 *
 * <ul>
 *   <li>consumer and merchant names and ids, mini-program names and app ids, e-mails: pseudonyms
 *       ({@code Merchant M1}, {@code m1@merchant.example}, {@code Consumer C1}, …);</li>
 *   <li>case, complaint, transaction, out-trade, tracking, refund, flow and transfer numbers: new ones;</li>
 *   <li>the masked phone: {@code *******0001}; the merchant's phone is dropped;</li>
 *   <li>free text (complaint, intervention reason, timeline, requests, evidence, the ruling's
 *       rationale): the replaced values, then any e-mail, phone number (7 or more digits, or a masked
 *       one) and id (6 or more digits, or letters and digits mixed with at least 6 digits) that is
 *       left, each as {@code [email]}, {@code [phone]}, {@code [id]};</li>
 *   <li>attachments dropped, unless kept; notes, assessments, assignee, flags and the fulfilment
 *       dropped; timeline events from the ruling on dropped (they would give the answer away);</li>
 *   <li>the issued ruling becomes the reference ruling (who proposed and issued it removed), and the
 *       case waits for an agent again (INTERVENTION_REQUESTED).</li>
 * </ul>
 *
 * Names written freely in text that the case does not name elsewhere (a courier's name in a chat,
 * say) cannot be recognised; the trainer reads the result before sharing it.
 */
public final class Anonymiser {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern MASKED_PHONE = Pattern.compile("\\+?\\d[\\d -]{0,6}\\*{3,}[\\d -]{0,6}\\d?");
    static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()-]{5,}\\d");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    static final Pattern ID = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9_-]*\\d[A-Za-z0-9_-]*(?![A-Za-z0-9])");

    private final Random random;
    private final boolean keepAttachments;
    private final Map<String, String> merchants = new HashMap<>();
    private final Map<String, String> consumers = new HashMap<>();
    private final Map<String, String> apps = new HashMap<>();
    /** Every original value replaced so far and its replacement: applied to free text, longest first. */
    private final Map<String, String> replaced = new HashMap<>();
    private int caseCount;

    public Anonymiser(Random random, boolean keepAttachments) {
        this.random = random;
        this.keepAttachments = keepAttachments;
    }

    /**
     * A training case made from a closed case with an issued ruling.
     *
     * @throws RefusedException when the case is not closed or has no issued ruling
     */
    public DisputeCase anonymise(DisputeCase c, Difficulty difficulty, String trainerNotes) {
        Ruling issued = c.issuedRuling().orElse(null);
        if (c.state() != CaseState.CLOSED || issued == null) {
            throw new RefusedException(Refusal.of("refused.training.notClosed", "Case " + c.caseId() + " is "
                    + c.state() + (issued == null ? " without an issued ruling" : "") + ": only a closed case with "
                    + "an issued ruling makes a training case.", c.caseId(), c.state()));
        }
        // the identifying values first, so that free text can be scrubbed of all of them
        String caseId = remember(c.caseId(), String.format(Locale.ROOT, "TRN-%04d", ++caseCount));
        Merchant m = c.merchant();
        String merchantKey = merchants.computeIfAbsent(m.merchantId(), k -> "M" + (merchants.size() + 1));
        Merchant merchant = new Merchant(remember(m.merchantId(), "19" + digits(8)),
                remember(m.name(), "Merchant " + merchantKey),
                m.email() == null ? null : remember(m.email(), merchantKey.toLowerCase(Locale.ROOT)
                        + "@merchant.example"), null);
        remember(m.phone(), "[phone]");
        Consumer k = c.consumer();
        String consumerKey = consumers.computeIfAbsent(k.consumerId(), x -> "C" + (consumers.size() + 1));
        Consumer consumer = new Consumer(remember(k.consumerId(), "anon-" + consumerKey.toLowerCase(Locale.ROOT)
                + "-" + letters(20)), k.nickname() == null ? null : remember(k.nickname(), "Consumer " + consumerKey),
                k.phoneMasked() == null ? null : remember(k.phoneMasked(), "*******" + String.format(Locale.ROOT,
                        "%04d", Integer.parseInt(consumerKey.substring(1)) % 10000)));
        MiniProgram mini = null;
        if (c.miniProgram() != null) {
            MiniProgram p = c.miniProgram();
            String appKey = apps.computeIfAbsent(String.valueOf(p.appId()) + "|" + p.name(),
                    x -> "P" + (apps.size() + 1));
            mini = new MiniProgram(p.appId() == null ? null : remember(p.appId(), "wx" + hex(16)),
                    p.name() == null ? null : remember(p.name(), "Shop " + appKey));
        }
        Order o = c.order();
        Order order = new Order(remember(o.transactionId(), "42" + digits(26)),
                o.outTradeNo() == null ? null : remember(o.outTradeNo(), "ORD-" + digits(10)), o.productName(),
                o.amount(), o.paidAt());
        String complaintId = c.complaintId() == null ? null : remember(c.complaintId(), digits(27));
        for (EvidenceItem e : c.evidence()) {
            if (e.logistics() != null) {
                remember(e.logistics().trackingNumber(), "TRK" + digits(12));
            }
            if (e.payment() != null) {
                remember(e.payment().refundNumber(), "RF" + digits(16));
                remember(e.payment().flowNumber(), "FL" + digits(16));
                remember(e.payment().transferNumber(), "TF" + digits(16));
            }
        }
        if (c.fulfilment() != null) {
            c.fulfilment().proofs().forEach(p -> {
                remember(p.refundNumber(), "RF" + digits(16));
                remember(p.flowNumber(), "FL" + digits(16));
                remember(p.transferNumber(), "TF" + digits(16));
                remember(p.trackingNumber(), "TRK" + digits(12));
            });
        }
        for (String who : new String[] {issued.proposedBy(), issued.issuedBy(), c.assignee()}) {
            remember(who, "[operator]");
        }

        Instant cut = issued.proposedAt() != null ? issued.proposedAt() : issued.issuedAt();
        List<TimelineEvent> timeline = c.timeline().stream()
                .filter(e -> cut == null || e.at() == null || e.at().isBefore(cut))
                .map(e -> new TimelineEvent(e.eventId(), e.at(), e.actor(), e.type(), scrub(e.text()),
                        keepAttachments ? e.attachments() : List.of()))
                .toList();
        List<EvidenceRequest> requests = c.evidenceRequests().stream()
                .map(r -> new EvidenceRequest(r.requestId(), r.party(), r.categories(), scrub(r.instructions()),
                        r.requestedAt(), r.dueAt(), r.status(), r.notifications()))
                .toList();
        List<EvidenceItem> evidence = c.evidence().stream()
                .map(e -> new EvidenceItem(e.evidenceId(), e.requestId(), e.party(), e.category(), e.submittedAt(),
                        scrub(e.text()), e.logistics() == null ? null : new Logistics(e.logistics().carrier(),
                        swap(e.logistics().trackingNumber())), e.payment() == null ? null
                        : new PaymentDetails(swap(e.payment().refundNumber()), swap(e.payment().flowNumber()),
                        swap(e.payment().transferNumber()), e.payment().amount()),
                        keepAttachments ? e.attachments() : List.of(), Assessment.UNREVIEWED, null, null, null))
                .toList();
        Complaint k0 = c.complaint();
        Complaint complaint = new Complaint(k0.filedAt(), k0.category(), k0.problemType(), scrub(k0.description()),
                k0.requestedRefund(), k0.complaintCount(), k0.userTags());
        Intervention intervention = c.intervention() == null ? null : new Intervention(
                c.intervention().requestedAt(), c.intervention().trigger(), scrub(c.intervention().reason()));
        Ruling reference = new Ruling(issued.rulingId(), issued.responsibility(), issued.remedy(), issued.amount(),
                issued.basis(), issued.citedEvidence(), scrub(issued.rationale()),
                issued.decidedOnCollectedEvidence(), issued.obligations(), issued.measures(), null, null, null, null,
                null, null, null);
        Instant since = intervention != null && intervention.requestedAt() != null ? intervention.requestedAt()
                : complaint.filedAt();

        return DisputeCase.builder().caseId(caseId).revision(1).complaintId(complaintId).channel(c.channel())
                .miniProgram(mini).merchant(merchant).consumer(consumer).order(order).complaint(complaint)
                .state(CaseState.INTERVENTION_REQUESTED).stateSince(since).dueAt(null).intervention(intervention)
                .timeline(timeline).evidenceRequests(requests).evidence(evidence).ruling(null).fulfilment(null)
                .training(new TrainingInfo(reference, difficulty, scrub(trainerNotes), List.of("from-live-case")))
                .updatedBy("trainer").updatedAt(since).build();
    }

    /** The free text with every replaced value, then every e-mail, phone number and id left, taken out. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        // known values become private-use tokens first, so that the patterns below cannot cut a pseudonym
        List<Map.Entry<String, String>> known = new ArrayList<>(replaced.entrySet());
        known.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        String out = text;
        for (int i = 0; i < known.size(); i++) {
            out = out.replace(known.get(i).getKey(), token(i));
        }
        out = EMAIL.matcher(out).replaceAll("[email]");
        out = MASKED_PHONE.matcher(out).replaceAll("[phone]");
        out = PHONE.matcher(out).replaceAll(r -> keep(r.group(), 7) ? Matcher.quoteReplacement(r.group()) : "[phone]");
        out = ID.matcher(out).replaceAll(r -> keep(r.group(), 6) ? Matcher.quoteReplacement(r.group()) : "[id]");
        for (int i = 0; i < known.size(); i++) {
            out = out.replace(token(i), known.get(i).getValue());
        }
        return out;
    }

    /** Short numbers and dates (2026-11-18) are not personal data. */
    private static boolean keep(String match, int digits) {
        return match.replaceAll("\\D", "").length() < digits || DATE.matcher(match.strip()).matches();
    }

    /** A stand-in without digits, ASCII letters or '@', which none of the patterns can match. */
    private static String token(int i) {
        StringBuilder b = new StringBuilder("\uE000");
        int n = i;
        do {
            b.append((char) ('\uE100' + n % 200));
            n /= 200;
        } while (n > 0);
        return b.append('\uE001').toString();
    }

    private String remember(String original, String pseudonym) {
        if (original == null || original.isBlank()) {
            return original;
        }
        return replaced.computeIfAbsent(original, o -> pseudonym);
    }

    private String swap(String original) {
        return original == null ? null : replaced.getOrDefault(original, original);
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        b.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private String hex(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(Character.forDigit(random.nextInt(16), 16));
        }
        return b.toString();
    }

    private String letters(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }
}
