package com.arbitra.ui.ruling;

import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Ruling;
import com.arbitra.ui.Background;
import com.arbitra.ui.I18n;
import com.arbitra.ui.casefile.CaseFileView;
import com.arbitra.ui.evidence.AttachmentLoader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The case file's ruling forms: a new ruling, the proposal to re-propose or replace, the issue confirmation. */
public final class RulingDialogs implements CaseFileView.RulingForms {

    private final I18n i18n;
    private final Background background;
    private final AttachmentLoader attachments;
    private final Clock clock;
    private final Duration obligationDue;
    private final List<String> clauses;

    public RulingDialogs(I18n i18n, Background background, AttachmentLoader attachments, Clock clock,
                         Duration obligationDue, List<String> clauses) {
        this.i18n = i18n;
        this.background = background;
        this.attachments = attachments;
        this.clock = clock;
        this.obligationDue = obligationDue;
        this.clauses = clauses;
    }

    @Override
    public Optional<Ruling> form(DisputeCase c, RulingForm.Purpose purpose, Window owner) {
        // a returned proposal or one on appeal is the starting point; an issued one is never edited in place
        Ruling start = c.ruling();
        RulingFormModel model = new RulingFormModel(c, start, i18n, clock.instant(), obligationDue);
        return new RulingForm(model, clauses, purpose, i18n, background, attachments).ask(owner);
    }

    @Override
    public boolean confirmIssue(DisputeCase c, Window owner) {
        RulingFormModel model = new RulingFormModel(c, c.ruling(), i18n, clock.instant(), obligationDue);
        return new RulingForm(model, clauses, RulingForm.Purpose.ISSUE, i18n, background, attachments)
                .confirmed(owner);
    }
}
