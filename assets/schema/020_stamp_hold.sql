-- A merge writes the sync bookkeeping of each record it takes itself (its version, and
-- whether it is news to send on): the triggers that mark a record changed here wait
-- while `stamp_hold` holds a row, as the search index's do while `fts_hold` does. Not
-- for kept words, check-ins and the profile, whose merge reads what the triggers mark.
-- The row is written and removed within the merge's own transaction.
CREATE TABLE stamp_hold (id INTEGER PRIMARY KEY);

DROP TRIGGER commitments_sync_insert;
CREATE TRIGGER commitments_sync_insert AFTER INSERT ON commitments
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER commitments_sync_update;
CREATE TRIGGER commitments_sync_update AFTER UPDATE ON commitments
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER commitments_sync_delete;
CREATE TRIGGER commitments_sync_delete AFTER DELETE ON commitments
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitments', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER journal_entries_sync_insert;
CREATE TRIGGER journal_entries_sync_insert AFTER INSERT ON journal_entries
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER journal_entries_sync_update;
CREATE TRIGGER journal_entries_sync_update AFTER UPDATE ON journal_entries
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER journal_entries_sync_delete;
CREATE TRIGGER journal_entries_sync_delete AFTER DELETE ON journal_entries
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('journal_entries', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goals_sync_insert;
CREATE TRIGGER goals_sync_insert AFTER INSERT ON goals
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goals_sync_update;
CREATE TRIGGER goals_sync_update AFTER UPDATE ON goals
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goals_sync_delete;
CREATE TRIGGER goals_sync_delete AFTER DELETE ON goals
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goals', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goal_steps_sync_insert;
CREATE TRIGGER goal_steps_sync_insert AFTER INSERT ON goal_steps
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_steps' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goal_steps_sync_update;
CREATE TRIGGER goal_steps_sync_update AFTER UPDATE ON goal_steps
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_steps' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goal_steps_sync_delete;
CREATE TRIGGER goal_steps_sync_delete AFTER DELETE ON goal_steps
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_steps' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_steps', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goal_logs_sync_insert;
CREATE TRIGGER goal_logs_sync_insert AFTER INSERT ON goal_logs
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_logs' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goal_logs_sync_update;
CREATE TRIGGER goal_logs_sync_update AFTER UPDATE ON goal_logs
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_logs' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER goal_logs_sync_delete;
CREATE TRIGGER goal_logs_sync_delete AFTER DELETE ON goal_logs
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'goal_logs' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('goal_logs', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER coping_strategies_sync_insert;
CREATE TRIGGER coping_strategies_sync_insert AFTER INSERT ON coping_strategies
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER coping_strategies_sync_update;
CREATE TRIGGER coping_strategies_sync_update AFTER UPDATE ON coping_strategies
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER coping_strategies_sync_delete;
CREATE TRIGGER coping_strategies_sync_delete AFTER DELETE ON coping_strategies
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('coping_strategies', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER triggers_sync_insert;
CREATE TRIGGER triggers_sync_insert AFTER INSERT ON triggers
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER triggers_sync_update;
CREATE TRIGGER triggers_sync_update AFTER UPDATE ON triggers
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER triggers_sync_delete;
CREATE TRIGGER triggers_sync_delete AFTER DELETE ON triggers
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('triggers', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trigger_events_sync_insert;
CREATE TRIGGER trigger_events_sync_insert AFTER INSERT ON trigger_events
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trigger_events' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trigger_events_sync_update;
CREATE TRIGGER trigger_events_sync_update AFTER UPDATE ON trigger_events
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trigger_events' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trigger_events_sync_delete;
CREATE TRIGGER trigger_events_sync_delete AFTER DELETE ON trigger_events
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trigger_events' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trigger_events', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER setbacks_sync_insert;
CREATE TRIGGER setbacks_sync_insert AFTER INSERT ON setbacks
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'setbacks' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER setbacks_sync_update;
CREATE TRIGGER setbacks_sync_update AFTER UPDATE ON setbacks
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'setbacks' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER setbacks_sync_delete;
CREATE TRIGGER setbacks_sync_delete AFTER DELETE ON setbacks
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'setbacks' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('setbacks', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER assessments_sync_insert;
CREATE TRIGGER assessments_sync_insert AFTER INSERT ON assessments
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER assessments_sync_update;
CREATE TRIGGER assessments_sync_update AFTER UPDATE ON assessments
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER assessments_sync_delete;
CREATE TRIGGER assessments_sync_delete AFTER DELETE ON assessments
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('assessments', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER people_sync_insert;
CREATE TRIGGER people_sync_insert AFTER INSERT ON people
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER people_sync_update;
CREATE TRIGGER people_sync_update AFTER UPDATE ON people
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER people_sync_delete;
CREATE TRIGGER people_sync_delete AFTER DELETE ON people
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('people', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER plan_items_sync_insert;
CREATE TRIGGER plan_items_sync_insert AFTER INSERT ON plan_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'plan_items' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER plan_items_sync_update;
CREATE TRIGGER plan_items_sync_update AFTER UPDATE ON plan_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'plan_items' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER plan_items_sync_delete;
CREATE TRIGGER plan_items_sync_delete AFTER DELETE ON plan_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'plan_items' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('plan_items', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER meetings_sync_insert;
CREATE TRIGGER meetings_sync_insert AFTER INSERT ON meetings
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER meetings_sync_update;
CREATE TRIGGER meetings_sync_update AFTER UPDATE ON meetings
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER meetings_sync_delete;
CREATE TRIGGER meetings_sync_delete AFTER DELETE ON meetings
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('meetings', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER connections_sync_insert;
CREATE TRIGGER connections_sync_insert AFTER INSERT ON connections
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'connections' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER connections_sync_update;
CREATE TRIGGER connections_sync_update AFTER UPDATE ON connections
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'connections' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER connections_sync_delete;
CREATE TRIGGER connections_sync_delete AFTER DELETE ON connections
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'connections' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('connections', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER journal_tags_sync_insert;
CREATE TRIGGER journal_tags_sync_insert AFTER INSERT ON journal_tags
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'journal_entries', uid FROM journal_entries WHERE id = NEW.entry_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER journal_tags_sync_delete;
CREATE TRIGGER journal_tags_sync_delete AFTER DELETE ON journal_tags
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'journal_entries', uid FROM journal_entries WHERE id = OLD.entry_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trigger_coping_sync_insert;
CREATE TRIGGER trigger_coping_sync_insert AFTER INSERT ON trigger_coping
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'triggers', uid FROM triggers WHERE id = NEW.trigger_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trigger_coping_sync_delete;
CREATE TRIGGER trigger_coping_sync_delete AFTER DELETE ON trigger_coping
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'triggers', uid FROM triggers WHERE id = OLD.trigger_id
        AND EXISTS (SELECT 1 FROM coping_strategies WHERE id = OLD.coping_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER setback_triggers_sync_insert;
CREATE TRIGGER setback_triggers_sync_insert AFTER INSERT ON setback_triggers
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'setbacks', uid FROM setbacks WHERE id = NEW.setback_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER setback_triggers_sync_delete;
CREATE TRIGGER setback_triggers_sync_delete AFTER DELETE ON setback_triggers
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'setbacks', uid FROM setbacks WHERE id = OLD.setback_id
        AND EXISTS (SELECT 1 FROM triggers WHERE id = OLD.trigger_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER connection_people_sync_insert;
CREATE TRIGGER connection_people_sync_insert AFTER INSERT ON connection_people
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'connections', uid FROM connections WHERE id = NEW.connection_id
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER connection_people_sync_delete;
CREATE TRIGGER connection_people_sync_delete AFTER DELETE ON connection_people
    WHEN NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) SELECT 'connections', uid FROM connections WHERE id = OLD.connection_id
        AND EXISTS (SELECT 1 FROM people WHERE id = OLD.person_id)
    ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER commitment_paths_sync_insert;
CREATE TRIGGER commitment_paths_sync_insert AFTER INSERT ON commitment_paths
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'commitment_paths' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitment_paths', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER commitment_paths_sync_update;
CREATE TRIGGER commitment_paths_sync_update AFTER UPDATE ON commitment_paths
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'commitment_paths' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitment_paths', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER commitment_paths_sync_delete;
CREATE TRIGGER commitment_paths_sync_delete AFTER DELETE ON commitment_paths
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'commitment_paths' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('commitment_paths', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER uses_sync_insert;
CREATE TRIGGER uses_sync_insert AFTER INSERT ON uses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'uses' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('uses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER uses_sync_update;
CREATE TRIGGER uses_sync_update AFTER UPDATE ON uses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'uses' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('uses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER uses_sync_delete;
CREATE TRIGGER uses_sync_delete AFTER DELETE ON uses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'uses' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('uses', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER medications_sync_insert;
CREATE TRIGGER medications_sync_insert AFTER INSERT ON medications
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medications' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medications', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER medications_sync_update;
CREATE TRIGGER medications_sync_update AFTER UPDATE ON medications
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medications' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medications', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER medications_sync_delete;
CREATE TRIGGER medications_sync_delete AFTER DELETE ON medications
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medications' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medications', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER medication_schedules_sync_insert;
CREATE TRIGGER medication_schedules_sync_insert AFTER INSERT ON medication_schedules
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medication_schedules' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medication_schedules', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER medication_schedules_sync_update;
CREATE TRIGGER medication_schedules_sync_update AFTER UPDATE ON medication_schedules
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medication_schedules' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medication_schedules', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER medication_schedules_sync_delete;
CREATE TRIGGER medication_schedules_sync_delete AFTER DELETE ON medication_schedules
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'medication_schedules' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('medication_schedules', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER doses_sync_insert;
CREATE TRIGGER doses_sync_insert AFTER INSERT ON doses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'doses' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('doses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER doses_sync_update;
CREATE TRIGGER doses_sync_update AFTER UPDATE ON doses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'doses' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('doses', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER doses_sync_delete;
CREATE TRIGGER doses_sync_delete AFTER DELETE ON doses
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'doses' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('doses', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trackers_sync_insert;
CREATE TRIGGER trackers_sync_insert AFTER INSERT ON trackers
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trackers' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trackers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trackers_sync_update;
CREATE TRIGGER trackers_sync_update AFTER UPDATE ON trackers
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trackers' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trackers', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER trackers_sync_delete;
CREATE TRIGGER trackers_sync_delete AFTER DELETE ON trackers
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'trackers' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('trackers', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER tracker_values_sync_insert;
CREATE TRIGGER tracker_values_sync_insert AFTER INSERT ON tracker_values
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'tracker_values' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('tracker_values', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER tracker_values_sync_update;
CREATE TRIGGER tracker_values_sync_update AFTER UPDATE ON tracker_values
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'tracker_values' AND key = NEW.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('tracker_values', NEW.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
DROP TRIGGER tracker_values_sync_delete;
CREATE TRIGGER tracker_values_sync_delete AFTER DELETE ON tracker_values
    WHEN NOT EXISTS (SELECT 1 FROM sync_cascade WHERE tbl = 'tracker_values' AND key = OLD.uid)
        AND NOT EXISTS (SELECT 1 FROM stamp_hold) BEGIN
    INSERT INTO sync_changes (tbl, key) VALUES ('tracker_values', OLD.uid) ON CONFLICT (tbl, key) DO UPDATE SET pending = 1;
END;
