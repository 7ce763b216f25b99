-- tend schema, version 8: words kept aside belong only to kinds of record tend knows.
--
-- A kept text names its record's table (`sync_conflicts.tbl`), and an older tend took
-- whatever a data file or a segment put there. A name that is not one of the synced
-- tables (SQL, say) belongs to no record and must never reach a query: such rows go
-- (tend now refuses them on the way in).
DELETE FROM sync_conflicts WHERE tbl NOT IN (
    'profile', 'commitments', 'checkins', 'journal_entries', 'goals', 'goal_steps',
    'goal_logs', 'coping_strategies', 'triggers', 'trigger_events', 'setbacks',
    'assessments', 'people', 'plan_items', 'meetings', 'connections'
);
