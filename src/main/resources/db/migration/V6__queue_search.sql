-- The queue's search box (QueueQueries, SearchText): each case's lower-case tokens, filled when a case
-- is stored: its ids whole (case, complaint, transaction, merchant, consumer), the words of its
-- merchant name and complaint text, and two-character slices of Chinese, Japanese and Korean runs.
-- A search reads the tokens by prefix from this primary key, so it costs about the same with a
-- thousand cases or a million; `LIKE '%word%'` over the cases read every row (seconds at a million).
-- No foreign key and no unique key: the import writes millions of these rows, and H2 checks a unique
-- index inside a large transaction by iterating its uncommitted entries (18% of an import's time when
-- this was a primary key); the store writes each case's tokens once (SearchText gives a set).
-- Cases stored before this migration get their tokens when the workspace is first opened after it.
CREATE TABLE case_search (
    token   VARCHAR(64) NOT NULL,
    case_id VARCHAR(64) NOT NULL
);

CREATE INDEX case_search_token ON case_search (token, case_id);
