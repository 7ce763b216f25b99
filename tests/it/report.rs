//! The counselor summary and the data round trip, at library level: the summary of 90
//! demo days in each format as a snapshot, privacy defaults, hostile text in every
//! format, and export → import → export.

use crate::common::{clock, store};
use chrono::{DateTime, NaiveDate};
use pretty_assertions::assert_eq;
use proptest::prelude::*;
use tend::domain::*;
use tend::report::{self, Format, Includes, Summary};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The summary of a demo journal's 1 August to 23 November in `format`.
fn demo_summary(format: Format) -> String {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "demo.db");
    tend::demo::generate(&s, d("2026-11-23"), 1, 7, Some(60)).unwrap();
    let summary = report::build(&s, d("2026-08-01"), d("2026-11-23"), Includes::default()).unwrap();
    report::render(format, &summary)
}

/// What `text` ends with after its last character that is not whitespace. (Insta
/// compares snapshots without trailing newlines, and reads CRLF as LF: the tests check
/// both themselves.)
fn ending(text: &str) -> &str {
    text.split_at(text.trim_end().len()).1
}

#[test]
fn the_html_summary_matches_its_snapshot() {
    let text = demo_summary(Format::Html);
    assert_eq!(ending(&text), "\n");
    assert!(!text.contains('\r'));
    insta::assert_snapshot!("summary.html", text);
}

#[test]
fn the_markdown_summary_matches_its_snapshot() {
    let text = demo_summary(Format::Markdown);
    assert_eq!(ending(&text), "\n\n");
    assert!(!text.contains('\r'));
    insta::assert_snapshot!("summary.md", text);
}

#[test]
fn the_csv_summary_matches_its_snapshot_with_crlf_line_ends() {
    let text = demo_summary(Format::Csv);
    assert_eq!(ending(&text), "\r\n");
    assert_eq!(
        text.matches("\r\n").count(),
        text.matches('\n').count(),
        "every line ends in CRLF"
    );
    insta::assert_snapshot!("summary.csv", text.replace("\r\n", "\n"));
}

/// The demo journal's summary in the pseudo-locale, sharing nothing and then
/// everything, in Markdown and HTML: no English word skipped the catalog but the
/// person's own and what stays by design.
#[test]
fn the_summary_in_the_pseudo_locale_leaves_no_english() {
    use crate::common::pseudo::{assert_translated, own_words};
    use tend::catalog::{Language, in_language};
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "demo.db");
    tend::demo::generate(&s, d("2026-11-23"), 1, 7, Some(60)).unwrap();
    // Trackers with a safety answer, for their columns and the page-1 flag.
    crate::common::fixture::trackers(&s);
    let own = own_words(&dir.path().join("demo.db"));
    let everything = Includes {
        journal: true,
        notes: true,
        setback_details: true,
        names: true,
        numbers: true,
        share_contacts: true,
        medications: true,
        ninety_from: Some(d("2026-09-01")),
        ..Includes::default()
    };
    for (shared, includes) in [("nothing", Includes::default()), ("everything", everything)] {
        let (md, html) = in_language(Language::Pseudo, || {
            let summary = report::build(&s, d("2026-08-01"), d("2026-11-23"), includes).unwrap();
            (
                report::render(Format::Markdown, &summary),
                report::render(Format::Html, &summary),
            )
        });
        assert!(
            html.contains("<html lang=\"en-XA\">"),
            "the page names its language"
        );
        // Markdown shows its line breaks and entities as what they stand for.
        assert!(md.contains("Urge to self-harm"), "the safety flag is there");
        if includes.medications {
            assert!(
                md.contains("Buprenorphine"),
                "the demo's medication is there"
            );
        }
        let md = entities_read(&md.replace("<br>", "\n"));
        assert_translated(&format!("The Markdown summary sharing {shared}"), &md, &own);
        let text = visible_text(&html);
        assert_translated(&format!("The HTML summary sharing {shared}"), &text, &own);
    }
}

