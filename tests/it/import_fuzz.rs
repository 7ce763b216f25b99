//! Any text given to the importers: no panic, every line accounted for (a row, a bad
//! line, an empty entry or an unknown mood), and every row written as one entry that
//! the journal reads back.

use crate::common;
use proptest::prelude::*;
use tend::import::{Options, Parsed};
use tend::store::{JournalFilter, Store};

fn opts() -> Options {
    Options {
        clock: common::clock(),
        today: "2026-11-23".parse().unwrap(),
        moods: tend::import::mood_map(&[]).unwrap(),
    }
}

/// A Daylio field: sometimes right, sometimes wrong in one of many ways.
fn field(kind: usize) -> BoxedStrategy<String> {
    let good: &[&str] = match kind {
        0 => &["2026-11-20", "2019-02-28", "1999-12-31"],
        1 => &["21:15", "9:05 PM", "12:00 am", "23:59"],
        2 => &["rad", "Good", "meh", "bad", "awful", "sleepy"],
        3 => &["", "walk", "walk | Sasha time", "A | b | c"],
        _ => &[
            "",
            "A note",
            "<p>Para</p>",
            "&amp; &#x1F30A; &bogus;",
            "line<br>two",
        ],
    };
    let good = proptest::sample::select(good).prop_map(String::from);
    let bad = prop_oneof![
        Just(String::new()),
        Just("2031-01-01".to_string()),
        Just("1899-12-31".to_string()),
        Just("25:99".to_string()),
        "[ -~é🌊\u{202e}]{0,12}",
    ];
    prop_oneof![4 => good, 1 => bad].boxed()
}

fn csv_field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn daylio_line() -> impl Strategy<Value = String> {
    (field(0), field(1), field(2), field(3), field(4), 0..10u8).prop_map(
        |(d, t, m, a, n, shape)| {
            let fields = [d, "x".into(), "y".into(), t, m, a, String::new(), n];
            let keep = match shape {
                0 => 5,
                1 => 9,
                _ => 8,
            };
            let cut: Vec<String> = fields.iter().take(keep).map(|f| csv_field(f)).collect();
            let mut line = cut.join(",");
            if keep == 9 {
                line.push_str(",extra");
            }
            line
        },
    )
}

fn accounted(p: &Parsed) -> usize {
    p.rows.len() + p.bad.len() + p.empty.len() + p.unknown_moods.values().sum::<usize>()
}

proptest! {
    // 64 texts with the slow tests on (CI), 16 without.
    #![proptest_config(ProptestConfig {
        cases: if common::slow_tests() { 64 } else { 16 },
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_daylio_line_is_accounted_for_and_every_row_written(lines in proptest::collection::vec(daylio_line(), 1..30)) {
        let text = format!("full_date,date,weekday,time,mood,activities,note_title,note\n{}\n", lines.join("\n"));
        let p = tend::import::parse_daylio(&text, &opts()).unwrap();
        prop_assert_eq!(accounted(&p), lines.len(), "{:?}", p);
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("t.db"), opts().clock).unwrap();
        let done = s.write(|w| w.import_rows("daylio", &p.rows, &p.day_moods)).unwrap();
        prop_assert_eq!(done.entries.added, p.rows.len());
        let all = JournalFilter { limit: None, ..Default::default() };
        prop_assert_eq!(s.journal(&all).unwrap().len(), p.rows.len());
        let again = s.write(|w| w.import_rows("daylio", &p.rows, &p.day_moods)).unwrap();
        prop_assert_eq!(again.entries.unchanged, p.rows.len());
    }

    #[test]
    fn any_text_is_read_without_a_panic(text in "(\\[?2026-11-2[0-3] [0-2][0-9]:[0-5][0-9]\\]? |@|&|<p>|\\*|[ -~é]|\n){0,200}") {
        let o = opts();
        let _ = tend::import::parse_jrnl_text(&text, &o);
        let _ = tend::import::parse_jrnl(&text, &o);
        let _ = tend::import::parse_dayone(&text, &o);
        let _ = tend::import::parse_daylio(&format!("full_date,date,weekday,time,mood,activities,note\n{text}"), &o);
        let _ = tend::import::detect(text.as_bytes());
    }
}
