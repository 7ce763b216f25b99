//! The counselor summary and the data round trip, at library level: golden files,
//! privacy defaults, hostile text in every format, and export → import → export.

use chrono::{DateTime, NaiveDate};
use pretty_assertions::assert_eq;
use proptest::prelude::*;
use tend::clock::Clock;
use tend::domain::*;
use tend::report::{self, Format, Includes, Summary};
use tend::store::Store;

fn clock() -> Clock {
    Clock::Fixed(DateTime::parse_from_rfc3339("2026-11-23T10:00:00+00:00").unwrap())
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn store(dir: &tempfile::TempDir, name: &str) -> Store {
    Store::open(&dir.path().join(name), clock()).unwrap()
}

/// Compares with tests/golden/NAME, or rewrites it when UPDATE_GOLDEN=1.
fn golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {name}; run with UPDATE_GOLDEN=1"));
    assert_eq!(
        expected, actual,
        "{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it after review)"
    );
}

#[test]
fn summaries_match_their_golden_files() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "demo.db");
    tend::demo::generate(&s, d("2026-11-23"), 1, 7, Some(60)).unwrap();
    let summary = report::build(&s, d("2026-08-01"), d("2026-11-23"), Includes::default()).unwrap();
    for (format, name) in [
        (Format::Html, "summary.html"),
        (Format::Markdown, "summary.md"),
        (Format::Csv, "summary.csv"),
    ] {
        golden(name, &report::render(format, &summary));
    }
}

/// Every figure and worked-out sentence the summary model offers, as a reader sees it.
fn figures(s: &Summary) -> Vec<String> {
    let g = &s.glance;
    let mut f = vec![
        s.generated.clone(),
        s.shared.clone(),
        g.days_in_recovery.to_string(),
        format!("{} of {} days", g.checkin_days, g.tracked_days),
        format!("{}%", g.adherence),
    ];
    for c in &g.commitments {
        f.push(format!("{} of {}", c.range_on_track, c.range_days));
        f.push(format!("{}%", c.percent));
        f.push(format!("run {} · longest {}", c.current_run, c.longest_run));
    }
    f.extend(s.measures.iter().map(|m| m.average.clone()));
    for h in &s.halt {
        f.push(format!("{} of {}", h.days, h.of));
        f.push(format!("({}%)", h.percent));
    }
    for t in &s.triggers {
        f.extend([t.name.clone(), t.mean_urge_before.clone()]);
        if let Some((name, drop)) = &t.best_coping {
            f.extend([name.clone(), drop.clone()]);
        }
    }
    f.extend(s.goals.iter().map(|g| g.progress.clone()));
    for l in &s.setbacks {
        f.push(l.setback.kind.label().to_string());
        f.extend(l.commitment.clone());
        f.extend(l.bounce_back.clone());
    }
    for (_, items) in &s.plan {
        f.extend(items.iter().filter_map(|i| i.stage.map(|x| x.to_string())));
    }
    for r in &s.scales.results {
        f.extend([r.score.clone(), r.band.clone()]);
    }
    for (name, trend) in &s.scales.trends {
        f.push(format!("{name} trend"));
        f.push(trend.clone());
    }
    f.extend(s.scales.sources.iter().map(|x| x.to_string()));
    f
}

#[test]
fn html_and_markdown_show_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "demo.db");
    tend::demo::generate(&s, d("2026-11-23"), 1, 7, Some(60)).unwrap();
    let summary = report::build(&s, d("2026-08-01"), d("2026-11-23"), Includes::default()).unwrap();
    let html = report::render(Format::Html, &summary);
    let md = report::render(Format::Markdown, &summary);
    let figures = figures(&summary);
    assert!(figures.len() > 40, "the demo fills every section");
    let missing = |text: &str, escape: fn(&str) -> String| -> Vec<String> {
        figures
            .iter()
            // Names and sentences are escaped for their format; figures are as they are.
            .filter(|f| !text.contains(f.as_str()) && !text.contains(&escape(f)))
            .cloned()
            .collect()
    };
    assert_eq!(
        missing(&html, report::html_escape),
        Vec::<String>::new(),
        "missing from the HTML"
    );
    assert_eq!(
        missing(&md, report::md_escape),
        Vec::<String>::new(),
        "missing from the Markdown"
    );
    // The CSV diary card counts the same check-in days.
    let csv = report::render(Format::Csv, &summary);
    let checked = csv
        .lines()
        .skip(1)
        .filter(|l| l.split(',').nth(2) == Some("1"));
    assert_eq!(checked.count(), summary.glance.checkin_days);
}

