//! Integrated care in the counselor summary: the trackers the person shares as diary
//! card columns in their order (HTML, Markdown and CSV under stable names), a safety
//! tracker's answer at or above its threshold flagged on page 1 whether shared or not,
//! and the medications section only when the person shares it.

use crate::common::{fixture, store};
use chrono::NaiveDate;
use pretty_assertions::assert_eq;
use tend::domain::trackers::{TrackerDraft, TrackerKind};
use tend::report::{self, Format, Includes, Summary};
use tend::store::Store;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The fixture journal with its trackers.
fn journal(dir: &tempfile::TempDir) -> Store {
    let s = store(dir, "care.db");
    fixture::write(&s);
    fixture::trackers(&s);
    s
}

fn summary(s: &Store, from: &str, includes: Includes) -> Summary {
    report::build(s, d(from), d("2026-11-23"), includes).unwrap()
}

/// The CSV card's header and the row of `date`.
fn csv_row(csv: &str, date: &str) -> (Vec<String>, Vec<String>) {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let row = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
        .find(|r| r[0] == date)
        .unwrap();
    (header, row)
}

#[test]
fn shared_trackers_are_diary_card_columns_in_the_persons_order() {
    let dir = tempfile::tempdir().unwrap();
    let s = journal(&dir);
    let sum = summary(&s, "2026-11-09", Includes::default());
    let headings: Vec<&str> = sum.trackers.iter().map(|t| t.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Urge to self-harm (0–5)",
            "Urge to use (0–5)",
            "Skills used"
        ],
        "shared only, in the person's order"
    );
    let html = report::render(Format::Html, &sum);
    let md = report::render(Format::Markdown, &sum);
    for (format, text, escape) in [
        ("HTML", &html, report::html_escape as fn(&str) -> String),
        ("Markdown", &md, report::md_escape),
    ] {
        for heading in &headings {
            assert!(text.contains(&escape(heading)), "{format} lacks {heading}");
        }
        assert!(
            !text.contains("Exercise") && !text.contains("Cold shower"),
            "a tracker not shared stays out of the {format}"
        );
    }
    // 12 November: urge to use 2, acted on; skills used yes.
    assert!(html.contains("<td class=\"n\">2, acted on</td><td class=\"n\">yes</td>"));
    assert!(md.contains("| 2, acted on | yes |"), "{md}");
    let csv = report::render(Format::Csv, &sum);
    let (header, row) = csv_row(&csv, "2026-11-12");
    assert_eq!(
        header[header.len() - 5..],
        [
            "tracker:Urge to self-harm",
            "tracker_acted_on:Urge to self-harm",
            "tracker:Urge to use",
            "tracker_acted_on:Urge to use",
            "tracker:Skills used",
        ]
    );
    assert_eq!(row[row.len() - 5..], ["0", "0", "2", "1", "1"]);
    let (_, unanswered) = csv_row(&csv, "2026-11-14");
    assert_eq!(unanswered[unanswered.len() - 5..], ["", "", "", "", ""]);
}

