package com.arbitra.ui.casefile;

import com.arbitra.domain.Draft;
import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Party;
import com.arbitra.ui.I18n;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The evidence request form without the toolkit: whom to ask (one party or both), for which
 * categories, with which instructions (from the per-category templates until the operator edits
 * them), by when, and through which channels.
 */
public final class RequestFormModel {

    /** Whom a request goes to. */
    public enum Addressee {
        CONSUMER(List.of(Party.CONSUMER)), MERCHANT(List.of(Party.MERCHANT)), BOTH(List.of(Party.CONSUMER,
                Party.MERCHANT));

        final List<Party> parties;

        Addressee(List<Party> parties) {
            this.parties = parties;
        }
    }

    /**
     * What the form asks the service for: one request per party, each with its instructions; and the
     * form as it was filled in, kept as the draft should the request be refused.
     */
    public record Request(List<Party> parties, List<EvidenceCategory> categories, Map<Party, String> instructions,
                          Instant dueAt, List<NotificationChannel> channels, Draft.RequestContent form) {
    }

    private final I18n i18n;
    private final Instant now;
    private final BiFunction<List<EvidenceCategory>, Party, String> templates;
    private final ObjectProperty<Addressee> addressee = new SimpleObjectProperty<>(Addressee.MERCHANT);
    private final ObservableSet<EvidenceCategory> categories = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty instructions = new SimpleStringProperty("");
    private final IntegerProperty dueHours = new SimpleIntegerProperty();
    private final ObservableSet<NotificationChannel> channels = FXCollections.observableSet(
            EnumSet.of(NotificationChannel.IN_APP, NotificationChannel.SMS));
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty valid = new SimpleBooleanProperty();
    private String lastTemplate = "";

    /**
     * @param templates the default instructions for the categories asked of a party, in the operator's
     *                  language
     */
    public RequestFormModel(I18n i18n, Instant now, Duration defaultDue,
                            BiFunction<List<EvidenceCategory>, Party, String> templates) {
        this.i18n = i18n;
        this.now = now;
        this.templates = templates;
        dueHours.set((int) Math.max(1, defaultDue.toHours()));
        categories.addListener((javafx.collections.SetChangeListener<EvidenceCategory>) c -> fillTemplate());
        addressee.addListener((o, a, b) -> fillTemplate());
        Observable[] inputs = {addressee, categories, instructions, dueHours, channels};
        for (Observable input : inputs) {
            input.addListener(x -> check());
        }
        check();
    }

    public ObjectProperty<Addressee> addressee() { return addressee; }
    public ObservableSet<EvidenceCategory> categories() { return categories; }
    public StringProperty instructions() { return instructions; }
    public IntegerProperty dueHours() { return dueHours; }
    public ObservableSet<NotificationChannel> channels() { return channels; }
    /** The first thing missing, or empty when the request can be sent. */
    public StringProperty problem() { return problem; }
    public BooleanProperty valid() { return valid; }

    /**
     * The request; asking both parties with the template untouched gives each party its own template
     * (they are addressed differently), while instructions the operator wrote go to both as written.
     */
    public Request request() {
        List<EvidenceCategory> asked = new ArrayList<>(categories);
        boolean edited = !instructions.get().equals(lastTemplate);
        Map<Party, String> texts = new EnumMap<>(Party.class);
        for (Party p : addressee.get().parties) {
            texts.put(p, edited ? instructions.get().strip() : templates.apply(asked, p));
        }
        return new Request(addressee.get().parties, asked, texts, now.plus(Duration.ofHours(dueHours.get())),
                new ArrayList<>(channels), content());
    }

    /** The form as filled in, as a draft to keep. */
    public Draft.RequestContent content() {
        return new Draft.RequestContent(addressee.get().parties, new ArrayList<>(categories), instructions.get(),
                dueHours.get(), new ArrayList<>(channels));
    }

    /** Fills the form in from a kept draft; instructions the draft holds are the operator's own. */
    public void restore(Draft.RequestContent d) {
        for (Addressee a : Addressee.values()) {
            if (a.parties.equals(d.parties())) {
                addressee.set(a);
            }
        }
        categories.clear();
        categories.addAll(d.categories());
        instructions.set(d.instructions() == null ? "" : d.instructions());
        dueHours.set(d.dueHours());
        channels.clear();
        channels.addAll(d.channels());
    }

    /** Runs {@code action} after every change to the form. */
    public void onEdit(Runnable action) {
        for (Observable input : new Observable[] {addressee, categories, instructions, dueHours, channels}) {
            input.addListener(x -> action.run());
        }
    }

    /** Replaces the instructions by the template while the operator has not written their own. */
    private void fillTemplate() {
        String current = instructions.get() == null ? "" : instructions.get();
        if (!current.isBlank() && !current.equals(lastTemplate)) {
            return;
        }
        // for both parties the form shows the consumer's wording; each party gets its own when sent
        Party party = addressee.get().parties.get(0);
        lastTemplate = categories.isEmpty() ? "" : templates.apply(new ArrayList<>(categories), party);
        instructions.set(lastTemplate);
    }

    private void check() {
        String p = "";
        if (categories.isEmpty()) {
            p = i18n.t("refused.request.categories");
        } else if (instructions.get() == null || instructions.get().isBlank()) {
            p = i18n.t("request.instructions.missing");
        } else if (dueHours.get() < 1) {
            p = i18n.t("refused.request.due");
        } else if (channels.isEmpty()) {
            p = i18n.t("request.channels.missing");
        }
        problem.set(p);
        valid.set(p.isEmpty());
    }
}
