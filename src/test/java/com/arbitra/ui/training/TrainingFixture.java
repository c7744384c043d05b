package com.arbitra.ui.training;

import com.arbitra.domain.ports.ImportReport;

import com.arbitra.support.Seen;

import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.domain.Actor;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.Obligation;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TrainingService;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.support.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A training workspace holding the sample training set, a trainer and two trainees. */
public final class TrainingFixture implements AutoCloseable {

    public final TestWorkspace ws;
    public final Actor trainer;
    public final Actor tina;
    public final Actor tom;

    public TrainingFixture(Path dir) throws Exception {
        ws = TestWorkspace.create(dir, WorkspaceKind.TRAINING);
        ImportReport r = new Importer(ws.session.workspace(), ws.clock, Limits.defaults(), "tess")
                .run(Path.of("assets/samples/training"), Importer.Options.defaults(), (n, t) -> { });
        if (r.refused()) {
            throw new IllegalStateException(String.valueOf(r.errors()));
        }
        trainer = ws.addOperator("tess", Role.TRAINER).asActor();
        tina = ws.addOperator("tina", Role.AGENT).asActor();
        tom = ws.addOperator("tom", Role.AGENT).asActor();
    }

    TrainingService training() {
        return ws.session.training();
    }

    /** The case's reference ruling, as a trainee would fill the form (obligations due in the future). */
    public Ruling referenceOf(String caseId) {
        Ruling ref = ws.session.cases().find(caseId).orElseThrow().training().referenceRuling();
        Instant due = ws.clock.instant().plus(Duration.ofDays(2));
        List<Obligation> obligations = ref.obligations().stream()
                .map(o -> new Obligation(o.party(), o.action(), due)).toList();
        return new Ruling(null, ref.responsibility(), ref.remedy(), ref.amount(), ref.basis(), ref.citedEvidence(),
                ref.rationale(), ref.decidedOnCollectedEvidence(), obligations, ref.measures(), null, null, null, null,
                null, null, null);
    }

    /** A trainee claims the case, works it for some minutes and proposes; the proposal is scored with it. */
    public TrainingService.Feedback attempt(Actor trainee, String caseId, Ruling proposal, long minutes) {
        Instant started = ws.clock.instant();
        ws.session.cases().claim(caseId, trainee, Seen.version(ws.session.cases(), caseId));
        ws.clock.advance(Duration.ofMinutes(minutes));
        return ws.session.cases().proposeRuling(caseId, trainee, Seen.version(ws.session.cases(), caseId), proposal,
                started).feedback().orElseThrow();
    }

    @Override
    public void close() {
        ws.close();
    }
}