#[test]
fn a_number_a_time_and_a_hostile_name_keep_their_shape_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let s = journal(&dir);
    let exercise = s.find_tracker("Exercise").unwrap();
    s.write(|w| {
        let mut shared = exercise.draft();
        shared.shared = true;
        w.edit_tracker(exercise.id, shared)?;
        let mut bedtime = TrackerDraft::named("Bedtime", TrackerKind::Time);
        bedtime.shared = true;
        let bedtime = w.add_tracker(bedtime)?;
        w.set_tracker_value(bedtime.id, d("2026-11-12"), Some(22.0 * 60.0 + 30.0), None)?;
        let mut odd = TrackerDraft::named("=1+1 <b>|x|</b>", TrackerKind::YesNo);
        odd.shared = true;
        let odd = w.add_tracker(odd)?;
        w.set_tracker_value(odd.id, d("2026-11-12"), Some(1.0), None)?;
        Ok(())
    })
    .unwrap();
    let sum = summary(&s, "2026-11-09", Includes::default());
    let html = report::render(Format::Html, &sum);
    assert!(html.contains("<th>Exercise (minutes)</th>"));
    assert!(
        html.contains("<td class=\"n\">30</td>"),
        "a number bare, its unit above"
    );
    assert!(html.contains("<td class=\"n\">22:30</td>"));
    assert!(html.contains("=1+1 &lt;b&gt;|x|&lt;/b&gt;") && !html.contains("<b>|x|"));
    let md = report::render(Format::Markdown, &sum);
    assert!(md.contains("=1+1 &lt;b&gt;\\|x\\|&lt;/b&gt;"), "{md}");
    let csv = report::render(Format::Csv, &sum);
    let (header, row) = csv_row(&csv, "2026-11-12");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(row[col("tracker:Bedtime")], "22:30");
    assert_eq!(row[col("tracker:=1+1 <b>|x|</b>")], "1", "{header:?}");
    let (_, row) = csv_row(&csv, "2026-11-11");
    assert_eq!(row[col("tracker:Exercise:minutes")], "30");
}

#[test]
fn a_safety_answer_is_flagged_on_page_one_shared_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let s = journal(&dir);
    let flagged = "19 November 2026: the safety tracker “Urge to self-harm” was answered 5 on a scale of 0 to 5, at or above the threshold the person set (5).";
    let check = |sum: &Summary| {
        assert_eq!(
            sum.tracker_flags.len(),
            1,
            "only the answer at the threshold"
        );
        assert_eq!(sum.tracker_flags[0].date, d("2026-11-19"));
        for (format, escape) in [
            (Format::Html, report::html_escape as fn(&str) -> String),
            (Format::Markdown, report::md_escape),
        ] {
            let out = report::render(format, sum);
            let at = out
                .find(&escape(flagged))
                .unwrap_or_else(|| panic!("{format:?}: {out}"));
            assert!(
                at < out.find("At a glance").unwrap(),
                "before anything else"
            );
            assert!(out.contains("safety plan"));
        }
    };
    check(&summary(&s, "2026-11-01", Includes::default()));
    let harm = s.find_tracker("Urge to self-harm").unwrap();
    let mut private = harm.draft();
    private.shared = false;
    s.write(|w| w.edit_tracker(harm.id, private.clone()))
        .unwrap();
    let sum = summary(&s, "2026-11-01", Includes::default());
    assert!(
        sum.trackers.iter().all(|t| t.name != "Urge to self-harm"),
        "no longer a column"
    );
    check(&sum);
    assert!(
        summary(&s, "2026-11-20", Includes::default())
            .tracker_flags
            .is_empty(),
        "an answer before the range is not flagged"
    );
    // A lower threshold of the person's own flags every answer at or above it.
    let mut lower = private;
    lower.threshold = Some(2.0);
    s.write(|w| w.edit_tracker(harm.id, lower)).unwrap();
    let sum = summary(&s, "2026-11-01", Includes::default());
    let dates: Vec<NaiveDate> = sum.tracker_flags.iter().map(|f| f.date).collect();
    assert_eq!(
        dates,
        ["2026-11-11", "2026-11-17", "2026-11-19", "2026-11-20"].map(d)
    );
}

/// The fixture journal with its trackers and medications.
fn with_medications(dir: &tempfile::TempDir) -> Store {
    let s = journal(dir);
    fixture::medications(&s);
    s
}

fn medications() -> Includes {
    Includes {
        medications: true,
        ..Includes::default()
    }
}

