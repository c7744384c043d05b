package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.DISPUTE_CASE;

import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseRepository;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Channel;
import com.arbitra.domain.CloseReason;
import com.arbitra.domain.Complaint;
import com.arbitra.domain.ConcurrentChangeException;
import com.arbitra.domain.Consumer;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Intervention;
import com.arbitra.domain.InterventionTrigger;
import com.arbitra.domain.Merchant;
import com.arbitra.domain.MiniProgram;
import com.arbitra.domain.Money;
import com.arbitra.domain.Order;
import com.arbitra.domain.ProblemType;
import com.arbitra.domain.QueueOrder;
import com.arbitra.domain.Refusal;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Ruling;
import com.arbitra.store.jooq.tables.records.DisputeCaseRecord;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Cases in the {@code DISPUTE_CASE} table: queue columns plus the JSON body. */
final class JooqCaseRepository implements CaseRepository {

    private static final List<String> TIMED_STATES = List.of(CaseState.AWAITING_EVIDENCE.name(),
            CaseState.AWAITING_RETURN.name(), CaseState.AWAITING_FULFILMENT.name());

    private final DSLContext db;

    JooqCaseRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<DisputeCase> find(String caseId) {
        return db.selectFrom(DISPUTE_CASE).where(DISPUTE_CASE.CASE_ID.eq(caseId)).fetchOptional()
                .map(JooqCaseRepository::toDomain);
    }

    @Override
    public DisputeCase insert(DisputeCase c) {
        DisputeCase stored = c.toBuilder().version(1).updatedAt(Times.micros(c.updatedAt()))
                .stateSince(Times.micros(c.stateSince())).dueAt(Times.micros(c.dueAt())).build();
        DisputeCaseRecord r = db.newRecord(DISPUTE_CASE);
        fill(r, stored);
        r.insert();
        DerivedRows derived = new DerivedRows(db);
        derived.added(stored);
        derived.flush();
        return stored;
    }

    @Override
    public DisputeCase update(DisputeCase c, long expectedVersion) {
        DerivedRows derived = new DerivedRows(db);
        DisputeCase stored = update(c, expectedVersion, derived, null);
        derived.flush();
        return stored;
    }

    /**
     * Saves a changed case checking its version, with its derived rows through {@code derived} (its
     * tokens replaced when {@code tokensBefore} is given). Refused when the version is not the stored one.
     */
    DisputeCase update(DisputeCase c, long expectedVersion, DerivedRows derived, Set<String> tokensBefore) {
        DisputeCase stored = c.toBuilder().version(expectedVersion + 1).updatedAt(Times.micros(c.updatedAt()))
                .stateSince(Times.micros(c.stateSince())).dueAt(Times.micros(c.dueAt())).build();
        DisputeCaseRecord r = db.newRecord(DISPUTE_CASE);
        fill(r, stored);
        r.changed(DISPUTE_CASE.CASE_ID, false);
        // the platform's revision as imported is the import's to change, not a service's
        r.changed(DISPUTE_CASE.PLATFORM_STATE, false);
        r.changed(DISPUTE_CASE.PLATFORM_HASH, false);
        // the state it leaves, for the counts per state (the same version the update below must match)
        String before = db.select(DISPUTE_CASE.STATE).from(DISPUTE_CASE)
                .where(DISPUTE_CASE.CASE_ID.eq(c.caseId()).and(DISPUTE_CASE.VERSION.eq(expectedVersion)))
                .fetchOne(DISPUTE_CASE.STATE);
        int rows = before == null ? 0 : db.update(DISPUTE_CASE).set(r)
                .where(DISPUTE_CASE.CASE_ID.eq(c.caseId()).and(DISPUTE_CASE.VERSION.eq(expectedVersion)))
                .execute();
        if (rows == 0) {
            var current = db.select(DISPUTE_CASE.UPDATED_BY, DISPUTE_CASE.UPDATED_AT).from(DISPUTE_CASE)
                    .where(DISPUTE_CASE.CASE_ID.eq(c.caseId())).fetchOptional();
            if (current.isEmpty()) {
                throw new RefusedException(Refusal.of("refused.case.unknown",
                        "There is no case " + c.caseId() + " in this workspace.", c.caseId()));
            }
            throw new ConcurrentChangeException(c.caseId(), current.get().value1(),
                    Times.fromDb(current.get().value2()));
        }
        derived.changed(before, tokensBefore, stored);
        return stored;
    }

