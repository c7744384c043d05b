package com.arbitra.ui.ruling;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Measure;
import com.arbitra.domain.Money;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Party;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.RulingRules;
import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseFlag;
import com.arbitra.domain.CaseWorkflow;
import com.arbitra.domain.RulingNotices;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The ruling form without the toolkit: what the operator has entered, checked live against the same
 * {@link RulingRules} the service applies, with the sentence the submit button shows, a preview of
 * the notices each party will receive and the confirmation text with the exact amounts.
 */
public final class RulingFormModel {

    /** An obligation as the form edits it: who, what, and how many hours from now. */
    public record ObligationRow(Party party, String action, long dueHours) {
    }

    private final DisputeCase c;
    private final I18n i18n;
    /** The language the case's parties read their notices in (the operator's until told). */
    private java.util.Locale partiesLanguage;
    private final CaseWorkflow workflow;
    private final Actor actor;
    private final Instant now;
    private final long defaultDueHours;
    private final ObjectProperty<Responsibility> responsibility = new SimpleObjectProperty<>();
    private final ObjectProperty<Remedy> remedy = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObservableSet<String> basis = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> cited = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty rationale = new SimpleStringProperty("");
    private final ObservableList<ObligationRow> obligations = FXCollections.observableArrayList();
    private final ObservableSet<Measure> measures = FXCollections.observableSet(new LinkedHashSet<>());
    private final BooleanProperty onCollectedEvidence = new SimpleBooleanProperty();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private boolean obligationsTouched;

    /**
     * @param start a ruling to start from (the proposed one when re-proposing after a return or
     *              replacing on appeal), or null for an empty form
     */
    public RulingFormModel(DisputeCase c, Ruling start, CaseWorkflow workflow, Actor actor, I18n i18n) {
        this.c = c;
        this.i18n = i18n;
        this.workflow = workflow;
        this.actor = actor;
        this.now = workflow.now();
        this.defaultDueHours = Math.max(1, workflow.settings().fulfilment().toHours());
        onCollectedEvidence.set(c.hasFlag(CaseFlag.DECIDE_ON_COLLECTED_EVIDENCE));
        if (start != null) {
            responsibility.set(start.responsibility());
            remedy.set(start.remedy());
            amount.set(start.amount() == null ? "" : plain(start.amount()));
            basis.addAll(start.basis());
            cited.addAll(start.citedEvidence());
            rationale.set(start.rationale() == null ? "" : start.rationale());
            start.obligations().forEach(o -> obligations.add(new ObligationRow(o.party(), o.action(),
                    hoursFromNow(o.dueAt()))));
            measures.addAll(start.measures());
            onCollectedEvidence.set(start.decidedOnCollectedEvidence() || onCollectedEvidence.get());
            obligationsTouched = !obligations.isEmpty();
        }
        remedy.addListener((o, was, r) -> suggestObligation());
        responsibility.addListener((o, was, r) -> suggestObligation());
        for (Observable input : inputs()) {
            input.addListener(x -> check());
        }
        check();
    }

    private Observable[] inputs() {
        return new Observable[] {responsibility, remedy, amount, basis, cited, rationale, obligations, measures,
                onCollectedEvidence};
    }

    /** Runs {@code action} after every change the operator makes to the entry. */
    public void onEdit(Runnable action) {
        for (Observable input : inputs()) {
            input.addListener(x -> action.run());
        }
    }

    /** A form holding a kept draft again, exactly as it was typed: amount text, obligations' hours. */
    public static RulingFormModel resume(DisputeCase c, com.arbitra.domain.Draft.RulingContent draft,
                                         CaseWorkflow workflow, Actor actor, I18n i18n) {
        RulingFormModel model = new RulingFormModel(c, draft.ruling(), workflow, actor, i18n);
        if (draft.amountText() != null) {
            model.amount.set(draft.amountText());
        }
        if (draft.dueHours().size() == model.obligations.size()) {
            List<ObligationRow> typed = new java.util.ArrayList<>();
            for (int i = 0; i < draft.dueHours().size(); i++) {
                ObligationRow o = model.obligations.get(i);
                typed.add(new ObligationRow(o.party(), o.action(), draft.dueHours().get(i)));
            }
            model.obligations.setAll(typed);
        }
        return model;
    }

    /** The entry as a draft to keep: the ruling, the amount and the obligations' hours as typed. */
    public com.arbitra.domain.Draft.RulingContent content() {
        return new com.arbitra.domain.Draft.RulingContent(draft(), amount.get(),
                obligations.stream().map(ObligationRow::dueHours).toList());
    }

    public DisputeCase caseFile() { return c; }
    public ObjectProperty<Responsibility> responsibility() { return responsibility; }
    public ObjectProperty<Remedy> remedy() { return remedy; }
    public StringProperty amount() { return amount; }
    public ObservableSet<String> basis() { return basis; }
    public ObservableSet<String> cited() { return cited; }
    public StringProperty rationale() { return rationale; }
    public ObservableList<ObligationRow> obligations() { return obligations; }
    public ObservableSet<Measure> measures() { return measures; }
    public BooleanProperty onCollectedEvidence() { return onCollectedEvidence; }
    /** Every rule the entry breaks now, as sentences in the operator's language. */
    public ObservableList<String> problems() { return problems; }
    /** What the submit button says: the first thing missing, or that the ruling is ready. */
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    public BooleanProperty valid() { return valid; }

    /** The operator's own edit of the obligations: the form stops suggesting one. */
    public void setObligations(List<ObligationRow> rows) {
        obligationsTouched = true;
        obligations.setAll(rows);
    }

