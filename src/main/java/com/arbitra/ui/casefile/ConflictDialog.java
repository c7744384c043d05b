package com.arbitra.ui.casefile;

import com.arbitra.domain.CaseChanges;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.EvidenceItem;
import com.arbitra.domain.EvidenceRequest;
import com.arbitra.domain.FulfilmentProof;
import com.arbitra.domain.InternalNote;
import com.arbitra.domain.Money;
import com.arbitra.domain.TimelineEvent;
import com.arbitra.ui.Formats;
import com.arbitra.ui.I18n;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Says that a command was refused because the case changed after the operator looked at it: who
 * changed it and when, what changed (the new proposal's figures beside those the form showed), and
 * lets the operator review the case and send again, or discard what they had entered.
 */
final class ConflictDialog {

    /** What the operator chose. */
    enum Choice { REVIEW, DISCARD, KEEP }

    private final I18n i18n;
    private final DateTimeFormatter when;

    ConflictDialog(I18n i18n, DateTimeFormatter when) {
        this.i18n = i18n;
        this.when = when;
    }

    Choice ask(CaseFileViewModel.Conflict c, Window owner) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("conflict.title"));
        dialog.getDialogPane().setId("conflictDialog");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Label header = new Label(i18n.t("conflict.header", c.now().caseId(), c.now().updatedBy(),
                time(c.now().updatedAt()), i18n.t("do." + c.action().name()).replace("…", "")));
        header.setWrapText(true);
        header.setId("conflictHeader");
        ListView<String> changes = new ListView<>();
        changes.setId("conflictChanges");
        changes.getItems().setAll(lines(c.changes()));
        if (changes.getItems().isEmpty()) {
            changes.getItems().add(i18n.t("conflict.nothingListed"));
        }
        changes.setPrefHeight(220);
        changes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox box = new VBox(10, header, new Label(i18n.t("conflict.changes")), changes);
        box.setPrefWidth(620);
        box.setPadding(new javafx.geometry.Insets(16, 16, 4, 16));
        dialog.getDialogPane().setContent(box);
        ButtonType review = new ButtonType(i18n.t(c.draft() == null ? "conflict.show" : "conflict.review"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(i18n.t("conflict.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(i18n.t("conflict.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (c.draft() == null) {
            dialog.getDialogPane().getButtonTypes().setAll(review);
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(review, discard, keep);
            dialog.getDialogPane().lookupButton(discard).setId("conflictDiscard");
            dialog.getDialogPane().lookupButton(keep).setId("conflictKeep");
        }
        dialog.getDialogPane().lookupButton(review).setId("conflictReview");
        // each button says in full what it does, in every language: the dialog widens instead
        for (ButtonType t : dialog.getDialogPane().getButtonTypes()) {
            javafx.scene.Node b = dialog.getDialogPane().lookupButton(t);
            ButtonBar.setButtonUniformSize(b, false);
            ((javafx.scene.layout.Region) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResultConverter(b -> b == review ? Choice.REVIEW : b == discard ? Choice.DISCARD : Choice.KEEP);
        return dialog.showAndWait().orElse(Choice.KEEP);
    }

    /** Each change as a sentence in the operator's language. */
    List<String> lines(List<CaseChanges.Change> changes) {
        return changes.stream().map(this::line).toList();
    }

    private String line(CaseChanges.Change ch) {
        List<Object> a = ch.args();
        return switch (ch.kind()) {
            case STATE -> i18n.t("change.STATE", state(a.get(0)), state(a.get(1)));
            case ASSIGNEE -> i18n.t("change.ASSIGNEE", orDash(a.get(0)), orDash(a.get(1)));
            case RULING -> i18n.t("change.RULING", words("responsibility.", a.get(0)), words("remedy.", a.get(1)),
                    money(a.get(2)), words("responsibility.", a.get(3)), words("remedy.", a.get(4)), money(a.get(5)),
                    orDash(a.get(6)), a.get(7) == null ? "—" : time((Instant) a.get(7)));
            case DEADLINE -> i18n.t("change.DEADLINE", a.get(0) == null ? "—" : time((Instant) a.get(0)),
                    a.get(1) == null ? "—" : time((Instant) a.get(1)));
            case FLAGS -> i18n.t("change.FLAGS", ((java.util.Set<?>) a.get(0)).stream()
                    .map(f -> i18n.has("flag." + f) ? i18n.t("flag." + f) : String.valueOf(f))
                    .collect(Collectors.joining(" · ")));
            case TIMELINE -> {
                TimelineEvent e = (TimelineEvent) a.get(0);
                yield i18n.t("change.TIMELINE", time(e.at()), i18n.t("actor." + e.actor().name()),
                        e.text() == null ? e.type() : Formats.shown(e.text()));
            }
            case EVIDENCE -> {
                EvidenceItem e = (EvidenceItem) a.get(0);
                yield i18n.t("change.EVIDENCE", i18n.t("category." + e.category().name()),
                        i18n.t("party." + e.party().name()));
            }
            case REQUEST -> i18n.t("change.REQUEST", i18n.t("party." + ((EvidenceRequest) a.get(0)).party().name()));
            case NOTE -> {
                InternalNote n = (InternalNote) a.get(0);
                yield i18n.t("change.NOTE", n.author(), n.text());
            }
            case PROOF -> i18n.t("change.PROOF", time(((FulfilmentProof) a.get(0)).submittedAt()));
        };
    }

    private String state(Object s) {
        return i18n.t("state." + ((CaseState) s).name());
    }

    private String words(String prefix, Object value) {
        return value == null ? "—" : i18n.t(prefix + ((Enum<?>) value).name());
    }

    private String money(Object m) {
        return m == null ? "—" : Formats.money((Money) m, i18n.locale());
    }

    private String time(Instant at) {
        return at == null ? "—" : when.format(at);
    }

    private static String orDash(Object o) {
        return o == null ? "—" : String.valueOf(o);
    }
}
