-- Two indexes no query reads (issue 19: no index that no query uses). Every merchant's cases are found
-- through case_merchant_state_rank (merchant_id first); no query asks for a merchant's cases by the
-- time they were filed, and the dashboard's window on filed_at cannot start with merchant_id. No query
-- looks up training attempts by case. Each index cost its bytes in every case's or attempt's write.
DROP INDEX case_merchant_filed;
DROP INDEX training_attempt_case;