    /** The ruling as entered; amounts the operator typed that are not numbers make it invalid, not null. */
    public Ruling draft() {
        List<Obligation> due = obligations.stream()
                .map(o -> new Obligation(o.party(), o.action(), now.plus(Duration.ofHours(o.dueHours())))).toList();
        return new Ruling(null, responsibility.get(), remedy.get(), parsedAmount().orElse(null), List.copyOf(basis),
                List.copyOf(cited), rationale.get() == null ? null : rationale.get().strip(),
                onCollectedEvidence.get(), due, List.copyOf(measures), null, null, null, null, null, null, null);
    }

    /** The amount typed in the case's currency, in minor units; empty when blank or not a number. */
    Optional<Money> parsedAmount() {
        String text = amount.get() == null ? "" : amount.get().strip();
        if (text.isEmpty() || c.order() == null || c.order().amount() == null) {
            return Optional.empty();
        }
        Money paid = c.order().amount();
        String normal = decimalPoint(text.replace(" ", "").replace("\u00a0", ""));
        try {
            BigDecimal major = new BigDecimal(normal);
            BigDecimal minor = major.movePointRight(paid.currencyDigits());
            if (minor.stripTrailingZeros().scale() > 0) {
                return Optional.empty();
            }
            return Optional.of(Money.of(minor.longValueExact(), paid.currency()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Either separator may mark the decimals: with both, the last one does and the other groups
     * thousands; with one kind only, a single one marks the decimals and several group thousands.
     */
    static String decimalPoint(String text) {
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return text.replace(String.valueOf(group), "").replace(decimal, '.');
        }
        char only = dot >= 0 ? '.' : ',';
        long count = text.chars().filter(ch -> ch == only).count();
        return count > 1 ? text.replace(String.valueOf(only), "") : text.replace(only, '.');
    }

    private boolean amountUnreadable() {
        String text = amount.get() == null ? "" : amount.get().strip();
        return !text.isEmpty() && parsedAmount().isEmpty();
    }

    private void check() {
        List<String> out = new ArrayList<>();
        if (amountUnreadable()) {
            out.add(i18n.t("ruling.amount.unreadable", c.order().amount().currency(),
                    c.order().amount().currencyDigits()));
        }
        // the same rules, with the operator's role, that the service applies when the ruling is saved
        for (RulingRules.Violation v : workflow.checkDraft(c, actor, draft())) {
            out.add(i18n.has(v.code()) ? i18n.t(v.code()) : v.message());
        }
        problems.setAll(out);
        valid.set(out.isEmpty());
        status.set(out.isEmpty() ? i18n.t("ruling.ready") : i18n.t("ruling.missing", out.get(0)));
    }

    /** A merchant obligation that fits the remedy, until the operator edits the obligations. */
    private void suggestObligation() {
        if (obligationsTouched) {
            return;
        }
        // none where the rules suggest none (the consumer or nobody responsible, no action)
        obligations.setAll(RulingRules.defaultObligations(responsibility.get(), remedy.get(), now,
                workflow.settings()).stream()
                .map(o -> new ObligationRow(o.party(), o.action(), hoursFromNow(o.dueAt()))).toList());
    }

    private long hoursFromNow(Instant due) {
        // to the nearest hour: a due time set a few seconds ago for 48 hours is 48 hours, not 47
        return due == null ? defaultDueHours
                : Math.max(1, Duration.between(now, due).plusMinutes(30).toHours());
    }

    /** Notices go to the parties in this language (the market of the case's currency, say). */
    public RulingFormModel readByParties(java.util.Locale language) {
        this.partiesLanguage = language;
        return this;
    }

    /**
     * The notice the platform will send a party about this ruling, as the domain renders it: in the
     * parties' language, with the operator's own beneath when that is another.
     */
    public String notice(Party party) {
        Ruling prepared = workflow.prepared(draft(), c);
        java.util.Locale theirs = partiesLanguage == null ? i18n.locale() : partiesLanguage;
        String out = notice(prepared, party, theirs);
        if (!theirs.getLanguage().equals(i18n.locale().getLanguage())) {
            out += "\n\n" + i18n.t("ruling.noticeInYours", i18n.locale().getDisplayLanguage(i18n.locale()))
                    + "\n\n" + notice(prepared, party, i18n.locale());
        }
        return out;
    }

    private String notice(Ruling prepared, Party party, java.util.Locale locale) {
        RulingNotices.Notice n = RulingNotices.render(c, prepared, party, locale, workflow.settings().zone(),
                workflow.settings().appealWindow());
        return n.subject() + "\n\n" + n.body();
    }

    /**
     * The ruling whole, as the issuer confirms it: figures, obligations, measures, clauses in words,
     * the evidence cited, the rationale, and who proposed it when.
     */
    public String confirmation() {
        Ruling pending = c.ruling() != null && !c.ruling().isIssued() && !c.ruling().isReturned() ? c.ruling() : null;
        // the proposal under review names its proposer; a supervisor's own ruling has none yet
        Ruling r = pending == null ? draft() : draft().proposed(pending.proposedBy(), pending.proposedAt());
        return RulingText.whole(c, r, obligations.stream().map(o -> i18n.t("ruling.obligationDue",
                i18n.t("party." + o.party().name()), RulingText.obligation(o.action(), i18n), o.dueHours())).toList(),
                i18n);
    }

    private String plain(Money m) {
        char decimal = java.text.DecimalFormatSymbols.getInstance(i18n.locale()).getDecimalSeparator();
        return BigDecimal.valueOf(m.value(), m.currencyDigits()).toPlainString().replace('.', decimal);
    }
}
