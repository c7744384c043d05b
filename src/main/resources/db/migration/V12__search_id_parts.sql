-- The search finds a case by any part of its ids (SearchText.idParts: the rest of an id after each
-- punctuation mark, its last number without leading zeros), not only by the start of an id. The tokens
-- are made again, by today's rules, from the cases' columns when the workspace is first opened after
-- this migration (CaseSearchTokens.fillIfMissing fills an empty case_search).
DELETE FROM case_search;
