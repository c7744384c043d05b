package com.arbitra.domain;

/** The repositories of one transaction: whatever they write commits together or not at all. */
public interface UnitOfWork {

    CaseRepository cases();

    OperatorRepository operators();

    AuditLog audit();

    Outbox outbox();

    TrainingRepository training();

    SettingsRepository settings();

    DraftRepository drafts();
}
