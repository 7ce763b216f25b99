//! Compaction, so the sync folder stays the size of the journal rather than of its
//! history: once every device that still counts has merged this device's segments up
//! to some number, they are replaced by one snapshot of that number (a segment like
//! the others, sealed the same way) holding what they carried that still stands. The
//! snapshot is written whole and read back before the files it replaces are removed,
//! so a crash or a full disk at any point leaves the folder readable. A device that
//! joins (or one that fell behind) merges the snapshot in their place.

use super::folder::{self, Sub};
use super::seal::Key;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::store::changes::Setup;

/// Fewest segments worth folding into a snapshot.
const FOLD_AT: usize = 3;
/// Segments folded whatever their size, so a folder never holds hundreds of files.
const FOLD_ALWAYS: usize = 32;

/// Folds this device's segments that every device still counting has merged into
/// one snapshot, when enough have gathered: at least `FOLD_AT`, with at least an
/// eighth of the last snapshot's bytes (or `FOLD_ALWAYS` of them), so the snapshot
/// is not rewritten for every small sync. `again` rewrites the snapshot even so
/// (deletions' versions were forgotten, and their tombstones must leave it). Returns
/// how many files it replaced.
pub(super) fn compact(store: &Store, key: &Key, own: &Sub, again: bool) -> Result<usize> {
    let Some(setup) = store.sync_setup()? else {
        return Ok(0);
    };
    let written = setup.next_seq - 1;
    let files = own.numbered();
    let snapshot = files.iter().filter(|(_, s)| *s).map(|(n, _)| *n).max();
    // Alone in the folder, nothing is folded: no device waits on these segments yet
    // (and the first sync's are not written twice over).
    let Some(merged) = store.sync_merged_by_all()? else {
        return Ok(0);
    };
    let merged = merged.min(written);
    let fold: Vec<i64> = files
        .iter()
        .filter(|(n, s)| !s && *n <= merged)
        .map(|(n, _)| *n)
        .collect();
    let bytes: u64 = fold.iter().map(|n| own.len(*n, false)).sum();
    let snapshot_bytes = snapshot.map_or(0, |n| own.len(n, true));
    let worth = fold.len() >= FOLD_AT && (bytes * 8 >= snapshot_bytes || fold.len() >= FOLD_ALWAYS);
    if !(worth || again && snapshot.is_some()) {
        return Ok(0);
    }
    let upto = fold.iter().copied().chain(snapshot).max().unwrap_or(0);
    if upto == 0 {
        return Ok(0);
    }
    let last = last_identity(key, own, &setup, upto, snapshot);
    let body = store.write(|tx| tx.sync_snapshot(upto, last))?;
    // The snapshot says which of the others' segments this device merged: those
    // merges reach the disk first (a sync's merges do not wait for it).
    store.flush()?;
    let plain = serde_json::to_vec(&body).expect("a snapshot serializes");
    let (sealed, _) = folder::seal_snapshot(key, &setup.device, upto, &plain);
    own.write_snapshot(upto, &sealed)?;
    // Only once it reads back whole do the files it stands for go.
    let back = own.read_snapshot(upto).ok().flatten();
    let whole = back.is_some_and(|b| {
        b == sealed && folder::unseal_snapshot(key, &setup.device, upto, &b).is_ok()
    });
    if !whole {
        return Err(Error::Message(t!(
            "sync-snapshot-unreadable",
            path = own.path().display().to_string()
        )));
    }
    for n in &fold {
        own.remove(*n, false);
    }
    let older: Vec<i64> = files
        .iter()
        .filter(|(n, s)| *s && *n < upto)
        .map(|(n, _)| *n)
        .collect();
    for n in &older {
        own.remove(*n, true);
    }
    Ok(fold.len() + older.len())
}

/// The identity of this device's segment `upto`, which its next segment names as the
/// one before: from the file while it is there, else from the journal (the last one
/// written) or from the snapshot that already stands for it.
fn last_identity(
    key: &Key,
    own: &Sub,
    setup: &Setup,
    upto: i64,
    snapshot: Option<i64>,
) -> Option<String> {
    if let Some(id) = own.segment_identity(upto) {
        return Some(id);
    }
    if upto == setup.next_seq - 1 {
        return setup.last_hash.clone();
    }
    let n = snapshot.filter(|n| *n == upto)?;
    let bytes = own.read_snapshot(n).ok().flatten()?;
    let plain = folder::unseal_snapshot(key, &setup.device, n, &bytes).ok()?;
    serde_json::from_slice::<crate::store::changes::segment::Segment>(&plain)
        .ok()?
        .last
}
