-- What operators typed in a case's forms and did not send yet (a ruling, an evidence request, a note):
-- saved as they type, so that a crash or a closed window loses nothing; removed in the transaction
-- that sends the action. The content is JSON so that a form's new fields need no migration.
CREATE TABLE draft (
    operator      VARCHAR(64) NOT NULL,
    case_id       VARCHAR(64) NOT NULL,
    action        VARCHAR(40) NOT NULL,
    seen_version  BIGINT      NOT NULL,
    content       CLOB        NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (operator, case_id, action)
);
