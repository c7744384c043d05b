-- The queue filtered by merchant, read in rank order within each state as every queue page is:
-- with only (merchant_id) PostgreSQL combined it with the whole state's (state, due_at) index
-- (66,000 entries read for a merchant's 466 cases at a million cases; filtered page p95 119 ms).
-- (merchant_id, filed_at) still serves the merchant's history; (merchant_id) alone had no query
-- that one of the two does not serve.
CREATE INDEX case_merchant_state_rank ON dispute_case (merchant_id, state, rank_at, case_id);
DROP INDEX case_merchant;
