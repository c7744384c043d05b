-- The queue's search box (QueueQueries, SearchText): each case's lower-case tokens, filled when a case
-- is stored: its ids whole (case, complaint, transaction, merchant, consumer), the words of its
-- merchant name and complaint text, and two-character slices of Chinese, Japanese and Korean runs.
-- A search reads the tokens by prefix from this primary key, so it costs about the same with a
-- thousand cases or a million; `LIKE '%word%'` over the cases read every row (seconds at a million).
-- No foreign key: the import writes millions of these rows and the store keeps them with their case.
-- Cases stored before this migration get their tokens when the workspace is first opened after it.
CREATE TABLE case_search (
    token   VARCHAR(64) NOT NULL,
    case_id VARCHAR(64) NOT NULL,
    CONSTRAINT case_search_pk PRIMARY KEY (token, case_id)
);
