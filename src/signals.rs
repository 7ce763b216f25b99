//! Signals that ask tend to stop (TERM, HUP, INT). The handler only notes which one
//! came; the full-screen app and a waiting editor look at `pending` and stop in their
//! own time: words kept as a draft, the terminal restored, exit status 128 + signal.
//! A stop request (TSTP, as `kill -TSTP` or a job-control shell sends) is noted the same
//! way: the app gives the terminal back, stops, and takes it again when continued.

use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

pub use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};

static CAUGHT: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
static STOP: OnceLock<Arc<AtomicBool>> = OnceLock::new();

/// How long tend has to stop on its own once a signal came, before it is ended anyway
/// (a closed terminal can keep the event loop reading end-of-file; the draft kept every
/// few seconds holds what was typed).
const GRACE: std::time::Duration = std::time::Duration::from_secs(3);

/// Starts noting TERM, HUP and INT instead of dying on them (once per process), with a
/// watchdog that ends the process if it hasn't stopped within the grace time.
pub fn watch() -> std::io::Result<()> {
    let mut first = false;
    let caught = CAUGHT.get_or_init(|| {
        first = true;
        Arc::default()
    });
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register_usize(sig, Arc::clone(caught), sig as usize)?;
    }
    let stop = STOP.get_or_init(Arc::default);
    if first {
        signal_hook::flag::register(SIGTSTP, Arc::clone(stop))?;
    }
    if first {
        std::thread::spawn(|| {
            while pending().is_none() {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            std::thread::sleep(GRACE);
            let sig = pending().unwrap_or(SIGTERM);
            let _ = crossterm::terminal::disable_raw_mode();
            std::process::exit(128 + sig);
        });
    }
    Ok(())
}

/// Whether a stop request came since the last look (and forgets it).
pub fn take_stop() -> bool {
    STOP.get().is_some_and(|s| s.swap(false, Ordering::SeqCst))
}

/// Stops this process the way TSTP would have (it can't be caught), returning once it
/// is continued (`fg`).
pub fn stop_now() {
    let _ = rustix::process::kill_process(rustix::process::getpid(), rustix::process::Signal::STOP);
}

/// The signal that asked tend to stop, if one has come.
pub fn pending() -> Option<i32> {
    let n = CAUGHT.get()?.load(Ordering::SeqCst);
    (n != 0).then_some(n as i32)
}

/// The signal's name, for the one line said on the way out.
pub fn name(sig: i32) -> String {
    match sig {
        SIGTERM => "SIGTERM".into(),
        SIGHUP => "SIGHUP".into(),
        SIGINT => "SIGINT".into(),
        _ => t!("store-signal-other"),
    }
}
