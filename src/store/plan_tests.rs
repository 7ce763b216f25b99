//! One place for each thing: the plan's coping steps are the toolbox's strategies, its
//! people lines name people; a journal of the schema before keeps every line through
//! the migration, and two devices that migrate apart converge.

use super::tests::{clock, fresh};
use super::*;
use crate::domain::*;

/// A journal of the schema before the migration that made one place for each thing
/// (found by its words, not its number), with `setup` run on it, as the tend before it
/// left it.
fn schema_before_one_place(path: &std::path::Path, setup: &str) {
    let before = file::MIGRATIONS
        .iter()
        .position(|m| m.contains("one place for each thing"))
        .unwrap();
    super::tests::schema_at(path, before, setup);
}

const AT: &str = "'2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z'";

/// Every section of the plan; coping lines that match a strategy (in another case, with
/// blanks around) and that don't, twice the same words, odd text; people lines that
/// name a person and that don't; a strategy a trigger links to.
fn old_plan() -> String {
    let line = |n: usize, section: &str, pos: u32, text: &str, detail: &str| {
        let detail = if detail.is_empty() {
            "NULL".to_string()
        } else {
            format!("'{detail}'")
        };
        format!(
            "INSERT INTO plan_items (uid, section, position, text, detail, created_at, updated_at)
             VALUES ('line{n:02}', '{section}', {pos}, '{text}', {detail}, {AT});"
        )
    };
    let lines = [
        ("reasons", 1, "My kids", ""),
        ("reasons", 2, "Waking up clear", ""),
        ("warning-signs", 1, "Skipping meals", ""),
        ("high-risk", 1, "Payday Fridays", ""),
        ("coping-steps", 1, "  walk ", "to the river"),
        ("coping-steps", 2, "Call my sponsor", "after 6"),
        ("coping-steps", 3, "Tea; DROP TABLE x -- ☕ «quoted»", ""),
        ("coping-steps", 4, "CALL MY SPONSOR", ""),
        ("coping-steps", 5, "Breathe", "around the block"),
        ("supports", 1, "sam k.", ""),
        ("supports", 2, "Aunt May", "555 0199"),
        ("contacts", 1, "Robin", ""),
        ("contacts", 2, "Dr. Lee", "555 0100"),
        ("if-i-slip", 1, "Tell someone within a day", ""),
        ("safe-space", 1, "The library", ""),
    ];
    let mut sql: String = lines
        .iter()
        .enumerate()
        .map(|(n, (s, p, t, d))| line(n, s, *p, t, d))
        .collect();
    sql.push_str(&format!(
        "UPDATE plan_items SET stage = 'early' WHERE section = 'warning-signs';
         INSERT INTO coping_strategies (uid, name, description, created_at, updated_at)
             VALUES ('s1', 'Walk', 'around the block', {AT}), ('s2', 'breathe', NULL, {AT}),
                    ('s3', 'Walk', 'a second one of that name', {AT}),
                    ('s4', 'Cold water', NULL, {AT});
         INSERT INTO triggers (uid, name, category, origin, created_at, updated_at)
             VALUES ('t1', 'Payday', 'times', 'external', {AT});
         INSERT INTO trigger_coping (trigger_id, coping_id) VALUES (1, 4);
         INSERT INTO people (uid, name, roles, phone, created_at, updated_at)
             VALUES ('p1', 'Sam K.', 'sponsor', '555 0101', {AT}), ('p2', 'robin ', '', NULL, {AT});"
    ));
    sql
}

fn plan_words(s: &Store) -> Vec<(PlanSection, String, Option<String>)> {
    s.plan(None)
        .unwrap()
        .into_iter()
        .map(|i| (i.section, i.text, i.detail))
        .collect()
}