#[test]
fn private_text_stays_out_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "p.db");
    s.write(|w| {
        w.upsert_checkin(
            d("2026-11-20"),
            &CheckinPatch {
                mood: Some(6),
                note: Some("NOTE-SECRET".into()),
                ..Default::default()
            },
        )?;
        w.add_journal(JournalDraft {
            at: clock().now(),
            title: None,
            body: "JOURNAL-SECRET".into(),
            mood: None,
            domain: None,
            tags: vec![],
        })?;
        w.add_setback(SetbackDraft {
            date: d("2026-11-21"),
            commitment_id: None,
            kind: SetbackKind::Slip,
            what_happened: Some("STORY-SECRET".into()),
            warning_signs: None,
            what_helped: None,
            learned: Some("LESSON-SHARED".into()),
            next_time: None,
            reached_out: None,
            trigger_ids: vec![],
        })
    })
    .unwrap();
    let render_all = |inc: Includes| {
        let sm = report::build(&s, d("2026-11-01"), d("2026-11-23"), inc).unwrap();
        [Format::Html, Format::Markdown, Format::Csv]
            .map(|f| report::render(f, &sm))
            .join("\n")
    };
    let none = render_all(Includes::default());
    for secret in ["NOTE-SECRET", "JOURNAL-SECRET", "STORY-SECRET"] {
        assert!(!none.contains(secret), "{secret} leaked by default");
    }
    assert!(none.contains("LESSON-SHARED"), "lessons are in by default");
    let all = render_all(Includes {
        journal: true,
        notes: true,
        setback_details: true,
    });
    for secret in ["NOTE-SECRET", "JOURNAL-SECRET", "STORY-SECRET"] {
        assert!(all.contains(secret), "{secret} missing when included");
    }
}

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "=HYPERLINK(\"http://x\")",
    "| a | b | with `backticks` and **stars**",
    "evil\u{202E}txt.exe",
    "nul\0byte",
];

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "h.db");
    let big = "x<y ".repeat(256 * 1024); // 1 MiB
    s.write(|w| {
        for (i, h) in HOSTILE.iter().enumerate() {
            let day = d("2026-11-10") + chrono::Duration::days(i as i64);
            w.add_commitment(h, d("2026-10-01"), None)?;
            w.add_plan_item(PlanSection::Reasons, h, Some(h), None)?;
            w.upsert_checkin(
                day,
                &CheckinPatch {
                    mood: Some(5),
                    note: Some((*h).into()),
                    ..Default::default()
                },
            )?;
            let c = w.add_coping(h, None, None)?;
            let t = w.add_trigger(TriggerDraft {
                name: (*h).into(),
                category: TriggerCategory::Feelings,
                origin: TriggerOrigin::Internal,
                notes: None,
                coping_ids: vec![c.id],
            })?;
            w.log_trigger_event(EventDraft {
                at: DateTime::parse_from_rfc3339(&format!("{day}T12:00:00+00:00")).unwrap(),
                trigger_id: Some(t.id),
                urge_before: 7,
                urge_after: Some(2),
                coping_id: Some(c.id),
                outcome: Outcome::Passed,
                note: None,
            })?;
            w.add_goal(GoalDraft {
                title: (*h).into(),
                domain: LifeDomain::Social,
                why: None,
                kind: GoalKind::Habit,
                per_week: Some(2),
                target_date: None,
                steps: vec![],
            })?;
            w.add_setback(SetbackDraft {
                date: day,
                commitment_id: None,
                kind: SetbackKind::HardDay,
                what_happened: Some((*h).into()),
                warning_signs: None,
                what_helped: None,
                learned: Some((*h).into()),
                next_time: None,
                reached_out: None,
                trigger_ids: vec![],
            })?;
        }
        w.add_journal(JournalDraft {
            at: clock().now(),
            title: Some(HOSTILE[1].into()),
            body: big.clone(),
            mood: None,
            domain: None,
            tags: vec![],
        })
    })
    .unwrap();
    let sm = report::build(
        &s,
        d("2026-11-01"),
        d("2026-11-23"),
        Includes {
            journal: true,
            notes: true,
            setback_details: true,
        },
    )
    .unwrap();

    let html = report::render(Format::Html, &sm);
    assert!(
        !html.contains("<script") && !html.contains("<img"),
        "markup got through"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!html.contains('\u{202E}') && !html.contains('\0'));
    assert!(
        html.contains(&"x&lt;y ".repeat(1000)),
        "the 1 MiB entry is there, escaped"
    );
    assert!(
        !html.contains("http") || !html.contains("<link") && !html.contains("src=\"http"),
        "no external resources"
    );

    let md = report::render(Format::Markdown, &sm);
    assert!(!md.contains("<script") && md.contains("&lt;script&gt;"));
    assert!(md.contains("\\| a \\| b \\| with \\`backticks\\` and \\*\\*stars\\*\\*"));
    // Every table row has exactly the cells of one of the tables the summary draws.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let pipes = line.matches('|').count() - line.matches("\\|").count();
        assert!(
            [3, 4, 5, 7, 14].contains(&pipes),
            "a table row was split or merged: {line}"
        );
    }

    let csv = report::render(Format::Csv, &sm);
    let mut rdr = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    for rec in rdr.records() {
        for cell in rec.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula not neutralised: {cell:?}"
            );
        }
    }
    assert!(csv.contains("'=HYPERLINK"));
}

