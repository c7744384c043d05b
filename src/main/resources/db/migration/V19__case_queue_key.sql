-- A search that finds its cases through their tokens (QueueQueries) first puts them in queue order, then
-- reads the rows of the page it shows. This index gives each case's place in the queue (its state and
-- rank) by its id without reading its row: a search with 10,000 candidates read 10,000 rows, scattered
-- over the whole file, where it now reads this index's neighbouring entries and a page of rows.
CREATE INDEX case_id_state_rank ON dispute_case (case_id, state, rank_at);
