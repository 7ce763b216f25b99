//! Syncing around the full-screen app, when the settings file's `sync_on_open` asks
//! for it: once before the app opens (the journal unlocked, the terminal still the
//! shell's) and once after it closes (the terminal given back). The sync key comes as
//! `tend sync` finds it: kept in an encrypted journal, else read from
//! `TEND_SYNC_PASSPHRASE_FILE` or asked on the terminal, once for both. Nothing here
//! keeps the app from opening or loses a word: whatever fails is one line on stderr.

use crate::error::{Error, Result, line_to_stderr};
use crate::secret::Source;
use crate::store::Store;
use crate::sync::Report;
use crate::sync::seal::Key;
use std::io::IsTerminal;

/// What the sync before the app leaves for the one after it.
pub struct SyncOnOpen {
    key: Option<Key>,
    opts: crate::sync::Options,
    /// What the sync before the app did (or why it did not), for its status line:
    /// stderr is hidden under the app's screen until it closes.
    pub notice: Option<String>,
}

impl SyncOnOpen {
    /// Syncs before the app opens, if the settings ask for it and the app will open
    /// (it needs a terminal on both ends).
    pub fn before(store: &Store, wanted: bool, opts: crate::sync::Options) -> SyncOnOpen {
        let mut s = SyncOnOpen {
            key: None,
            notice: None,
            opts,
        };
        if !wanted || !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
            return s;
        }
        let done = match key(store) {
            Ok(key) => {
                let done = crate::sync::run_with(store, &key, opts).map(|r| report(&r));
                s.key = Some(key);
                done
            }
            Err(e) => Err(e),
        };
        s.notice = Some(tell(done));
        s
    }

    /// Syncs after the app has closed, with the key the sync before it used.
    pub fn after(self, store: &Store) {
        if let Some(key) = &self.key {
            tell(crate::sync::run_with(store, key, self.opts).map(|r| report(&r)));
        }
    }
}

/// The sync key, as `tend sync` finds it.
fn key(store: &Store) -> Result<Key> {
    if store.sync_setup()?.is_none() {
        return Err(Error::Message(t!("cli-sync-on-open-not-set-up")));
    }
    let file = std::env::var_os("TEND_SYNC_PASSPHRASE_FILE").filter(|f| !f.is_empty());
    let source = Source {
        file: file.map(Into::into),
        sync: true,
        ..Source::default()
    };
    crate::sync::key(store, &source)
}

/// Prints a sync's report line, or why it did not happen, on stderr; returns the same
/// for the status line.
fn tell(done: Result<String>) -> String {
    match done {
        Ok(line) => {
            line_to_stderr(&line);
            line
        }
        Err(e) => {
            let error = e.to_string();
            line_to_stderr(format_args!(
                "tend: {}",
                t!("cli-sync-on-open-failed", error = &error)
            ));
            t!("cli-sync-on-open-not-synced", error = error)
        }
    }
}

/// "Synced: received 3 changes, sent 1, 1 conflict kept", and what is left for later.
pub fn report(r: &Report) -> String {
    let mut parts = vec![t!(
        "cli-sync-on-open-synced",
        received = r.received,
        sent = r.sent,
        conflicts = r.conflicts
    )];
    match (&r.new_device, r.rejoined) {
        (Some(_), true) => parts.push(t!("cli-sync-on-open-rejoined")),
        (Some(_), false) => parts.push(t!("cli-sync-on-open-new-device")),
        (None, _) => {}
    }
    if !r.waiting.is_empty() {
        parts.push(t!("cli-sync-on-open-waiting", count = r.waiting.len()));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_is_one_line_of_counts() {
        let mut r = Report {
            received: 3,
            sent: 1,
            conflicts: 1,
            ..Report::default()
        };
        assert_eq!(
            report(&r),
            "Synced: received 3 changes, sent 1, 1 conflict kept"
        );
        r.received = 1;
        r.conflicts = 0;
        r.waiting = vec!["device ab: segment 4 does not open".into()];
        assert_eq!(
            report(&r),
            "Synced: received 1 change, sent 1, 0 conflicts kept; 1 segment waits for next time (`tend sync status`)"
        );
    }

    /// A journal that goes on as a new device says why: a copy or a restore, or the
    /// other devices had retired it.
    #[test]
    fn a_new_device_says_why() {
        let mut r = Report {
            new_device: Some("0123456789abcdef".into()),
            ..Report::default()
        };
        assert!(
            report(&r)
                .ends_with("; this journal was copied or restored, so it syncs on as a new device")
        );
        r.rejoined = true;
        assert!(report(&r).ends_with(
            "; another of your devices had retired this one, so it syncs on as a new device"
        ));
    }
}
