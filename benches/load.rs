//! How fast tend is on ten years of data: opening, progress figures, what the TUI loads
//! per action, the shell-prompt status, the settings file, search, the 90-day summary,
//! the full export, and an encrypted open.
//! Run with `cargo bench`; prints the median of several runs for each step.

use std::time::{Duration, Instant};
use tend::clock::Clock;
use tend::report::{self, Format, Includes};
use tend::store::Store;

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
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

fn report(what: &str, d: Duration) {
    println!("{what:<48} {:>9.2} ms", d.as_secs_f64() * 1000.0);
}

fn main() {
    let clock =
        Clock::Fixed(chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+00:00").unwrap());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ten-years.db");
    let store = Store::open(&path, clock).unwrap();
    let today = store.today().unwrap();
    let t = Instant::now();
    let made = tend::demo::generate(&store, today, 10, 7, None).unwrap();
    report("demo: write 10 years in one transaction", t.elapsed());
    println!("  ({made})");
    drop(store);

    report(
        "open (checks, quick_check, migrations)",
        median(|| drop(Store::open(&path, clock).unwrap()), 15),
    );
    let store = Store::open(&path, clock).unwrap();
    report(
        "stats: every progress figure",
        median(|| drop(store.stats(today, None).unwrap()), 15),
    );
    report(
        "TUI: open the app (loads what every screen shows)",
        median(
            || drop(tend::tui::app::App::new(&store, today).unwrap()),
            15,
        ),
    );
    report(
        "status: the shell-prompt line (read-only open)",
        median(
            || {
                std::hint::black_box(tend::store::glance::glance(&path, clock.now()).unwrap());
            },
            15,
        ),
    );
    let settings = "day_start_hour = 4\ntheme = \"high-contrast\"\n[backup]\nkeep_daily = 7\n\
                    [show]\ndomains = [\"social\", \"mental\"]\n[keys]\ncrisis = \"ctrl-x\"\n";
    report(
        "settings: read and check a settings file",
        median(
            || {
                drop(tend::settings::parse(
                    std::path::Path::new("c.toml"),
                    settings,
                ))
            },
            15,
        ),
    );
    report(
        "journal: full-text search",
        median(
            || drop(store.journal_search("walked meeting", 50).unwrap()),
            15,
        ),
    );
    let from = today - chrono::Duration::days(89);
    report(
        "summary: build + HTML for 90 days",
        median(
            || {
                drop(report::render(
                    Format::Html,
                    &report::build(&store, from, today, Includes::default()).unwrap(),
                ))
            },
            9,
        ),
    );
    report(
        "export data: every table as JSON",
        median(|| drop(store.export_data().unwrap()), 5),
    );

    let key = || tend::secret::Passphrase::new("blue valentines").unwrap();
    let t = Instant::now();
    drop(store);
    tend::store::crypto::encrypt(&path, clock, key()).unwrap();
    report("encrypt: export, verify, swap", t.elapsed());
    report(
        "open encrypted (key derivation + checks)",
        median(
            || drop(Store::open_with(&path, clock, Some(key())).unwrap()),
            5,
        ),
    );
}
