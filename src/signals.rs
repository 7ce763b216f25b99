//! Signals that ask tend to stop (TERM, HUP, INT). The handler only notes which one
//! came; the full-screen app and a waiting editor look at `pending` and stop in their
//! own time: words kept as a draft, the terminal restored, exit status 128 + signal.

use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

static CAUGHT: OnceLock<Arc<AtomicUsize>> = OnceLock::new();

/// Starts noting TERM, HUP and INT instead of dying on them (once per process).
pub fn watch() -> std::io::Result<()> {
    let caught = CAUGHT.get_or_init(Arc::default);
    for sig in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register_usize(sig, Arc::clone(caught), sig as usize)?;
    }
    Ok(())
}

/// The signal that asked tend to stop, if one has come.
pub fn pending() -> Option<i32> {
    let n = CAUGHT.get()?.load(Ordering::SeqCst);
    (n != 0).then_some(n as i32)
}

/// The signal's name, for the one line said on the way out.
pub fn name(sig: i32) -> &'static str {
    match sig {
        SIGTERM => "SIGTERM",
        SIGHUP => "SIGHUP",
        SIGINT => "SIGINT",
        _ => "a signal",
    }
}
