//! How fast tend is on ten years of data, at the demo's ~1.5k journal entries and at
//! 100,000 (`tend demo --entries 100000`), side by side: opening, the app's first frame
//! and a screen switch, progress figures, the shell-prompt status, search, the 365-day
//! summary, the full export and an encrypted open, in process; then whole commands of
//! the release binary (medians of 11 runs each, peak memory) and the app's first frame
//! in a pseudo-terminal.
//! Run with `cargo bench`; `TEND_BENCH_SMALL=1` runs the small journal only.

#[path = "load/commands.rs"]
mod commands;

use std::path::Path;
use std::time::{Duration, Instant};
use tend::clock::Clock;
use tend::report::{self, Format, Includes};
use tend::store::{SearchOrder, Store};
use tend::tui::action::{Action, Screen};

pub fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

pub fn clock() -> Clock {
    Clock::Fixed(chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+00:00").unwrap())
}

/// One figure at both sizes.
pub struct Figure {
    pub what: String,
    pub at: Vec<f64>,
    pub unit: &'static str,
}

/// Prints the figures as a table: small, large, and how many times more the large took.
pub fn table(title: &str, figures: &[Figure]) {
    println!("\n{title}");
    println!("{:<52} {:>12} {:>12} {:>7}", "", "~1.5k", "100k", "ratio");
    for f in figures {
        let cell = |i: usize| {
            f.at.get(i)
                .map_or("—".to_string(), |v| format!("{v:.2} {}", f.unit))
        };
        let ratio = match (f.at.first(), f.at.get(1)) {
            (Some(a), Some(b)) if *a > 0.0 => format!("×{:.1}", b / a),
            _ => String::new(),
        };
        println!(
            "{:<52} {:>12} {:>12} {:>7}",
            f.what,
            cell(0),
            cell(1),
            ratio
        );
    }
}

/// A ten-year demo journal with `entries` journal entries (None: the demo's own).
fn make(dir: &Path, entries: Option<usize>) -> (std::path::PathBuf, String) {
    let path = dir.join(format!("tend-{}.db", entries.unwrap_or(0)));
    let store = Store::open(&path, clock()).unwrap();
    let today = store.today().unwrap();
    let made = tend::demo::generate(&store, today, 10, 7, entries).unwrap();
    (path, made)
}

/// The app's first frame: its data read and the Today screen drawn at 100×30.
fn first_frame(store: &Store, today: chrono::NaiveDate) {
    let app = tend::tui::app::App::new(store, today).unwrap();
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    t.draw(|f| tend::tui::view::render(&app, f)).unwrap();
}

/// Every in-process figure for the journal at `path`.
fn in_process(path: &Path) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = Vec::new();
    opening(path, &mut out);
    reading(path, &mut out);
    encrypted(path, &mut out);
    out
}

/// Opening the journal, and the first frame and screen switches of the app.
fn opening(path: &Path, out: &mut Vec<(String, f64)>) {
    let clock = clock();
    let mut add = |what: &str, d: Duration| out.push((what.to_string(), ms(d)));
    add(
        "open (header checks, migrations)",
        median(|| drop(Store::open(path, clock).unwrap()), 15),
    );
    let store = Store::open(path, clock).unwrap();
    let today = store.today().unwrap();
    add(
        "first frame: open + data + Today drawn",
        median(
            || {
                let s = Store::open(path, clock).unwrap();
                first_frame(&s, today);
            },
            15,
        ),
    );
    let mut app = tend::tui::app::App::new(&store, today).unwrap();
    for (name, screen) in [
        ("screen switch: Journal", Screen::Journal),
        ("screen switch: Progress", Screen::Progress),
        ("screen switch: Domains", Screen::Domains),
    ] {
        let d = median(
            || {
                tend::tui::app::update(&mut app, Action::Go(screen), &store, today).unwrap();
                tend::tui::app::update(&mut app, Action::Go(Screen::Today), &store, today).unwrap();
            },
            15,
        );
        add(&format!("{name} (and back to Today)"), d);
    }
}

/// The reads commands make: figures, the prompt's line, lists, search, the summary and
/// the data export.
fn reading(path: &Path, out: &mut Vec<(String, f64)>) {
    let clock = clock();
    let mut add = |what: &str, d: Duration| out.push((what.to_string(), ms(d)));
    let store = Store::open(path, clock).unwrap();
    let today = store.today().unwrap();
    add(
        "stats: every progress figure",
        median(|| drop(store.stats(today, None).unwrap()), 15),
    );
    add(
        "status: the shell-prompt line (read-only open)",
        median(
            || {
                std::hint::black_box(tend::store::prompt_status::read(path, clock.now()).unwrap());
            },
            15,
        ),
    );
    add(
        "checkin list: the last 30 days",
        median(
            || drop(store.checkins(Some(today - chrono::Duration::days(29)), Some(today), None)),
            15,
        ),
    );
    for (name, order) in [
        (
            "search \"meeting\": first page, newest first",
            SearchOrder::Newest,
        ),
        (
            "search \"meeting\": first page, best match first",
            SearchOrder::Relevance,
        ),
    ] {
        add(
            name,
            median(
                || drop(store.journal_search_page("meeting", order, 20, 0).unwrap()),
                15,
            ),
        );
    }
    let from = today - chrono::Duration::days(364);
    add(
        "summary: build + HTML for 365 days",
        median(
            || {
                let s = report::build(&store, from, today, Includes::default()).unwrap();
                drop(report::render(Format::Html, &s));
            },
            9,
        ),
    );
    add(
        "export data: every table as JSON (all of it)",
        median(|| drop(store.export_data().unwrap()), 5),
    );
}

/// Encrypting a copy of the journal, and opening it with its passphrase.
fn encrypted(path: &Path, out: &mut Vec<(String, f64)>) {
    let clock = clock();
    let mut add = |what: &str, d: Duration| out.push((what.to_string(), ms(d)));
    let key = || tend::secret::Passphrase::new("blue valentines").unwrap();
    let copy = path.with_extension("encrypted.db");
    std::fs::copy(path, &copy).unwrap();
    let t = Instant::now();
    tend::store::crypto::encrypt(&copy, clock, key()).unwrap();
    add("encrypt: copy, verify, swap", t.elapsed());
    add(
        "open encrypted (key derivation + checks)",
        median(
            || drop(Store::open_with(&copy, clock, Some(key())).unwrap()),
            5,
        ),
    );
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let small_only = std::env::var_os("TEND_BENCH_SMALL").is_some();
    let sizes: &[Option<usize>] = if small_only {
        &[None]
    } else {
        &[None, Some(100_000)]
    };
    let mut journals = Vec::new();
    let mut made = Vec::new();
    for &entries in sizes {
        let t = Instant::now();
        let (path, what) = make(dir.path(), entries);
        made.push(Figure {
            what: "demo: write 10 years in one transaction".into(),
            at: vec![ms(t.elapsed())],
            unit: "ms",
        });
        let mb = std::fs::metadata(&path).unwrap().len() as f64 / 1e6;
        println!("{what} ({mb:.1} MB)");
        journals.push(path);
    }
    let runs: Vec<Vec<(String, f64)>> = journals.iter().map(|p| in_process(p)).collect();
    let figures: Vec<Figure> = runs[0]
        .iter()
        .enumerate()
        .map(|(i, (what, _))| Figure {
            what: what.clone(),
            at: runs.iter().map(|r| r[i].1).collect(),
            unit: "ms",
        })
        .collect();
    table("In process (median)", &figures);
    commands::run(&journals, dir.path());
}
