-- Frozen since 0.1.0: workspaces exist that were made with it. Change the schema in a new
-- migration (V2__...), never here.
-- The workspace's first schema: cases (queue columns + a JSON body), operators, the audit chain,
-- the export outbox and the bookkeeping of imports.

CREATE TABLE workspace_info (
    id                 INT PRIMARY KEY CHECK (id = 1),
    kind               VARCHAR(16) NOT NULL CHECK (kind IN ('LIVE', 'TRAINING')),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_version VARCHAR(32) NOT NULL
);

CREATE TABLE operator (
    username        VARCHAR(64) PRIMARY KEY,
    display_name    VARCHAR(200) NOT NULL,
    role            VARCHAR(16) NOT NULL CHECK (role IN ('AGENT', 'SUPERVISOR', 'TRAINER')),
    password_hash   VARCHAR(200) NOT NULL,
    failed_sign_ins INT DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    active          BOOLEAN DEFAULT TRUE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per case. The columns are what the queue sorts, filters and shows; the lists (timeline,
-- evidence, requests, ruling, fulfilment, notes) live in BODY as JSON, read and written whole.
-- PLATFORM_STATE and PLATFORM_HASH remember the platform's last revision of the case as imported
-- (its state, and the SHA-256 of its canonical JSON), to tell unchanged, conflicting and stale
-- revisions apart and to see whether local work moved the case since.
CREATE TABLE dispute_case (
    case_id                    VARCHAR(64) PRIMARY KEY,
    revision                   INT NOT NULL CHECK (revision >= 1),
    complaint_id               VARCHAR(64),
    channel                    VARCHAR(32) NOT NULL,
    app_id                     VARCHAR(64),
    app_name                   VARCHAR(200),
    merchant_id                VARCHAR(64) NOT NULL,
    merchant_name              VARCHAR(200) NOT NULL,
    merchant_email             VARCHAR(320),
    merchant_phone             VARCHAR(64),
    consumer_id                VARCHAR(128) NOT NULL,
    consumer_nickname          VARCHAR(200),
    consumer_phone_masked      VARCHAR(32),
    transaction_id             VARCHAR(64) NOT NULL,
    out_trade_no               VARCHAR(200),
    product_name               VARCHAR(200),
    amount_value               BIGINT NOT NULL CHECK (amount_value >= 0),
    currency                   CHAR(3) NOT NULL,
    paid_at                    TIMESTAMP WITH TIME ZONE,
    filed_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    complaint_category         VARCHAR(64),
    problem_type               VARCHAR(16) NOT NULL CHECK (problem_type IN ('REFUND', 'SERVICE_NOT_WORK', 'OTHERS')),
    description                VARCHAR(2000),
    requested_refund           BIGINT,
    complaint_count            INT NOT NULL CHECK (complaint_count >= 1),
    high_risk                  BOOLEAN NOT NULL,
    state                      VARCHAR(32) NOT NULL,
    state_since                TIMESTAMP WITH TIME ZONE,
    due_at                     TIMESTAMP WITH TIME ZONE,
    close_reason               VARCHAR(32),
    intervention_at            TIMESTAMP WITH TIME ZONE,
    intervention_trigger       VARCHAR(32),
    intervention_reason        VARCHAR(2000),
    assignee                   VARCHAR(64),
    flags                      VARCHAR(200) DEFAULT '' NOT NULL,
    state_before_appeal        VARCHAR(32),
    close_reason_before_appeal VARCHAR(32),
    proof_rejections           INT DEFAULT 0 NOT NULL,
    rank_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    platform_state             VARCHAR(32),
    platform_hash              CHAR(64),
    body                       CLOB NOT NULL,
    version                    BIGINT NOT NULL,
    updated_by                 VARCHAR(64) NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_state_known CHECK (state IN ('NEGOTIATION', 'INTERVENTION_REQUESTED', 'UNDER_REVIEW',
        'AWAITING_EVIDENCE', 'PENDING_APPROVAL', 'AWAITING_RETURN', 'AWAITING_FULFILMENT', 'VERIFYING_FULFILMENT',
        'FULFILMENT_OVERDUE', 'APPEALED', 'CLOSED')),
    CONSTRAINT case_closed_reason CHECK ((state = 'CLOSED') = (close_reason IS NOT NULL))
);

CREATE INDEX case_state_due ON dispute_case (state, due_at);
-- The queue reads each state's cases in urgency order (QueueOrder) straight from this index.
CREATE INDEX case_state_rank ON dispute_case (state, rank_at, case_id);
CREATE INDEX case_assignee ON dispute_case (assignee, state);
CREATE INDEX case_merchant ON dispute_case (merchant_id);

-- Append-only: the application never updates or deletes a row. Each record carries the hash of the
-- previous one and of its own canonical content (see AuditChain).
CREATE TABLE audit_record (
    seq          BIGINT PRIMARY KEY,
    case_id      VARCHAR(64),
    operator     VARCHAR(64) NOT NULL,
    role         VARCHAR(16) NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(64) NOT NULL,
    before_state VARCHAR(32),
    after_state  VARCHAR(32),
    details      CLOB,
    prev_hash    CHAR(64) NOT NULL,
    hash         CHAR(64) NOT NULL
);

CREATE INDEX audit_case ON audit_record (case_id, seq);

-- The newest record of the chain. Appending locks this row, so writers from several processes
-- take their turns and the chain never forks.
CREATE TABLE audit_head (
    id   INT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE outbox_action (
    action_id     VARCHAR(36) PRIMARY KEY,
    seq           BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL UNIQUE,
    case_id       VARCHAR(64) NOT NULL,
    base_revision INT NOT NULL,
    type          VARCHAR(40) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    operator      VARCHAR(64) NOT NULL,
    role          VARCHAR(16) NOT NULL,
    payload       CLOB NOT NULL,
    exported_at   TIMESTAMP WITH TIME ZONE,
    export_id     VARCHAR(128)
);

CREATE INDEX outbox_pending ON outbox_action (exported_at, seq);

-- Attachment bytes, once per SHA-256, inside the database so that they commit with the rows that
-- name them (an import is all or nothing, files included).
CREATE TABLE blob (
    sha256    CHAR(64) PRIMARY KEY,
    size      BIGINT NOT NULL,
    data      BLOB NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Bundles already imported: importing one again changes nothing.
CREATE TABLE imported_bundle (
    bundle_id   VARCHAR(128) NOT NULL,
    producer    VARCHAR(16) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by VARCHAR(64) NOT NULL,
    case_count  INT NOT NULL,
    report      CLOB,
    PRIMARY KEY (producer, bundle_id)
);
