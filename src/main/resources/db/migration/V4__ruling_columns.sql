-- The issued ruling's outcome and who proposed and issued it, as columns beside the case's JSON body,
-- so that the supervisor's dashboard counts outcomes, throughput and time to ruling in SQL instead of
-- reading every case. Written with the case on every save (JooqCaseRepository.fill); a case saved
-- before this migration gets them the next time it is saved.
ALTER TABLE dispute_case ADD COLUMN ruling_responsibility VARCHAR(16);
ALTER TABLE dispute_case ADD COLUMN ruling_remedy VARCHAR(32);
ALTER TABLE dispute_case ADD COLUMN ruling_proposed_by VARCHAR(64);
ALTER TABLE dispute_case ADD COLUMN ruling_proposed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dispute_case ADD COLUMN ruling_issued_by VARCHAR(64);
ALTER TABLE dispute_case ADD COLUMN ruling_issued_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX case_ruling_issued ON dispute_case (ruling_issued_at);
-- open complaints per merchant in a sliding window (the Merchants view)
CREATE INDEX case_merchant_filed ON dispute_case (merchant_id, filed_at);