/// What a person reads of an HTML page: its text and its `title`, `alt` and
/// `aria-label` values, one piece a line, without styles, scripts, tags or other
/// attributes, and entities read as what they stand for.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some((text, after)) = rest.split_once('<') {
        out.push_str(text);
        let (tag, after) = after.split_once('>').unwrap_or((after, ""));
        for attribute in [" title=\"", " alt=\"", " aria-label=\""] {
            if let Some((_, value)) = tag.split_once(attribute) {
                out.push('\n');
                out.push_str(value.split('"').next().unwrap_or_default());
            }
        }
        out.push('\n');
        rest = after;
        for element in ["style", "script"] {
            if tag.starts_with(element) {
                let close = format!("</{element}>");
                rest = after.split_once(&close).map_or("", |(_, r)| r);
            }
        }
    }
    out.push_str(rest);
    entities_read(&out)
}

/// `text` with the entities tend writes read as what they stand for.
fn entities_read(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Every figure and worked-out sentence the summary model offers, as a reader sees it.
fn figures(s: &Summary) -> Vec<String> {
    let g = &s.glance;
    let mut f = vec![
        s.generated.clone(),
        s.shared.clone(),
        days(g.days_in_recovery),
        g.checkin_text.clone(),
        format!("{}%", g.adherence),
        g.hard_days_text.clone(),
        match g.setbacks {
            1 => "1 setback".to_string(),
            n => format!("{n} setbacks"),
        },
        s.sleep.text.clone(),
        format!("{} hours", s.sleep.average),
        format!("Compared with the previous {}", days(s.range_days)),
    ];
    for h in &s.headlines {
        f.extend([h.name.to_string(), h.value.clone(), h.change.clone()]);
    }
    f.extend(s.last_growth.iter().map(|l| l.text.clone()));
    f.extend(s.safety.iter().map(|x| x.text.clone()));
    // A commitment on another path than abstaining shows its path's figure instead
    // (the demo's Cannabis is cut down): see `report_use`.
    for c in g.commitments.iter().filter(|c| c.path.is_none()) {
        f.push(c.on_track_text.clone());
        f.push(format!("{}%", c.percent));
        f.push(format!(
            "run {} · longest {}",
            days(c.current_run),
            days(c.longest_run)
        ));
    }
    f.extend(s.measures.iter().map(|m| m.average.clone()));
    f.extend(s.halt.iter().map(|h| h.text.clone()));
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
        f.push(l.bounce_back.clone());
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

/// The mean of a CSV column's non-empty cells, to one decimal as the summary shows it.
fn csv_average(rows: &[Vec<String>], col: usize) -> String {
    let v: Vec<f64> = rows
        .iter()
        .filter_map(|r| r[col].parse::<f64>().ok())
        .collect();
    if v.is_empty() {
        return "–".into();
    }
    format!(
        "{:.1}",
        (v.iter().sum::<f64>() / v.len() as f64 * 10.0).round() / 10.0
    )
}

#[test]
fn one_range_gives_the_same_figures_in_html_markdown_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "demo.db");
    tend::demo::generate(&s, d("2026-11-23"), 1, 7, Some(60)).unwrap();
    s.write(|w| {
        w.add_assessment(
            "PHQ-9",
            d("2026-11-10"),
            &[1, 1, 1, 0, 0, 1, 0, 0, 2],
            6,
            "mild",
        )
    })
    .unwrap();
    let summary = report::build(&s, d("2026-08-26"), d("2026-11-23"), Includes::default()).unwrap();
    let html = report::render(Format::Html, &summary);
    let md = report::render(Format::Markdown, &summary);
    for f in figures(&summary) {
        assert!(
            html.contains(&f) || html.contains(&report::html_escape(&f)),
            "HTML lacks {f}"
        );
        assert!(
            md.contains(&f) || md.contains(&report::md_escape(&f)),
            "Markdown lacks {f}"
        );
    }
    // Every daily figure of the CSV card, worked out again from its cells.
    let csv = report::render(Format::Csv, &summary);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(rows.len() as i64, summary.range_days, "one row a day");
    let checked = rows.iter().filter(|r| r[col("checked_in")] == "1").count();
    assert_eq!(checked, summary.glance.checkin_days);
    assert!(html.contains(&format!("{checked} of ")));
    for (m, name) in summary.measures.iter().zip([
        "mood",
        "craving",
        "physical",
        "mental",
        "emotional",
        "social",
        "spiritual",
    ]) {
        assert_eq!(csv_average(&rows, col(name)), m.average, "{name} average");
    }
    assert_eq!(
        csv_average(&rows, col("sleep_hours")),
        summary.sleep.average
    );
    let short = rows
        .iter()
        .filter_map(|r| r[col("sleep_hours")].parse::<f64>().ok())
        .filter(|h| *h < 6.0)
        .count();
    assert_eq!(short, summary.sleep.short_nights);
    for h in &summary.halt {
        let marked = rows
            .iter()
            .filter(|r| r[col(&h.name.to_lowercase())] == "1")
            .count();
        assert_eq!(marked, h.days, "{} days", h.name);
        assert_eq!(h.of, checked);
    }
    let encounters: usize = rows
        .iter()
        .map(|r| r[col("encounters")].parse::<usize>().unwrap())
        .sum();
    let met: usize = summary.triggers.iter().map(|t| t.encounters).sum();
    assert!(encounters >= met, "every trigger encounter is on the card");
    let flagged = rows
        .iter()
        .find(|r| r[col("date")] == "2026-11-10")
        .unwrap();
    assert!(flagged[col("self_checks")].contains("PHQ-9 6 of 27"));
}