    @Override
    public List<String> idsDueBy(Instant t) {
        return db.select(DISPUTE_CASE.CASE_ID).from(DISPUTE_CASE)
                .where(DISPUTE_CASE.STATE.in(TIMED_STATES))
                .and(DISPUTE_CASE.DUE_AT.le(Times.toDb(t)))
                .fetch(DISPUTE_CASE.CASE_ID);
    }

    @Override
    public long count() {
        return db.fetchCount(DISPUTE_CASE);
    }

    static void fill(DisputeCaseRecord r, DisputeCase c) {
        r.setCaseId(c.caseId());
        r.setRevision(c.revision());
        r.setComplaintId(c.complaintId());
        r.setChannel(c.channel().name());
        if (c.miniProgram() != null) {
            r.setAppId(c.miniProgram().appId());
            r.setAppName(c.miniProgram().name());
        }
        r.setMerchantId(c.merchant().merchantId());
        r.setMerchantName(c.merchant().name());
        r.setMerchantEmail(c.merchant().email());
        r.setMerchantPhone(c.merchant().phone());
        r.setConsumerId(c.consumer().consumerId());
        r.setConsumerNickname(c.consumer().nickname());
        r.setConsumerPhoneMasked(c.consumer().phoneMasked());
        r.setTransactionId(c.order().transactionId());
        r.setOutTradeNo(c.order().outTradeNo());
        r.setProductName(c.order().productName());
        r.setAmountValue(c.order().amount().value());
        r.setCurrency(c.order().amount().currency());
        r.setPaidAt(Times.toDb(c.order().paidAt()));
        Complaint k = c.complaint();
        r.setFiledAt(Times.toDb(k.filedAt()));
        r.setComplaintCategory(k.category());
        r.setProblemType(k.problemType().name());
        r.setDescription(k.description());
        r.setRequestedRefund(k.requestedRefund() == null ? null : k.requestedRefund().value());
        r.setComplaintCount(k.complaintCount());
        r.setHighRisk(k.isHighRisk());
        r.setState(c.state().name());
        r.setStateSince(Times.toDb(c.stateSince()));
        r.setDueAt(Times.toDb(c.dueAt()));
        r.setRankAt(Times.toDb(QueueOrder.rankAt(c)));
        r.setCloseReason(name(c.closeReason()));
        if (c.intervention() != null) {
            r.setInterventionAt(Times.toDb(c.intervention().requestedAt()));
            r.setInterventionTrigger(name(c.intervention().trigger()));
            r.setInterventionReason(c.intervention().reason());
        }
        r.setAssignee(c.assignee());
        r.setFlags(c.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        r.setStateBeforeAppeal(name(c.stateBeforeAppeal()));
        r.setCloseReasonBeforeAppeal(name(c.closeReasonBeforeAppeal()));
        r.setProofRejections(c.proofRejections());
        Ruling issued = c.issuedRuling().orElse(null);
        r.setRulingResponsibility(issued == null ? null : name(issued.responsibility()));
        r.setRulingRemedy(issued == null ? null : name(issued.remedy()));
        // who proposed the ruling, issued or not: the approvals list shows it (V13 filled older cases)
        Ruling proposed = c.ruling();
        r.setRulingProposedBy(proposed == null ? null : proposed.proposedBy());
        r.setDifficulty(c.training() == null || c.training().difficulty() == null ? null
                : c.training().difficulty().name());
        r.setRulingProposedAt(proposed == null ? null : Times.toDb(proposed.proposedAt()));
        r.setRulingIssuedBy(issued == null ? null : issued.issuedBy());
        r.setRulingIssuedAt(issued == null ? null : Times.toDb(issued.issuedAt()));
        r.setBody(Json.write(CaseBody.of(k.userTags(), c.timeline(), c.evidenceRequests(), c.evidence(),
                c.ruling(), c.fulfilment(), c.training(), c.notes())));
        r.setVersion(c.version());
        r.setUpdatedBy(c.updatedBy());
        r.setUpdatedAt(Times.toDb(c.updatedAt()));
    }

    static DisputeCase toDomain(DisputeCaseRecord r) {
        CaseBody body = CaseBody.read(r.getBody());
        String currency = r.getCurrency();
        Complaint complaint = new Complaint(Times.fromDb(r.getFiledAt()), r.getComplaintCategory(),
                ProblemType.valueOf(r.getProblemType()), r.getDescription(),
                r.getRequestedRefund() == null ? null : Money.of(r.getRequestedRefund(), currency),
                r.getComplaintCount(), body.userTags());
        Intervention intervention = r.getInterventionTrigger() == null && r.getInterventionAt() == null ? null
                : new Intervention(Times.fromDb(r.getInterventionAt()),
                        r.getInterventionTrigger() == null ? null
                                : InterventionTrigger.valueOf(r.getInterventionTrigger()),
                        r.getInterventionReason());
        return DisputeCase.builder()
                .caseId(r.getCaseId())
                .revision(r.getRevision())
                .complaintId(r.getComplaintId())
                .channel(Channel.valueOf(r.getChannel()))
                .miniProgram(r.getAppId() == null && r.getAppName() == null ? null
                        : new MiniProgram(r.getAppId(), r.getAppName()))
                .merchant(new Merchant(r.getMerchantId(), r.getMerchantName(), r.getMerchantEmail(),
                        r.getMerchantPhone()))
                .consumer(new Consumer(r.getConsumerId(), r.getConsumerNickname(), r.getConsumerPhoneMasked()))
                .order(new Order(r.getTransactionId(), r.getOutTradeNo(), r.getProductName(),
                        Money.of(r.getAmountValue(), currency), Times.fromDb(r.getPaidAt())))
                .complaint(complaint)
                .state(CaseState.valueOf(r.getState()))
                .closeReason(r.getCloseReason() == null ? null : CloseReason.valueOf(r.getCloseReason()))
                .stateSince(Times.fromDb(r.getStateSince()))
                .dueAt(Times.fromDb(r.getDueAt()))
                .intervention(intervention)
                .timeline(body.timeline() == null ? List.of() : body.timeline())
                .evidenceRequests(body.evidenceRequests() == null ? List.of() : body.evidenceRequests())
                .evidence(body.evidence() == null ? List.of() : body.evidence())
                .ruling(body.ruling())
                .fulfilment(body.fulfilment())
                .training(body.training())
                .notes(body.notes() == null ? List.of() : body.notes())
                .assignee(r.getAssignee())
                .flags(flags(r.getFlags()))
                .stateBeforeAppeal(r.getStateBeforeAppeal() == null ? null
                        : CaseState.valueOf(r.getStateBeforeAppeal()))
                .closeReasonBeforeAppeal(r.getCloseReasonBeforeAppeal() == null ? null
                        : CloseReason.valueOf(r.getCloseReasonBeforeAppeal()))
                .proofRejections(r.getProofRejections())
                .version(r.getVersion())
                .updatedBy(r.getUpdatedBy())
                .updatedAt(Times.fromDb(r.getUpdatedAt()))
                .build();
    }

    private static Set<CaseFlag> flags(String text) {
        if (text == null || text.isBlank()) {
            return EnumSet.noneOf(CaseFlag.class);
        }
        return Arrays.stream(text.split(",")).map(CaseFlag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseFlag.class)));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
