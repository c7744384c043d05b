-- A training case's difficulty beside its JSON body, so that the training queue shows it with the page's
-- other columns (issue 17). Written with the case on every save (JooqCaseRepository.fill); V18 fills it
-- for the training cases stored before.
ALTER TABLE dispute_case ADD COLUMN difficulty VARCHAR(8);