#[test]
fn phq9_item_nine_is_flagged_first_whatever_is_shared() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "flag.db");
    s.write(|w| {
        w.upsert_checkin(
            d("2026-11-20"),
            &CheckinPatch {
                mood: Some(3),
                ..Default::default()
            },
        )?;
        w.add_assessment(
            "PHQ-9",
            d("2026-11-12"),
            &[0, 0, 0, 0, 0, 0, 0, 0, 0],
            0,
            "minimal",
        )?;
        w.add_assessment(
            "PHQ-9",
            d("2026-11-19"),
            &[2, 2, 1, 1, 0, 1, 1, 0, 2],
            10,
            "moderate",
        )
    })
    .unwrap();
    let summary = report::build(&s, d("2026-11-01"), d("2026-11-23"), Includes::default()).unwrap();
    assert_eq!(
        summary.safety.len(),
        1,
        "only the answer above 0 is flagged"
    );
    let flag = &summary.safety[0];
    assert_eq!((flag.date, flag.item, flag.value), (d("2026-11-19"), 9, 2));
    assert!(
        flag.text.starts_with("19 November 2026: PHQ-9 item 9"),
        "{}",
        flag.text
    );
    assert!(flag.text.contains("(2 of 3)"), "{}", flag.text);
    for format in [Format::Html, Format::Markdown] {
        let out = report::render(format, &summary);
        let at = out.find("Safety flag").expect("flagged");
        assert!(
            at < out.find("At a glance").unwrap(),
            "before anything else"
        );
        assert!(out.contains("19 November 2026: PHQ-9 item 9"));
        assert!(out.contains("safety plan"));
    }
    let none = report::build(&s, d("2026-11-20"), d("2026-11-23"), Includes::default()).unwrap();
    assert!(
        none.safety.is_empty(),
        "a result outside the range is not flagged"
    );
    assert!(!report::render(Format::Html, &none).contains("Safety flag"));
}

#[test]
fn a_safety_answer_is_marked_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "item9.db");
    let empty = report::build(&s, d("2026-11-01"), d("2026-11-23"), Includes::default()).unwrap();
    let header = report::render(Format::Csv, &empty);
    assert!(
        header
            .lines()
            .next()
            .unwrap()
            .contains(",coping_used,phq9_item9"),
        "the column is there without any self-check: {header}"
    );
    s.write(|w| {
        w.add_assessment(
            "PHQ-9",
            d("2026-11-12"),
            &[1, 1, 0, 0, 0, 0, 0, 0, 0],
            2,
            "minimal",
        )?;
        w.add_assessment(
            "PHQ-9",
            d("2026-11-19"),
            &[2, 2, 1, 1, 0, 1, 1, 0, 2],
            10,
            "moderate",
        )?;
        w.add_assessment("GAD-7", d("2026-11-19"), &[1, 1, 1, 1, 1, 1, 1], 7, "mild")
    })
    .unwrap();
    let summary = report::build(&s, d("2026-11-01"), d("2026-11-23"), Includes::default()).unwrap();
    let mark = "⚑ item 9 (thoughts of self-harm): More than half the days (2 of 3)";
    let html = report::render(Format::Html, &summary);
    let table = html.split_once("<h2>Self-check scales</h2>").unwrap().1;
    assert_eq!(table.matches(mark).count(), 1, "one marked row");
    assert_eq!(
        html.matches(mark).count(),
        2,
        "and under the latest PHQ-9 on page 1"
    );
    assert!(table.contains(&format!(
        "<td>moderate</td></tr><tr class=\"flag\"><td></td><td colspan=\"3\"><b>{mark}</b></td></tr>"
    )));
    let md = report::render(Format::Markdown, &summary);
    let row = format!("| | **{}** | | |", report::md_escape(mark));
    let md_table = md.split_once("## Self-check scales").unwrap().1;
    assert_eq!(md_table.matches(&row).count(), 1, "{md}");
    assert!(md.contains(&format!(
        "| 2026-11-19 | PHQ-9 | 10 of 27 | moderate |\n{row}\n"
    )));
    let csv = report::render(Format::Csv, &summary);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let col = header.iter().position(|h| h == "phq9_item9").unwrap();
    for r in reader.records() {
        let r = r.unwrap();
        let want = match &r[0] {
            "2026-11-19" => "2",
            "2026-11-12" => "0",
            _ => "",
        };
        assert_eq!(&r[col], want, "{}", &r[0]);
    }
}

