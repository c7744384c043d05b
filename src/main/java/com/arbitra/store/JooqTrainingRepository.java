package com.arbitra.store;

import static com.arbitra.store.jooq.Tables.TRAINING_ATTEMPT;
import static com.arbitra.store.jooq.Tables.TRAINING_SETTING;

import com.arbitra.domain.Difficulty;
import com.arbitra.domain.Ruling;
import com.arbitra.domain.TrainingAttempt;
import com.arbitra.domain.TrainingRepository;
import com.arbitra.domain.TrainingScore;
import com.arbitra.domain.TrainingSettings;
import com.arbitra.store.jooq.tables.records.TrainingAttemptRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Training attempts and settings (V5). */
final class JooqTrainingRepository implements TrainingRepository {

    private final DSLContext db;

    JooqTrainingRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void insert(TrainingAttempt a) {
        TrainingAttemptRecord r = db.newRecord(TRAINING_ATTEMPT);
        r.setAttemptId(a.attemptId());
        r.setCaseId(a.caseId());
        r.setTrainee(a.trainee());
        r.setDifficulty(a.difficulty() == null ? null : a.difficulty().name());
        r.setStartedAt(Times.toDb(a.startedAt()));
        r.setSubmittedAt(Times.toDb(a.submittedAt()));
        r.setScore(a.score().total());
        r.setFeedbackReleased(a.feedbackReleased());
        r.setProposal(Json.write(a.proposal()));
        r.setBreakdown(Json.write(a.score()));
        r.insert();
    }

    @Override
    public Optional<TrainingAttempt> find(String attemptId) {
        return db.selectFrom(TRAINING_ATTEMPT).where(TRAINING_ATTEMPT.ATTEMPT_ID.eq(attemptId)).fetchOptional()
                .map(JooqTrainingRepository::toDomain);
    }

    @Override
    public List<TrainingAttempt> attempts(String trainee) {
        return db.selectFrom(TRAINING_ATTEMPT).where(ofTrainee(trainee))
                .orderBy(TRAINING_ATTEMPT.SUBMITTED_AT, TRAINING_ATTEMPT.ATTEMPT_ID)
                .fetch(JooqTrainingRepository::toDomain);
    }

    @Override
    public int release(String trainee) {
        return db.update(TRAINING_ATTEMPT).set(TRAINING_ATTEMPT.FEEDBACK_RELEASED, true)
                .where(ofTrainee(trainee)).and(TRAINING_ATTEMPT.FEEDBACK_RELEASED.isFalse()).execute();
    }

    @Override
    public int deleteAttempts(String trainee) {
        return db.deleteFrom(TRAINING_ATTEMPT).where(TRAINING_ATTEMPT.TRAINEE.eq(trainee)).execute();
    }

    @Override
    public TrainingSettings settings() {
        return db.selectFrom(TRAINING_SETTING).where(TRAINING_SETTING.ID.eq(1)).fetchOptional()
                .map(r -> new TrainingSettings(r.getImmediateFeedback(), r.getAmountTolerancePercent()))
                .orElse(TrainingSettings.defaults());
    }

    @Override
    public void saveSettings(TrainingSettings s) {
        db.mergeInto(TRAINING_SETTING).using(DSL.selectOne())
                .on(TRAINING_SETTING.ID.eq(1))
                .whenMatchedThenUpdate()
                .set(TRAINING_SETTING.IMMEDIATE_FEEDBACK, s.immediateFeedback())
                .set(TRAINING_SETTING.AMOUNT_TOLERANCE_PERCENT, s.amountTolerancePercent())
                .whenNotMatchedThenInsert(TRAINING_SETTING.ID, TRAINING_SETTING.IMMEDIATE_FEEDBACK,
                        TRAINING_SETTING.AMOUNT_TOLERANCE_PERCENT)
                .values(1, s.immediateFeedback(), s.amountTolerancePercent())
                .execute();
    }

    private static Condition ofTrainee(String trainee) {
        return trainee == null ? DSL.noCondition() : TRAINING_ATTEMPT.TRAINEE.eq(trainee);
    }

    private static TrainingAttempt toDomain(TrainingAttemptRecord r) {
        return new TrainingAttempt(r.getAttemptId(), r.getCaseId(), r.getTrainee(),
                r.getDifficulty() == null ? null : Difficulty.valueOf(r.getDifficulty()),
                Times.fromDb(r.getStartedAt()), Times.fromDb(r.getSubmittedAt()),
                Json.read(r.getProposal(), Ruling.class), Json.read(r.getBreakdown(), TrainingScore.class),
                r.getFeedbackReleased());
    }
}