/// The coping toolbox as stored: uid, name and place in the plan, in the order made.
fn toolbox(s: &Store) -> Vec<(String, String, Option<i64>)> {
    s.conn
        .prepare("SELECT uid, name, plan_position FROM coping_strategies ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// People lines name their person (blanks around and case aside); the others stay lines
/// and are offered to keep as people.
fn people_lines_name_their_people(s: &Store, plan: &[PlanItem]) {
    let sam = s.find_person("Sam K.").unwrap().id;
    let robin = s.people().unwrap()[0].id;
    assert_eq!(
        s.person(robin).unwrap().name,
        "robin ",
        "blanks around ignored"
    );
    let person_of = |text: &str| plan.iter().find(|i| i.text == text).unwrap().person_id;
    assert_eq!(person_of("sam k."), Some(sam));
    assert_eq!(person_of("Robin"), Some(robin));
    assert_eq!(person_of("Aunt May"), None);
    let offered: Vec<String> = s
        .plan_items_to_adopt()
        .unwrap()
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(offered, ["Aunt May", "Dr. Lee"]);
}

#[test]
fn a_journal_of_the_schema_before_keeps_every_plan_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    schema_before_one_place(&path, &old_plan());
    let s = Store::open(&path, clock()).unwrap();
    use PlanSection::*;
    let some = |d: &str| Some(d.to_string());
    let want = [
        (Reasons, "My kids", None),
        (Reasons, "Waking up clear", None),
        (WarningSigns, "Skipping meals", None),
        (HighRisk, "Payday Fridays", None),
        // The matching strategy (the lowest uid of its name), the line's detail below
        // its own description.
        (CopingSteps, "Walk", some("around the block · to the river")),
        (CopingSteps, "Call my sponsor", some("after 6")),
        (CopingSteps, "Tea; DROP TABLE x -- ☕ «quoted»", None),
        // "CALL MY SPONSOR" is the same strategy as the second line, at its place.
        (CopingSteps, "breathe", some("around the block")),
        (Supports, "sam k.", None),
        (Supports, "Aunt May", some("555 0199")),
        (Contacts, "Robin", None),
        (Contacts, "Dr. Lee", some("555 0100")),
        (IfISlip, "Tell someone within a day", None),
        (SafeSpace, "The library", None),
    ];
    let want: Vec<_> = want
        .into_iter()
        .map(|(s, t, d)| (s, t.to_string(), d))
        .collect();
    assert_eq!(plan_words(&s), want);
    let plan = s.plan(None).unwrap();
    let positions: Vec<u32> = plan
        .iter()
        .filter(|i| i.section == CopingSteps)
        .map(|i| i.position)
        .collect();
    assert_eq!(positions, [1, 2, 3, 4]);
    assert_eq!(plan[2].stage, Some(Stage::Early));
    people_lines_name_their_people(&s, &plan);
    // The toolbox: the new strategies take uids derived from their lines', nothing twice.
    let derived = |n: &str| file::derived_uid(n, "coping");
    let own = |u: &str, n: &str, p: Option<i64>| (u.to_string(), n.to_string(), p);
    assert_eq!(
        toolbox(&s),
        [
            own("s1", "Walk", Some(1)),
            own("s2", "breathe", Some(5)),
            own("s3", "Walk", None),
            own("s4", "Cold water", None),
            (derived("line05"), "Call my sponsor".into(), Some(2)),
            (
                derived("line06"),
                "Tea; DROP TABLE x -- ☕ «quoted»".into(),
                Some(3)
            ),
        ]
    );
    let lines: i64 = s
        .conn
        .query_row(
            "SELECT count(*) FROM plan_items WHERE section = 'coping-steps'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(lines, 0, "their words live in the strategies");
    assert_eq!(
        s.triggers().unwrap()[0].coping_ids,
        [4],
        "the trigger's link stays"
    );
}

#[test]
fn a_coping_step_is_a_strategy_chosen_for_the_plan() {
    let (_d, s) = fresh();
    let walk = s.write(|w| w.add_coping("Walk", None, None)).unwrap();
    let steps = s
        .write(|w| {
            ["walk ", "Call Sam", "Tea"]
                .iter()
                .map(|t| w.add_plan_item(PlanSection::CopingSteps, t, None, None))
                .collect::<Result<Vec<_>>>()
        })
        .unwrap();
    assert_eq!(
        steps[0].coping_id,
        Some(walk.id),
        "the toolbox's own, not a second"
    );
    assert_eq!(s.coping_strategies().unwrap().len(), 3);
    s.write(|w| w.plan_coping(steps[2].id, Some(1))).unwrap();
    let order = |s: &Store| -> Vec<String> {
        s.plan(Some(PlanSection::CopingSteps))
            .unwrap()
            .into_iter()
            .map(|i| format!("{}. {}", i.position, i.text))
            .collect()
    };
    assert_eq!(order(&s), ["1. Tea", "2. Walk", "3. Call Sam"]);
    // Taken out of the plan: still in the toolbox; undo puts it back in its place.
    let (before, _) = s
        .write(|w| {
            w.edit_record(RecordKind::Coping, walk.id, None, |w| {
                w.plan_coping(walk.id, None)
            })
        })
        .unwrap();
    assert_eq!(order(&s), ["1. Tea", "2. Call Sam"]);
    assert_eq!(s.coping_strategies().unwrap().len(), 3);
    s.write(|w| w.restore(&before)).unwrap();
    assert_eq!(order(&s), ["1. Tea", "2. Walk", "3. Call Sam"]);
    // Deleted from the toolbox: gone from the plan too (the question says so), and back
    // with undo.
    let (_, also) = s.deletion(RecordKind::Coping, walk.id).unwrap();
    assert_eq!(also, ["it leaves your plan's coping steps too"]);
    let gone = s
        .write(|w| w.delete_record(RecordKind::Coping, walk.id))
        .unwrap();
    assert_eq!(order(&s), ["1. Tea", "2. Call Sam"]);
    s.write(|w| w.restore(&gone)).unwrap();
    assert_eq!(order(&s), ["1. Tea", "2. Walk", "3. Call Sam"]);
    // Its words are the strategy's.
    s.write(|w| w.edit_plan_coping(walk.id, "Walk the dog", Some("twice")))
        .unwrap();
    let c = s.coping_strategies().unwrap();
    assert!(
        c.iter()
            .any(|c| c.name == "Walk the dog" && c.description.as_deref() == Some("twice"))
    );
}

#[test]
fn a_people_line_naming_a_person_is_theirs() {
    let (_d, s) = fresh();
    let sam = s
        .write(|w| {
            w.add_person(PersonDraft {
                name: "Sam".into(),
                roles: vec![Role::Sponsor],
                phone: Some("555 0101".into()),
                keep_in_touch_days: None,
                emergency: false,
                active_from: None,
                active_to: None,
                note: None,
            })
        })
        .unwrap();
    let line = s
        .write(|w| w.add_plan_item(PlanSection::Supports, " SAM", None, None))
        .unwrap();
    assert_eq!(line.person_id, Some(sam.id));
    let other = s
        .write(|w| w.add_plan_item(PlanSection::Supports, "Aunt May", None, None))
        .unwrap();
    assert_eq!(other.person_id, None);
}

/// Two devices that synced a journal of the schema before migrate it apart (at other
/// times, under other device ids), then sync: each holds the same strategies, plan and
/// people links, no strategy twice and no words kept aside as a conflict.
#[test]
fn two_devices_migrating_apart_converge_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let (a_path, b_path) = (dir.path().join("a.db"), dir.path().join("b.db"));
    let (a_id, b_id) = ("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb");
    // What both hold after syncing: every record at the version device A gave it.
    let synced = format!(
        "{} UPDATE sync_changes SET pending = 0, dirty = 0, stamp = 1 << 40, device = '{a_id}';
         UPDATE journal_clock SET device = '{a_id}', clock = 1 << 40;",
        old_plan()
    );
    schema_before_one_place(&a_path, &synced);
    std::fs::copy(&a_path, &b_path).unwrap();
    rusqlite::Connection::open(&b_path)
        .unwrap()
        .execute_batch(&format!("UPDATE journal_clock SET device = '{b_id}';"))
        .unwrap();
    let later = crate::clock::Clock::Fixed(
        chrono::DateTime::parse_from_rfc3339("2026-11-25T08:00:00+00:00").unwrap(),
    );
    let a = Store::open(&a_path, clock()).unwrap();
    let b = Store::open(&b_path, later).unwrap();
    for (s, id) in [(&a, a_id), (&b, b_id)] {
        s.write(|tx| tx.sync_begin(&changes::tests::setup(id)))
            .unwrap();
    }
    for _ in 0..2 {
        let out = a.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
        b.write(|tx| tx.sync_apply(a_id, 1, &out.body)).unwrap();
        let out = b.write(|tx| tx.sync_collect(1)).unwrap().unwrap();
        a.write(|tx| tx.sync_apply(b_id, 1, &out.body)).unwrap();
    }
    let toolbox = |s: &Store| {
        let mut t = toolbox(s);
        t.sort();
        t
    };
    assert_eq!(toolbox(&a), toolbox(&b));
    assert_eq!(toolbox(&a).len(), 6, "no strategy twice");
    assert_eq!(plan_words(&a), plan_words(&b));
    let links = |s: &Store| -> Vec<Option<String>> {
        s.plan(None)
            .unwrap()
            .iter()
            .map(|i| i.person_id.map(|p| s.person(p).unwrap().name))
            .collect()
    };
    assert_eq!(links(&a), links(&b));
    for s in [&a, &b] {
        let kept: i64 = s
            .conn
            .query_row("SELECT count(*) FROM sync_conflicts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 0, "nothing kept aside");
        let lines: i64 = s
            .conn
            .query_row("SELECT count(*) FROM plan_items", [], |r| r.get(0))
            .unwrap();
        assert_eq!(lines, 10, "no plan line twice");
    }
}