#[test]
fn page_one_gives_each_scale_its_latest_result_and_change() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "latest.db");
    s.write(|w| {
        w.add_assessment(
            "PHQ-9",
            d("2026-10-20"),
            &[2, 1, 1, 1, 1, 1, 1, 1, 1],
            10,
            "moderate",
        )?;
        w.add_assessment(
            "PHQ-9",
            d("2026-11-05"),
            &[1, 1, 1, 1, 1, 1, 1, 1, 0],
            8,
            "mild",
        )?;
        w.add_assessment(
            "PHQ-9",
            d("2026-11-19"),
            &[1, 1, 1, 1, 1, 0, 0, 0, 0],
            5,
            "mild",
        )?;
        w.add_assessment(
            "GAD-7",
            d("2026-10-01"),
            &[1, 1, 1, 1, 0, 0, 0],
            4,
            "minimal",
        )?;
        w.add_assessment("GAD-7", d("2026-11-10"), &[1, 1, 1, 1, 1, 1, 0], 6, "mild")?;
        w.add_assessment(
            "WHO-5",
            d("2026-11-12"),
            &[3, 3, 3, 3, 3],
            60,
            "no sign of poor well-being",
        )
    })
    .unwrap();
    let summary = report::build(&s, d("2026-11-01"), d("2026-11-23"), Includes::default()).unwrap();
    let latest: Vec<(&str, &str, &str, &str)> = summary
        .scales
        .latest
        .iter()
        .map(|l| {
            let r = &l.result;
            (
                r.instrument.as_str(),
                r.score.as_str(),
                r.band.as_str(),
                l.change.as_str(),
            )
        })
        .collect();
    assert_eq!(
        latest,
        [
            (
                "PHQ-9",
                "5 of 27",
                "mild",
                "▼ down 3 from 8 on 5 November 2026"
            ),
            (
                "GAD-7",
                "6 of 21",
                "mild",
                "▲ up 2 from 4 on 1 October 2026"
            ),
            (
                "WHO-5",
                "60 of 100",
                "no sign of poor well-being",
                "first result"
            ),
        ],
        "in the order scales are offered; the one before may be before the range"
    );
    let html = report::render(Format::Html, &summary);
    let md = report::render(Format::Markdown, &summary);
    for out in [&html, &md] {
        let at = out
            .find("Self-checks: the latest results")
            .expect("on page 1");
        assert!(out.find("At a glance").unwrap() < at);
        assert!(at < out.find("Compared with the previous").unwrap());
    }
    assert!(html.contains("<td>PHQ-9</td><td class=\"n\">5 of 27 (19 Nov)</td><td>mild</td><td>▼ down 3 from 8 on 5 November 2026</td>"));
    assert!(
        md.contains("| GAD-7 | 6 of 21 \\(10 Nov\\) | mild | ▲ up 2 from 4 on 1 October 2026 |")
    );
}

