-- An export claims the actions it writes before writing them, so that two exports running at once
-- never carry the same action. A claim that is never completed (the exporting process died)
-- expires, and a later export takes the actions again.
ALTER TABLE outbox_action ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
