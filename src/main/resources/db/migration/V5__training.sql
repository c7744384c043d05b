-- Training (issue 6): trainees' scored attempts on training cases, and the training workspace's own
-- two settings. Kept apart from the general settings on purpose: training is one feature and may
-- move into them later without touching the attempts.

CREATE TABLE training_attempt (
    attempt_id        VARCHAR(36) PRIMARY KEY,
    case_id           VARCHAR(64) NOT NULL,
    trainee           VARCHAR(64) NOT NULL,
    difficulty        VARCHAR(16),
    started_at        TIMESTAMP WITH TIME ZONE,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    score             INT NOT NULL CHECK (score BETWEEN 0 AND 100),
    feedback_released BOOLEAN NOT NULL,
    -- the proposed ruling and the score's breakdown, as JSON
    proposal          CLOB NOT NULL,
    breakdown         CLOB NOT NULL
);

CREATE INDEX training_attempt_trainee ON training_attempt (trainee, submitted_at);
CREATE INDEX training_attempt_case ON training_attempt (case_id, submitted_at);

CREATE TABLE training_setting (
    id                       INT PRIMARY KEY CHECK (id = 1),
    immediate_feedback       BOOLEAN NOT NULL,
    amount_tolerance_percent INT NOT NULL CHECK (amount_tolerance_percent BETWEEN 0 AND 100)
);
