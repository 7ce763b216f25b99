//! Segments sealed with another key: written by a device with a different sync
//! passphrase (a folder set up twice, and a device of one copied into the other). Such a
//! file is named once, in the sync that first meets it, and noted in the journal; while
//! it is the same file, later syncs skip its device without trying it or saying it
//! again (every file of that device is sealed so), and the other devices merge as
//! ever. `tend sync status` lists them; the note is dropped once the file is removed
//! or replaced.

use super::folder::{self, Sub};
use super::{Report, seal};
use crate::error::Result;
use crate::store::Store;
use crate::store::foreign::Foreign;
use std::path::{Path, PathBuf};

/// Segment `seq` of `device` did not open with this key (`line` says so): named in the
/// report unless it was noted before as this very file.
pub(super) fn meet(
    store: &Store,
    device: &str,
    seq: i64,
    bytes: &[u8],
    line: String,
    report: &mut Report,
) -> Result<()> {
    let identity = seal::identity(bytes).unwrap_or_default();
    if store.write(|tx| tx.sync_note_foreign(device, seq, &identity))? {
        report.notes.push(super::device_note(device, line));
    }
    Ok(())
}

/// Forgets the noted segments whose file is no longer in the folder, or is another
/// file now (its next sync tries that one).
pub(super) fn forget_gone(store: &Store, devices: &Sub) -> Result<()> {
    for f in store.sync_foreign()? {
        let now = devices
            .other(&f.device)
            .ok()
            .flatten()
            .and_then(|d| d.segment_identity(f.seq));
        if now.as_deref() != Some(f.identity.as_str()) {
            store.write(|tx| tx.sync_forget_foreign(&f.device, f.seq))?;
        }
    }
    Ok(())
}

/// A noted segment still in the folder as it was noted, for `tend sync status`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Listed {
    pub device: String,
    pub segment: i64,
    pub path: PathBuf,
    /// What the sync that met it said.
    pub problem: String,
    pub noted_at: String,
}

/// The noted segments still in the folder `dir` as they were noted.
pub fn listed(store: &Store, dir: &Path) -> Result<Vec<Listed>> {
    let devices = folder::Folder::open(dir)
        .and_then(|f| f.devices(false))
        .ok();
    let still = |f: &Foreign| {
        let sub = devices.as_ref()?.other(&f.device).ok()??;
        (sub.segment_identity(f.seq)? == f.identity).then_some(())
    };
    Ok(store
        .sync_foreign()?
        .into_iter()
        .filter(|f| still(f).is_some())
        .map(|f| Listed {
            path: folder::segment_path(dir, &f.device, f.seq),
            problem: t!("sync-segment-other-key", seq = f.seq),
            device: f.device,
            segment: f.seq,
            noted_at: f.noted_at,
        })
        .collect())
}
