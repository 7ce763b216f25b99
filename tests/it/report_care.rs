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
    let flagged = "19 November 2026: the safety tracker “Urge to self-harm” was answered 5 on a scale of 0 to 5, at or above the person's own threshold (5 on a scale of 0 to 5).";
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
