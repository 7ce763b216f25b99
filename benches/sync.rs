//! How long sync takes and how much it writes, for a year of data (the demo's own
//! year), ten years, and ten years with 100,000 journal entries: the first device's
//! snapshot, a second device merging it, the first device folding its segments into
//! one snapshot once the second has them, and then an everyday sync (one entry
//! written, sent, and merged on the other device), plus the key derivation paid once
//! per sync. The first sync and the join run three times each, on copies of the same
//! journal and folder, and the everyday sync seven times, five minutes apart; the
//! median is shown with the range: the same step timed twice on a shared machine can
//! differ by half.
//! Run with `cargo bench --bench sync`; `TEND_BENCH_SMALL=1` skips the 100,000.

use std::path::Path;
use std::time::{Duration, Instant};
use tend::clock::Clock;
use tend::domain::JournalDraft;
use tend::store::Store;
use tend::sync::seal::{Kdf, Key};

fn clock() -> Clock {
    Clock::Fixed(chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+00:00").unwrap())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed())
}

/// How many times the first sync and the join are timed.
const RUNS: usize = 3;

/// How many everyday syncs are timed (an entry sent and merged each time).
const EVERYDAY: usize = 7;

/// `f(i)` timed for each run `i`: each run's result, with the median time and the
/// range ("median (fastest-slowest)", in ms).
fn runs<T>(mut f: impl FnMut(usize) -> T) -> (Vec<T>, String) {
    let mut all = Vec::new();
    let mut times = Vec::new();
    for i in 0..RUNS {
        let (v, d) = timed(|| f(i));
        all.push(v);
        times.push(ms(d));
    }
    (all, spread(times))
}

/// "median (fastest-slowest)" of times in ms.
fn spread(mut times: Vec<f64>) -> String {
    times.sort_by(f64::total_cmp);
    let n = times.len();
    // Tenths for a step of a few ms, whole ms for a longer one.
    let p = usize::from(times[n / 2] < 100.0);
    let (mid, low, high) = (times[n / 2], times[0], times[n - 1]);
    format!("{mid:>9.1} ms ({low:.p$}-{high:.p$})")
}

/// The bytes of every file under `dir`.
fn size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| {
            if e.path().is_dir() {
                size(&e.path())
            } else {
                e.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}

fn one(label: &str, years: u32, entries: Option<usize>, key: &Key, kdf: &Kdf) {
    let dir = tempfile::tempdir().unwrap();
    let made = {
        let a = Store::open(&dir.path().join("a0.db"), clock()).unwrap();
        let today = a.today().unwrap();
        tend::demo::generate(&a, today, years, 7, entries).unwrap()
    };
    for i in 1..RUNS {
        std::fs::copy(
            dir.path().join("a0.db"),
            dir.path().join(format!("a{i}.db")),
        )
        .unwrap();
    }
    let folder = |i: usize| dir.path().join(format!("folder{i}"));
    let journals = |name: &str| -> Vec<Store> {
        let open = |i| Store::open(&dir.path().join(format!("{name}{i}.db")), clock());
        (0..RUNS).map(|i| open(i).unwrap()).collect()
    };
    // Each first sync on its own copy and folder, each join of one of those folders.
    let mut firsts = journals("a");
    let (rs, first) =
        runs(|i| tend::sync::init_with(&firsts[i], &folder(i), "laptop", kdf, key).unwrap());
    assert!(
        rs.iter().all(|x| x.sent == rs[0].sent),
        "the same journal each time"
    );
    let bytes = size(&folder(0));
    let mut joiners = journals("b");
    let (gots, join) =
        runs(|i| tend::sync::join_with(&joiners[i], &folder(i), "desktop", key).unwrap());
    assert!(
        gots.iter().all(|x| x.received == rs[0].sent),
        "all of it each time"
    );
    let (r, got) = (&rs[0], &gots[0]);
    let (a, b, folder) = (&mut firsts[0], &mut joiners[0], folder(0));
    // The first device's next sync sees that the second merged its segments, and
    // folds them into one snapshot (once); the one after is an everyday sync.
    let (c, compact) = timed(|| tend::sync::run(a, key).unwrap());
    tend::sync::run(b, key).unwrap();
    let compacted = size(&folder);
    let (mut send, mut recv) = (Vec::new(), Vec::new());
    for i in 0..EVERYDAY {
        // A few minutes on each time, as between two syncs of a day: the time of the
        // last sync is written, and waits for the disk, as it does for a person.
        let later = clock().now() + chrono::Duration::minutes(5 * (i as i64 + 1));
        a.set_clock(Clock::Fixed(later));
        b.set_clock(Clock::Fixed(later));
        a.write(|tx| {
            tx.add_journal(JournalDraft {
                at: later,
                title: None,
                body: format!("everyday entry {i}"),
                mood: Some(6),
                domain: None,
                tags: vec![],
            })
        })
        .unwrap();
        let (sent, d) = timed(|| tend::sync::run(a, key).unwrap());
        send.push(ms(d));
        let (got, d) = timed(|| tend::sync::run(b, key).unwrap());
        recv.push(ms(d));
        assert_eq!((sent.sent, got.received), (1, 1), "one entry each time");
    }
    println!("\n{label}: {}", made.lines().next().unwrap_or_default());
    println!(
        "  first sync (snapshot of {} records): {first}, {} segment(s), {:.1} KiB in the folder",
        r.sent,
        r.segment.unwrap_or(0),
        bytes as f64 / 1024.0
    );
    println!(
        "  second device merges it:               {join} ({} records)",
        got.received
    );
    println!(
        "  its segments folded into a snapshot:   {:>9.1} ms ({} files, {:.1} KiB in the folder after)",
        ms(compact),
        c.compacted,
        compacted as f64 / 1024.0
    );
    println!("  everyday sync, sending one entry:      {}", spread(send));
    println!("  everyday sync, merging it elsewhere:   {}", spread(recv));
}

fn main() {
    let kdf = Kdf::fresh();
    let pass = tend::secret::Passphrase::new("river stones").unwrap();
    let (key, derive) = timed(|| Key::derive(&pass, &kdf).unwrap());
    println!(
        "key derivation (Argon2id, {} MiB, {} passes), once per sync: {:.1} ms",
        kdf.memory_kib / 1024,
        kdf.passes,
        ms(derive)
    );
    one("a year", 1, None, &key, &kdf);
    one("ten years", 10, None, &key, &kdf);
    if std::env::var_os("TEND_BENCH_SMALL").is_none() {
        one("ten years, 100,000 entries", 10, Some(100_000), &key, &kdf);
    }
}