#[test]
fn medications_appear_only_when_shared() {
    let dir = tempfile::tempdir().unwrap();
    let s = with_medications(&dir);
    let private = summary(&s, "2026-10-25", Includes::default());
    assert!(private.medications.is_empty());
    for format in [Format::Html, Format::Markdown, Format::Csv] {
        let text = report::render(format, &private);
        for word in [
            "Buprenorphine",
            "Sertraline",
            "Hydroxyzine",
            "8 mg",
            "doses",
        ] {
            assert!(
                !text.contains(word),
                "{word} in {format:?} without medications shared"
            );
        }
    }
    let md = report::render(Format::Markdown, &private);
    assert!(
        md.contains("Left out: ") && md.contains("; medications._"),
        "the cover line says so"
    );
    let shared = summary(&s, "2026-10-25", medications());
    let md = report::render(Format::Markdown, &shared);
    assert!(
        md.contains("_Included: lessons from setbacks; medications. Left out:"),
        "{md}"
    );
    assert!(md.contains("## Medications"));
    let html = report::render(Format::Html, &shared);
    assert!(html.contains("<h2>Medications</h2>"));
    assert!(html.contains("it never suggests a dose"));
}

#[test]
fn each_medication_says_doses_taken_of_doses_scheduled_its_changes_and_missed_runs() {
    let dir = tempfile::tempdir().unwrap();
    let s = with_medications(&dir);
    let sum = summary(&s, "2026-10-25", medications());
    let names: Vec<&str> = sum.medications.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Buprenorphine", "Hydroxyzine", "Sertraline"]);
    let [bup, prn, ser] = &sum.medications[..] else {
        unreachable!()
    };
    let figures = |m: &report::model::MedicationLine| -> Vec<String> {
        m.adherence
            .iter()
            .map(|(w, f)| format!("{w}: {f}"))
            .collect()
    };
    // Counted from its first logged dose (26 October), not the range's first day;
    // today's 08:00 dose has passed unlogged, so it counts as not taken.
    assert_eq!(
        figures(bup),
        [
            "This period (30 days): 26 of 29 doses (90%)",
            "Last 7 days: 6 of 7 doses (86%)"
        ]
    );
    assert!(bup.addiction);
    assert_eq!(bup.schedule, "12 mg · every day at 08:00");
    assert_eq!(bup.prescriber.as_deref(), Some("O. (prescriber)"));
    assert_eq!(bup.changes, ["9 November, dose from 8 mg to 12 mg"]);
    assert_eq!(bup.missed, ["2 doses from 4 November to 5 November"]);
    // Tonight's 20:00 dose is not due yet.
    assert_eq!(
        figures(ser),
        [
            "This period (30 days): 21 of 22 doses (95%)",
            "Last 7 days: 5 of 6 doses (83%)"
        ]
    );
    assert!(ser.missed.is_empty(), "one missed dose is not a run");
    assert_eq!(
        figures(prn),
        [
            "This period (30 days): taken 2 times, as needed",
            "Last 7 days: taken once, as needed"
        ]
    );
    let html = report::render(Format::Html, &sum);
    let md = report::render(Format::Markdown, &sum);
    for (text, escape) in [
        (&html, report::html_escape as fn(&str) -> String),
        (&md, report::md_escape),
    ] {
        for f in figures(bup).iter().chain(&bup.changes).chain(&bup.missed) {
            assert!(text.contains(&escape(f)), "{f}");
        }
        assert!(text.contains(&escape("O. (prescriber)")) && !text.contains("Okafor"));
    }
    let named = summary(
        &s,
        "2026-10-25",
        Includes {
            names: true,
            ..medications()
        },
    );
    assert_eq!(
        named.medications[0].prescriber.as_deref(),
        Some("Dr. Okafor (prescriber)")
    );
    // A week's summary counts the week only.
    let week = summary(&s, "2026-11-17", medications());
    assert_eq!(
        figures(&week.medications[0]),
        ["This period (7 days): 6 of 7 doses (86%)"]
    );
    assert!(week.medications[0].changes.is_empty() && week.medications[0].missed.is_empty());
}

/// The fixture's summary with its trackers and medications shared, as Markdown: the
/// medications section, the diary card's tracker columns and the page-1 flag.
#[test]
fn the_summary_with_trackers_and_medications_matches_its_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let s = with_medications(&dir);
    let sum = summary(&s, "2026-11-09", medications());
    insta::assert_snapshot!("summary_care.md", report::render(Format::Markdown, &sum));
}