#[test]
fn changes_have_a_direction_and_say_which_way_is_easier() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "demo.db");
    tend::demo::generate(&s, d("2026-11-23"), 1, 7, Some(60)).unwrap();
    let summary = report::build(&s, d("2026-08-26"), d("2026-11-23"), Includes::default()).unwrap();
    let easier: Vec<(&str, Option<&str>)> = summary
        .headlines
        .iter()
        .map(|h| (h.name.as_str(), h.easier.as_deref()))
        .collect();
    let (higher, lower) = (Some("higher is easier"), Some("lower is easier"));
    assert_eq!(
        easier,
        [
            ("Check-in adherence", higher),
            ("Average mood", higher),
            ("Average craving", lower),
            ("Average physical rating", higher),
            ("Average mental rating", higher),
            ("Average emotional rating", higher),
            ("Average social rating", higher),
            ("Average spiritual rating", higher),
            ("Average sleep", None),
            ("Setbacks", None),
            ("Hard days", None),
        ]
    );
    for h in &summary.headlines {
        assert!(
            h.change.starts_with("▲ up ")
                || h.change.starts_with("▼ down ")
                || h.change.starts_with("no change")
                || h.change.starts_with("nothing to compare"),
            "{}: {}",
            h.name,
            h.change
        );
    }
    let craving = &summary.headlines[2];
    assert_eq!(craving.change, "▼ down 0.9 from 5.5");
    let html = report::render(Format::Html, &summary);
    let md = report::render(Format::Markdown, &summary);
    assert!(html.contains("<td>Average craving</td><td class=\"n\">4.6 of 10</td><td>▼ down 0.9 from 5.5 (lower is easier)</td>"));
    assert!(md.contains("| Average mood | 5.9 of 10 | ▲ up 0.4 from 5.5 \\(higher is easier\\) |"));
    assert!(md.contains("| Hard days | 0 | ▼ down 1 from 1 |"));
    for (format, out) in [
        ("html", html),
        ("md", md),
        ("csv", report::render(Format::Csv, &summary)),
    ] {
        assert!(!out.to_lowercase().contains("worse"), "{format} says worse");
    }
}

#[test]
fn therapy_is_counted_once_not_again_as_another_contact() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "therapy.db");
    let at = |t: &str| DateTime::parse_from_rfc3339(t).unwrap();
    s.write(|w| {
        let patel = w.add_person(PersonDraft {
            name: "Dr Patel".into(),
            roles: vec![Role::Counselor],
            ..PersonDraft::default()
        })?;
        let sam = w.add_person(PersonDraft {
            name: "Sam".into(),
            roles: vec![Role::Sponsor],
            ..PersonDraft::default()
        })?;
        for (when, kind, who) in [
            (
                "2026-11-02T10:00:00+00:00",
                ConnectionKind::Therapy,
                patel.id,
            ),
            (
                "2026-11-09T10:00:00+00:00",
                ConnectionKind::GroupTherapy,
                patel.id,
            ),
            ("2026-11-10T18:00:00+00:00", ConnectionKind::Call, sam.id),
        ] {
            let mut c = ConnectionDraft::blank(at(when), kind);
            c.person_ids = vec![who];
            c.share = Some(Sharing::Shared);
            w.add_connection(c)?;
        }
        Ok(())
    })
    .unwrap();
    let summary = report::build(&s, d("2026-11-01"), d("2026-11-23"), Includes::default()).unwrap();
    let c = &summary.connections;
    assert_eq!(
        (c.therapy, c.contacts),
        (2, 1),
        "therapy once, the call once"
    );
    assert_eq!(c.by_person, [("S. (sponsor)".to_string(), 1)]);
    assert_eq!(c.by_role, [("sponsor".to_string(), 1)]);
    let md = report::render(Format::Markdown, &summary);
    assert!(md.contains("2 therapy sessions. 1 other contact with people \\(by role: sponsor 1\\); with S. \\(sponsor\\) 1."), "{md}");
}

