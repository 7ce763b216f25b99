-- tend schema, version 13: one place for each thing.
--
-- A coping step of the plan is a strategy of the coping toolbox chosen for the plan:
-- plan_position is its place among the plan's coping steps (none: not in the plan). So
-- a trigger links to the same strategies, the crisis view lists them, and deleting a
-- strategy takes it out of the plan (and undo puts it back).
--
-- The plan's coping-step lines become such strategies. A line whose words are an
-- existing strategy's name (any case, blanks around ignored) chooses that strategy
-- (the one with the lowest uid when several share it); the others each make one, with
-- a uid derived from the line's, so two devices migrating apart make the same one. Two
-- lines with the same words make one strategy, at the first one's place. A line's
-- detail becomes its strategy's description, or is added after a description that
-- says something else (after a ' · '). The lines are then removed: their words live in the strategy.
--
-- A line among the people to call or the contacts whose words are a person's name is
-- linked to that person (their name and number are then read from the person).
ALTER TABLE coping_strategies ADD COLUMN plan_position INTEGER CHECK (plan_position IS NULL OR plan_position >= 0);

CREATE TEMP TABLE one_place_lines AS
SELECT p.uid, p.position, p.text, p.detail, p.created_at, p.updated_at,
       lower(trim(p.text, char(32, 9, 10, 13))) AS words
FROM plan_items p WHERE p.section = 'coping-steps';

CREATE TEMP TABLE one_place_names AS
SELECT c.id, c.uid, lower(trim(c.name, char(32, 9, 10, 13))) AS words
FROM coping_strategies c
WHERE NOT EXISTS (SELECT 1 FROM coping_strategies o
    WHERE lower(trim(o.name, char(32, 9, 10, 13)))
        = lower(trim(c.name, char(32, 9, 10, 13)))
      AND o.uid < c.uid);

-- The first line of each words, in the plan's order.
CREATE TEMP TABLE one_place_first AS
SELECT l.* FROM one_place_lines l
WHERE NOT EXISTS (SELECT 1 FROM one_place_lines q WHERE q.words = l.words
    AND (q.position < l.position OR (q.position = l.position AND q.uid < l.uid)));

UPDATE coping_strategies SET
    plan_position = (SELECT f.position FROM one_place_first f JOIN one_place_names n ON n.words = f.words
                     WHERE n.id = coping_strategies.id),
    description = (SELECT CASE
            WHEN f.detail IS NULL OR trim(f.detail) = '' THEN coping_strategies.description
            WHEN coping_strategies.description IS NULL OR trim(coping_strategies.description) = '' THEN f.detail
            WHEN instr(coping_strategies.description, f.detail) > 0 THEN coping_strategies.description
            ELSE coping_strategies.description || ' · ' || f.detail END
        FROM one_place_first f JOIN one_place_names n ON n.words = f.words
        WHERE n.id = coping_strategies.id)
WHERE id IN (SELECT n.id FROM one_place_names n JOIN one_place_first f ON f.words = n.words);

INSERT INTO coping_strategies (uid, name, description, created_at, updated_at, plan_position)
SELECT derived_uid(f.uid, 'coping'), trim(f.text, char(32, 9, 10, 13)),
       nullif(trim(f.detail), ''), f.created_at, f.updated_at, f.position
FROM one_place_first f
WHERE NOT EXISTS (SELECT 1 FROM one_place_names n WHERE n.words = f.words)
ORDER BY f.position, f.uid;

DELETE FROM plan_items WHERE section = 'coping-steps';

DROP TABLE one_place_lines;
DROP TABLE one_place_names;
DROP TABLE one_place_first;

UPDATE plan_items SET person_id = (
    SELECT pe.id FROM people pe
    WHERE lower(trim(pe.name, char(32, 9, 10, 13)))
        = lower(trim(plan_items.text, char(32, 9, 10, 13)))
    ORDER BY pe.uid LIMIT 1)
WHERE section IN ('supports', 'contacts') AND person_id IS NULL
  AND EXISTS (SELECT 1 FROM people pe
    WHERE lower(trim(pe.name, char(32, 9, 10, 13)))
        = lower(trim(plan_items.text, char(32, 9, 10, 13))));
