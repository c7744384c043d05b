-- Saved queue views: each operator's named filters (states, scope, merchant, problem type, due window,
-- search), kept as JSON so that new filter fields do not need a migration.
CREATE TABLE saved_view (
    operator   VARCHAR(64)  NOT NULL,
    name       VARCHAR(80)  NOT NULL,
    filter     CLOB         NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (operator, name)
);