#[test]
fn contacts_shared_as_a_group_count_those_not_chosen_never_the_private_ones() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "group.db");
    let at = |t: &str| DateTime::parse_from_rfc3339(t).unwrap();
    s.write(|w| {
        let person = |name: &str, role| PersonDraft {
            name: name.into(),
            roles: vec![role],
            ..PersonDraft::default()
        };
        let sam = w.add_person(person("Sam", Role::Sponsor))?.id;
        let kim = w.add_person(person("Kim", Role::Peer))?.id;
        let jo = w.add_person(person("Jo", Role::Family))?.id;
        for (day, kind, who, share) in [
            (2, ConnectionKind::Call, Some(sam), Some(Sharing::Shared)),
            (3, ConnectionKind::Call, Some(sam), None),
            (4, ConnectionKind::Message, Some(jo), Some(Sharing::Unset)),
            (5, ConnectionKind::InPerson, Some(jo), None),
            (6, ConnectionKind::Call, Some(kim), Some(Sharing::Private)),
            (7, ConnectionKind::Service, None, None),
            (8, ConnectionKind::Community, None, Some(Sharing::Unset)),
        ] {
            let mut c =
                ConnectionDraft::blank(at(&format!("2026-11-{day:02}T18:00:00+00:00")), kind);
            c.person_ids = who.into_iter().collect();
            c.share = share;
            w.add_connection(c)?;
        }
        Ok(())
    })
    .unwrap();
    let build = |share_contacts| {
        let inc = Includes {
            share_contacts,
            ..Includes::default()
        };
        report::build(&s, d("2026-11-01"), d("2026-11-23"), inc).unwrap()
    };
    let one_by_one = build(false).connections;
    assert_eq!(one_by_one.contacts, 1, "only the call shared");
    assert_eq!(one_by_one.by_person, [("S. (sponsor)".to_string(), 1)]);
    let group = build(true);
    let c = &group.connections;
    assert_eq!(
        c.contacts, 4,
        "the shared call, and the call, message and visit not chosen"
    );
    assert_eq!(
        c.by_person,
        [
            ("J. (family)".to_string(), 2),
            ("S. (sponsor)".to_string(), 2)
        ]
    );
    assert!(
        !c.by_person.iter().any(|(p, _)| p.starts_with("K.")),
        "the private call is never counted"
    );
    assert!(
        group
            .shared
            .contains("calls, messages and time with people (all but those marked private)")
    );
}

#[test]
fn goal_progress_counts_only_the_days_since_the_goal_began() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir, "goals.db");
    s.write(|w| {
        let habit = |title: &str| GoalDraft {
            title: title.into(),
            domain: LifeDomain::Physical,
            why: None,
            kind: GoalKind::Habit,
            per_week: Some(7),
            target_date: None,
            steps: vec![],
        };
        let walk = w.add_goal(habit("Walk"))?;
        for day in ["2026-11-20", "2026-11-21", "2026-11-23"] {
            w.log_goal(walk.id, d(day), None, None)?;
        }
        let old = w.add_goal(habit("Stretch"))?;
        w.log_goal(old.id, d("2026-10-01"), None, None)?;
        w.log_goal(old.id, d("2026-11-05"), None, None)?;
        w.add_goal(habit("Read"))?;
        Ok(())
    })
    .unwrap();
    let summary = report::build(&s, d("2026-11-01"), d("2026-11-23"), Includes::default()).unwrap();
    let progress = |t: &str| {
        summary
            .goals
            .iter()
            .find(|g| g.title == t)
            .unwrap()
            .progress
            .clone()
    };
    // Began on the 20th: 4 days of the range at 7 a week.
    assert_eq!(progress("Walk"), "3 of 4 planned days since 20 November");
    // Began before the range: the whole 23 days count.
    assert_eq!(progress("Stretch"), "1 of 23 planned days");
    // Set today with nothing logged: one day, one planned day.
    assert_eq!(progress("Read"), "0 of 1 planned day since 23 November");
    let md = report::render(Format::Markdown, &summary);
    let html = report::render(Format::Html, &summary);
    for g in &summary.goals {
        assert!(md.contains(&g.progress) && html.contains(&g.progress));
    }
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
        names: true,
        numbers: true,
        ..Default::default()
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
            names: true,
            numbers: true,
            ..Default::default()
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

/// A data export without what is each journal's own: the devices it names, and the
/// profile's own version (each journal's profile is made with one).
fn own_left_out(doc: &serde_json::Value) -> serde_json::Value {
    let mut doc = doc.clone();
    doc.as_object_mut().unwrap().remove("devices");
    let profile = doc["profile"].as_object_mut().unwrap();
    profile.remove("stamp");
    profile.remove("stamp_base");
    if let Some(s) = profile.get_mut("stamps").and_then(|s| s.as_object_mut()) {
        s.remove("born");
    }
    doc
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
        prop_assert_eq!(own_left_out(&first), own_left_out(&second));
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
