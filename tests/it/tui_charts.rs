//! Progress charts on a date axis, headless at a fixed today: sparse data (3 check-ins
//! in 30 days) with a growth entry in the window, dense data (the fixture journal with a
//! year of check-ins) at 90 and 365 days, at 80×24 and 120×40; ↑↓ choose what the chart
//! shows.

use crate::common;

use chrono::NaiveDate;
use common::person::Person;
use crossterm::event::KeyCode::{Char, Down, Esc, Left, Right, Up};
use tend::domain::{CheckinPatch, SetbackDraft, SetbackKind};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A new journal with three check-ins in the last 30 days and a slip between them.
fn sparse() -> Person {
    let mut p = Person::new(false);
    p.press(Esc);
    p.store
        .write(|w| {
            for (day, mood, craving, sleep) in [
                ("2026-10-28", 4, 7, 5.5),
                ("2026-11-09", 6, 4, 7.0),
                ("2026-11-10", 7, 3, 8.0),
            ] {
                w.upsert_checkin(
                    d(day),
                    &CheckinPatch {
                        mood: Some(mood),
                        craving: Some(craving),
                        ratings: [Some(5), Some(6), None, Some(4), Some(7)],
                        sleep_hours: Some(sleep),
                        ..Default::default()
                    },
                )?;
            }
            w.add_setback(SetbackDraft {
                date: d("2026-11-02"),
                commitment_id: None,
                kind: SetbackKind::Slip,
                what_happened: None,
                warning_signs: None,
                what_helped: None,
                learned: Some("Call first".into()),
                next_time: None,
                reached_out: None,
                trigger_ids: vec![],
            })?;
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p.keys(&[Char('7')]);
    p
}

/// The sparse journal's 30 days at one size: dated, the slip marked.
fn sparse_30(w: u16, h: u16) -> String {
    let screen = sparse().screen(w, h);
    insta::assert_snapshot!(format!("progress_sparse_30_{w}x{h}"), screen);
    assert!(
        screen.contains("25 Oct") && screen.contains("23 Nov"),
        "dated x axis"
    );
    assert!(screen.contains("█ growth entry"), "the slip is marked");
    assert!(screen.contains("mood ⣿ avg 5.7"), "{screen}");
    screen
}

#[test]
fn sparse_days_are_points_on_their_dates_with_the_growth_entry_marked_80x24() {
    sparse_30(80, 24);
}

#[test]
fn sparse_days_are_points_on_their_dates_with_the_growth_entry_marked_120x40() {
    let screen = sparse_30(120, 40);
    // The lone check-in of 28 October is a dot, not stretched across the width: one in
    // the mood chart and one in each of the four domains it rated.
    assert_eq!(screen.matches('•').count(), 5, "{screen}");
    assert!(!screen.contains("craving"), "mood alone at first");
}

#[test]
fn down_charts_sleep_hours() {
    let mut p = sparse();
    p.keys(&[Down, Down]);
    let sleep = p.screen(80, 24);
    assert!(sleep.contains("sleep hours ⣿ avg 6.8") && sleep.contains("12 h"));
    insta::assert_snapshot!("progress_sparse_sleep_80x24", sleep);
}

#[test]
fn down_again_charts_craving_with_mood_and_up_craving_alone() {
    let mut p = sparse();
    p.keys(&[Down, Down, Down]);
    let both = p.screen(80, 24);
    assert!(both.contains("mood ⣿ avg 5.7 craving • avg 4.7"), "{both}");
    insta::assert_snapshot!("progress_sparse_both_80x24", both);
    p.keys(&[Up, Up]);
    assert!(p.screen(80, 24).contains("30 days, by day: craving ⣿"));
}

/// The fixture journal with a check-in on most days of the year: dense data.
fn dense() -> Person {
    let mut p = Person::fixture();
    common::fixture::year_of_checkins(&p.store);
    p.app.reload(&p.store).unwrap();
    p
}

/// Dense days at 90 days, at one size.
fn dense_90(w: u16, h: u16) {
    let mut p = dense();
    p.keys(&[Char('7'), Right]);
    let screen = p.screen(w, h);
    assert!(screen.contains("90 days, by day") && screen.contains("26 Aug"));
    insta::assert_snapshot!(format!("progress_dense_90_{w}x{h}"), screen);
}

#[test]
fn dense_days_at_90_80x24() {
    dense_90(80, 24);
}

#[test]
fn dense_days_at_90_120x40() {
    dense_90(120, 40);
}

/// Weeks at 365 days, at one size.
fn dense_365(w: u16, h: u16) {
    let mut p = dense();
    p.keys(&[Char('7'), Right, Right]);
    let screen = p.screen(w, h);
    assert!(
        screen.contains("365 days, weekly averages"),
        "says it aggregates"
    );
    assert!(
        screen.contains("█ growth entry"),
        "the year holds growth entries"
    );
    insta::assert_snapshot!(format!("progress_dense_365_{w}x{h}"), screen);
}

#[test]
fn weeks_at_365_80x24() {
    dense_365(80, 24);
}

#[test]
fn weeks_at_365_120x40() {
    dense_365(120, 40);
}

/// The year calendar at one size.
fn calendar(w: u16, h: u16) -> Person {
    let mut p = dense();
    p.keys(&[Char('7'), Right, Right, Right]);
    let screen = p.screen(w, h);
    assert!(
        screen.contains("Mon ") && screen.contains("Sun "),
        "weekday labels"
    );
    assert!(
        screen.contains("Jan") && screen.contains("Jun"),
        "month labels"
    );
    assert!(screen.contains("◆ growth entry") && screen.contains('◆'));
    insta::assert_snapshot!(format!("progress_calendar_{w}x{h}"), screen);
    p
}

#[test]
fn the_year_calendar_80x24() {
    calendar(80, 24);
}

#[test]
fn the_year_calendar_walks_its_days() {
    let mut p = calendar(120, 40);
    // Enter starts the cursor on today; ←→ move it a week, ↑↓ a day; Esc leaves it.
    p.press(tend_enter());
    assert!(p.screen(80, 24).contains("Monday 23 November 2026"));
    p.keys(&[Left, Up]);
    let screen = p.screen(120, 40);
    assert!(screen.contains("Sunday 15 November 2026"), "{screen}");
    insta::assert_snapshot!("progress_calendar_day_120x40", screen);
    p.press(Esc);
    assert!(p.screen(80, 24).contains("Milestones reached"));
    p.press(Left);
    assert!(
        p.screen(80, 24).contains("[365 days]"),
        "←→ switch views again"
    );
}

#[test]
fn the_day_cursor_shows_the_days_journal_titles_and_growth_entry() {
    let mut p = sparse();
    p.store
        .write(|w| {
            w.add_journal(tend::domain::JournalDraft {
                at: chrono::DateTime::parse_from_rfc3339("2026-11-02T20:00:00+00:00").unwrap(),
                title: Some("After the slip".into()),
                body: "Wrote it out.".into(),
                mood: None,
                domain: None,
                tags: vec![],
            })?;
            Ok(())
        })
        .unwrap();
    p.app.reload(&p.store).unwrap();
    p.keys(&[Right, Right, Right, tend_enter(), Left, Left, Left]);
    let screen = p.screen(80, 24);
    assert!(screen.contains("Monday 2 November 2026"), "{screen}");
    assert!(screen.contains("◆ Growth entry: slip"), "{screen}");
    assert!(screen.contains("Journal: After the slip"), "{screen}");
    p.keys(&[Down, Down, Down, Down, Down, Down, Down, Down]);
    let screen = p.screen(80, 24);
    assert!(screen.contains("Tuesday 10 November 2026"), "{screen}");
    assert!(
        screen.contains("mood 7 · craving 3 · sleep 8 h"),
        "{screen}"
    );
}

fn tend_enter() -> crossterm::event::KeyCode {
    crossterm::event::KeyCode::Enter
}

/// A terminal colour as CSS (the 16 named colours as a dark terminal shows them).
fn css(c: ratatui::style::Color, default: &str) -> String {
    use ratatui::style::Color::*;
    match c {
        Reset => default.into(),
        Black => "#1d1f21".into(),
        Red => "#cc6666".into(),
        Green => "#8ec07c".into(),
        Yellow => "#f0c674".into(),
        Blue => "#81a2be".into(),
        Magenta => "#d3869b".into(),
        Cyan => "#8abeb7".into(),
        Gray => "#c5c8c6".into(),
        DarkGray => "#7c7f7d".into(),
        LightRed => "#ff8888".into(),
        LightGreen => "#b5e08a".into(),
        LightYellow => "#ffe08a".into(),
        LightBlue => "#a3c4e6".into(),
        LightMagenta => "#e6a3c4".into(),
        LightCyan => "#a3e6e0".into(),
        White => "#ffffff".into(),
        Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Indexed(_) => default.into(),
    }
}

/// Not a check: writes the 90-day Progress view at 120×40, in colour, as an HTML page
/// to the path in TEND_DOCS_HTML, for the README's picture (docs/make-images.sh).
#[test]
#[ignore = "makes the README picture; run by docs/make-images.sh"]
fn progress_90_days_as_html() {
    use ratatui::{Terminal, backend::TestBackend};
    let Some(path) = std::env::var_os("TEND_DOCS_HTML") else {
        return;
    };
    let mut p = Person::new(true);
    p.app.cx.theme.color = true;
    p.keys(&[Char('7'), Right, Down, Down, Down]);
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| tend::tui::view::render(&p.app, f)).unwrap();
    let buf = t.backend().buffer();
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>\
         body{margin:0;background:#1d1f21}pre{margin:0;padding:8px;font:14px/1.2 'DejaVu Sans Mono',monospace;color:#c5c8c6}pre span{display:inline-block;width:1ch;overflow:hidden;vertical-align:top}\
         </style></head><body><pre>",
    );
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let (mut fg, mut bg) = (css(cell.fg, "#c5c8c6"), css(cell.bg, "#1d1f21"));
            let m = cell.modifier;
            if m.contains(ratatui::style::Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let weight = if m.contains(ratatui::style::Modifier::BOLD) {
                "bold"
            } else {
                "normal"
            };
            let sym = match cell.symbol() {
                "<" => "&lt;",
                ">" => "&gt;",
                "&" => "&amp;",
                s => s,
            };
            html.push_str(&format!(
                "<span style=\"color:{fg};background:{bg};font-weight:{weight}\">{sym}</span>"
            ));
        }
        html.push('\n');
    }
    html.push_str("</pre></body></html>\n");
    std::fs::write(path, html).unwrap();
}