/// A small random history: enough of every kind of record to exercise the round trip.
fn history() -> impl Strategy<Value = Vec<(u8, String)>> {
    proptest::collection::vec((1u8..=10, "[ -~\u{e9}\u{1F30A}\n]{0,24}"), 1..12)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]
    #[test]
    fn export_import_export_is_identical(rows in history()) {
        let dir = tempfile::tempdir().unwrap();
        let a = store(&dir, "a.db");
        a.write(|w| {
            let c = w.add_commitment("Alcohol", d("2026-01-01"), Some("first"))?;
            let coping = w.add_coping("Walk", Some("outside"), Some(LifeDomain::Physical))?;
            let t = w.add_trigger(TriggerDraft { name: "Payday".into(), category: TriggerCategory::Times, origin: TriggerOrigin::External, notes: None, coping_ids: vec![coping.id] })?;
            let g = w.add_goal(GoalDraft { title: "Course".into(), domain: LifeDomain::Mental, why: None, kind: GoalKind::Milestone, per_week: None, target_date: None, steps: vec!["a".into(), "b".into()] })?;
            for (i, (mood, text)) in rows.iter().enumerate() {
                let day = d("2026-02-01") + chrono::Duration::days(i as i64 * 3);
                w.upsert_checkin(day, &CheckinPatch { mood: Some(*mood), sleep_hours: Some(f64::from(*mood) / 2.0), note: Some(text.clone()), ..Default::default() })?;
                if !text.trim().is_empty() {
                    w.add_journal(JournalDraft { at: clock().now(), title: Some(text.clone()), body: text.clone(), mood: Some(*mood), domain: None, tags: vec![format!("t{mood}")] })?;
                    w.add_plan_item(PlanSection::CopingSteps, text, None, None)?;
                }
                w.log_trigger_event(EventDraft { at: clock().now(), trigger_id: Some(t.id), urge_before: *mood, urge_after: None, coping_id: Some(coping.id), outcome: Outcome::Passed, note: None })?;
                if i % 4 == 3 {
                    w.add_setback(SetbackDraft { date: day, commitment_id: Some(c.id), kind: SetbackKind::Lapse, what_happened: None, warning_signs: None, what_helped: None, learned: Some(text.clone()), next_time: None, reached_out: None, trigger_ids: vec![t.id] })?;
                }
            }
            w.log_goal(g.id, d("2026-03-01"), Some("done".into()), Some(2))?;
            w.add_assessment("PHQ-9", d("2026-03-02"), &[1, 0, 2, 1, 0, 0, 1, 0, 0], 5, "mild")?;
            Ok(())
        }).unwrap();
        let first = a.export_data().unwrap();
        let b = store(&dir, "b.db");
        let m = b.write(|w| w.import_data(&first)).unwrap();
        prop_assert_eq!(m.updated, 0);
        let second = b.export_data().unwrap();
        prop_assert_eq!(&first, &second);
        // Importing again changes nothing.
        let again = b.write(|w| w.import_data(&first)).unwrap();
        prop_assert_eq!((again.added, again.updated), (0, 0));
        prop_assert_eq!(&b.export_data().unwrap(), &second);
        // Search still finds imported entries (the FTS index followed the import).
        if let Some((_, text)) = rows.iter().find(|(_, t)| t.split(|c: char| !c.is_alphanumeric()).any(|w| w.len() > 2)) {
            let word = text.split(|c: char| !c.is_alphanumeric()).find(|w| w.len() > 2).unwrap();
            prop_assert!(!b.journal_search(word, 5).unwrap().is_empty());
        }
    }
}
