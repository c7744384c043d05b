package com.arbitra.ui.ruling;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseWorkflow;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Draft;
import com.arbitra.domain.RuleClause;
import com.arbitra.ui.TaskRunner;
import com.arbitra.ui.I18n;
import com.arbitra.ui.casefile.CaseFileView;
import com.arbitra.ui.casefile.Drafting;
import com.arbitra.ui.evidence.AttachmentLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Window;

/** The case file's ruling forms: a new ruling, the proposal to re-propose or replace, the issue confirmation. */
public final class RulingDialogs implements CaseFileView.RulingForms {

    private static final List<String> CLAUSES = Arrays.stream(RuleClause.values()).map(Enum::name).toList();

    private final I18n i18n;
    private final TaskRunner background;
    private final AttachmentLoader attachments;
    private final CaseWorkflow workflow;
    private final Actor operator;
    private final Function<DisputeCase, Locale> partiesLanguage;

    /** {@code partiesLanguage}: the language a case's parties read (their notices are previewed in it). */
    public RulingDialogs(I18n i18n, TaskRunner background, AttachmentLoader attachments, CaseWorkflow workflow,
                         Actor operator, Function<DisputeCase, Locale> partiesLanguage) {
        this.partiesLanguage = partiesLanguage;
        this.i18n = i18n;
        this.background = background;
        this.attachments = attachments;
        this.workflow = workflow;
        this.operator = operator;
    }

    @Override
    public Optional<Draft.RulingContent> form(DisputeCase c, RulingForm.Purpose purpose, Draft.RulingContent start,
                                              Drafting<Draft.RulingContent> drafting, Window owner) {
        // a draft the operator kept, else a returned proposal or the ruling under appeal, is where it starts
        RulingFormModel model = start == null ? model(c)
                : RulingFormModel.resume(c, start, workflow, operator, i18n).readByParties(partiesLanguage.apply(c));
        return new RulingForm(model, CLAUSES, purpose, i18n, background, attachments).ask(owner, drafting);
    }

    @Override
    public boolean confirmIssue(DisputeCase c, Window owner) {
        return new RulingForm(model(c), CLAUSES, RulingForm.Purpose.ISSUE, i18n, background, attachments)
                .confirmed(owner);
    }

    private RulingFormModel model(DisputeCase c) {
        return new RulingFormModel(c, c.ruling(), workflow, operator, i18n).readByParties(partiesLanguage.apply(c));
    }
}
