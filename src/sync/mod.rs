//! Sync between a person's devices through a folder that another program carries
//! (Syncthing, a cloud folder, a USB stick, a git repository): tend never touches the
//! network. A sync merges every other device's new segments, then writes this
//! device's own. The journal's side (what changed, how versions merge) is
//! `store::changes`; this module is the folder, the files and the key.

mod compact;
pub mod folder;
pub mod foreign;
pub mod seal;

use crate::error::{Error, Result, SegmentFault};
use crate::secret::Source;
use crate::store::changes::segment::Segment;
use crate::store::changes::{Received, Setup, Why};
use crate::store::{Store, Tx};
use folder::{Folder, Header, Sub};
use seal::{Kdf, Key};
use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc;

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Report {
    /// Segments merged, records taken from them, and conflicts whose words were kept.
    pub segments: usize,
    pub received: usize,
    pub conflicts: usize,
    /// Records this device sent, and the segment it wrote them in.
    pub sent: usize,
    pub segment: Option<i64>,
    /// Segments left for next time, and why.
    pub waiting: Vec<String>,
    /// What else the person should know of this sync.
    pub notes: Vec<String>,
    /// Set when this journal turned out to be a restored or copied one: the new id.
    pub new_device: Option<String>,
    /// The new id was taken because another device had forgotten this one.
    pub rejoined: bool,
    /// The first segment only a newer tend can read: the person needs to upgrade.
    pub needs_upgrade: Option<String>,
    /// This device's segments folded into a snapshot by this sync.
    pub compacted: usize,
    /// Devices forgotten by this sync (unseen too long), by name.
    pub forgotten: Vec<String>,
    /// Another device's segment said it forgot this one.
    #[serde(skip)]
    pub forgot_me: bool,
}

/// How a sync treats devices that went quiet.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Days after which a device not heard from is forgotten (the
    /// `sync_forget_after_days` setting).
    pub forget_after_days: i64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            forget_after_days: 180,
        }
    }
}

impl Report {
    /// A segment left for next time; `newer` when only an upgrade will open it.
    fn wait(&mut self, line: String, newer: bool) {
        if newer && self.needs_upgrade.is_none() {
            self.needs_upgrade = Some(line.clone());
        }
        self.waiting.push(line);
    }

    fn add(&mut self, r: &Received) {
        self.forgot_me |= r.forgot_me;
        self.segments += r.segments;
        self.received += r.records;
        self.conflicts += r.conflicts;
    }
}

/// The message for a sync passphrase that cannot be asked for.
fn no_passphrase() -> Error {
    Error::invalid(t!("sync-field-passphrase"), t!("sync-passphrase-not-given"))
}

fn new_device_id() -> String {
    seal::hex(&seal::random::<8>())
}

/// Checks a device name given on the command line.
fn check_name(name: Option<&str>) -> Result<String> {
    match name {
        None => Ok(crate::store::changes::host_name()),
        Some(n)
            if n.trim().is_empty() || n.chars().count() > 60 || n.chars().any(char::is_control) =>
        {
            Err(Error::invalid("name", t!("sync-bad-device-name")))
        }
        Some(n) => Ok(n.trim().to_string()),
    }
}

fn refuse_if_set_up(store: &Store) -> Result<()> {
    if let Some(s) = store.sync_setup()? {
        return Err(Error::Message(t!(
            "sync-already-set-up",
            dir = s.folder.display().to_string()
        )));
    }
    Ok(())
}

/// An absolute path for the folder, without requiring it to exist.
fn absolute(dir: &Path) -> Result<std::path::PathBuf> {
    std::path::absolute(dir).map_err(|e| Error::Message(format!("{}: {e}", dir.display())))
}

/// `tend sync init DIR`: a new sync folder, with this device as its first.
pub fn init(store: &Store, dir: &Path, name: Option<&str>, source: &Source) -> Result<Report> {
    refuse_if_set_up(store)?;
    let name = check_name(name)?;
    let dir = absolute(dir)?;
    refuse_if_in_use(&dir)?;
    let prompt = format!("{} ", t!("sync-prompt-new-passphrase"));
    let pass = source.new_named(&prompt).map_err(|e| match e {
        Error::Invalid(_) if source.new_fd.is_none() && source.new_file.is_none() => {
            no_passphrase()
        }
        e => e,
    })?;
    let kdf = Kdf::fresh();
    let key = Key::derive(&pass, &kdf)?;
    init_with(store, &dir, &name, &kdf, &key)
}

/// Refuses to set up a folder that is a sync folder already: one with a settings
/// file, or one whose devices have written segments (its settings file not arrived
/// yet, or lost): a second set-up there would leave those devices waiting forever.
fn refuse_if_in_use(dir: &Path) -> Result<()> {
    let Ok(f) = Folder::open(dir) else {
        return Ok(());
    };
    let join = format!("`tend sync join {}`", dir.display());
    let dir = dir.display().to_string();
    if f.has_header() {
        return Err(Error::Message(t!(
            "sync-folder-in-use",
            dir = dir,
            join = join
        )));
    }
    if f.devices(false).is_ok_and(|d| d.holds_segments()) {
        return Err(Error::Message(t!(
            "sync-folder-arriving",
            dir = dir,
            join = join
        )));
    }
    Ok(())
}

/// Sets up a new sync folder with a key already derived (`init`, and tests).
pub fn init_with(store: &Store, dir: &Path, name: &str, kdf: &Kdf, key: &Key) -> Result<Report> {
    refuse_if_in_use(dir)?;
    let f = Folder::create(dir)?;
    let devices = f.devices(true)?;
    let device = device_for(store, &devices)?;
    devices.own(&device)?;
    f.write_header(&Header::new(kdf.clone(), key))?;
    begin(store, dir, &device, name, kdf, key)?;
    run(store, key)
}

/// `tend sync join DIR`: this device joins a folder another device set up.
pub fn join(store: &Store, dir: &Path, name: Option<&str>, source: &Source) -> Result<Report> {
    refuse_if_set_up(store)?;
    let name = check_name(name)?;
    let dir = absolute(dir)?;
    let header = Header::read(&dir)?;
    // Settings outside the documented range are refused before any passphrase.
    header.kdf.check()?;
    let pass = source
        .current(&format!("{} ", t!("sync-prompt-passphrase")))?
        .ok_or_else(no_passphrase)?;
    let key = Key::derive(&pass, &header.kdf)?;
    join_with(store, &dir, &name, &key)
}

/// Joins a sync folder with a key already derived (`join`, and tests).
pub fn join_with(store: &Store, dir: &Path, name: &str, key: &Key) -> Result<Report> {
    let f = Folder::open(dir)?;
    let header = f.header()?;
    header.check(key)?;
    let devices = f.devices(true)?;
    let device = device_for(store, &devices)?;
    devices.own(&device)?;
    begin(store, dir, &device, name, &header.kdf, key)?;
    run(store, key)
}

/// The id this journal syncs under: its own, unless the folder already has a device of
/// that id (this journal is a copy of one that syncs there, or it synced there before
/// and left): then a new one.
fn device_for(store: &Store, devices: &Sub) -> Result<String> {
    let mine = store.journal_device()?;
    Ok(if devices.has(&mine) {
        new_device_id()
    } else {
        mine
    })
}

fn begin(store: &Store, dir: &Path, device: &str, name: &str, kdf: &Kdf, key: &Key) -> Result<()> {
    let setup = Setup {
        folder: dir.to_path_buf(),
        device: device.into(),
        name: name.into(),
        salt: kdf.salt.clone(),
        kdf: Some(kdf.settings()),
        key: store.is_encrypted().then(|| key.bytes().to_vec()),
        next_seq: 1,
        last_hash: None,
        pending_hash: None,
        last_sync: None,
    };
    store.write(|tx| tx.sync_begin(&setup))
}

/// The sync key: kept in an encrypted journal; otherwise derived from the passphrase
/// (asked on a terminal, or read from the fd or file given), and then kept when the
/// journal is encrypted.
pub fn key(store: &Store, source: &Source) -> Result<Key> {
    let setup = set_up(store)?;
    if let Some(k) = setup.key.as_deref().and_then(Key::from_bytes) {
        return Ok(k);
    }
    let header = Header::read(&setup.folder)?;
    same_folder(&setup, &header)?;
    let pass = source
        .current(&format!("{} ", t!("sync-prompt-passphrase")))?
        .ok_or_else(no_passphrase)?;
    let key = Key::derive(&pass, &header.kdf)?;
    header.check(&key)?;
    if store.is_encrypted() {
        store.write(|tx| tx.sync_keep_key(key.bytes()))?;
    }
    Ok(key)
}

/// Checks that the folder's settings file is the one this device joined, before any
/// key is derived with it: the same salt (else the folder was set up again), and the
/// same key-derivation settings (else someone changed them, and deriving a key with
/// them could take seconds and a GiB only to fail).
fn same_folder(setup: &Setup, header: &Header) -> Result<()> {
    let dir = setup.folder.display().to_string();
    if header.kdf.salt != setup.salt {
        return Err(Error::Message(t!("sync-folder-set-up-again", dir = dir)));
    }
    match &setup.kdf {
        Some(kept) if *kept != header.kdf.settings() => Err(Error::Message(t!(
            "sync-key-settings-changed",
            dir = dir,
            kept = kept,
            now = header.kdf.settings()
        ))),
        _ => header.kdf.check(),
    }
}

/// Checks, before a sync, that the folder is still the one this device joined and
/// `key` is its key (a kept key is not checked otherwise); remembers the folder's
/// settings for a journal that joined before tend kept them.
fn check_folder(store: &Store, setup: &Setup, header: &Header, key: &Key) -> Result<()> {
    same_folder(setup, header)?;
    if !header.opens_with(key) {
        let dir = setup.folder.display().to_string();
        return Err(Error::Message(t!("sync-folder-new-passphrase", dir = dir)));
    }
    if setup.kdf.is_none() {
        store.write(|tx| tx.sync_keep_kdf(&header.kdf.settings()))?;
    }
    Ok(())
}

fn set_up(store: &Store) -> Result<Setup> {
    store
        .sync_setup()?
        .ok_or_else(|| Error::Message(t!("sync-not-set-up")))
}

/// `tend sync`: merges every other device's new segments, then writes this one's.
pub fn run(store: &Store, key: &Key) -> Result<Report> {
    run_with(store, key, Options::default())
}

/// `tend sync` with the person's settings.
pub fn run_with(store: &Store, key: &Key, opts: Options) -> Result<Report> {
    // A first sync or a join of ten years touches every index of a journal of 100 MB.
    store.long_writes(true)?;
    let report = sync_now(store, key, opts);
    store.long_writes(false)?;
    report
}

fn sync_now(store: &Store, key: &Key, opts: Options) -> Result<Report> {
    let mut report = Report::default();
    let setup = set_up(store)?;
    let dir = setup.folder.clone();
    let folder = Folder::open(&dir)
        .ok()
        .filter(Folder::has_header)
        .ok_or_else(|| Error::Message(t!("sync-folder-gone", dir = dir.display().to_string())))?;
    check_folder(store, &setup, &folder.header()?, key)?;
    let devices = folder.devices(false)?;
    let _busy = devices.lock()?;
    folder.remove_leftovers();
    let setup = check_own(store, setup, &devices, &mut report)?;
    // What an older tend here held aside, this one may now merge.
    let again = store.write(|tx| tx.retry_held())?;
    report.add(&again);
    report.forgotten = store.write(|tx| tx.sync_forget_unseen(opts.forget_after_days))?;
    foreign::forget_gone(store, &devices)?;
    // What merges stays in the folder until this device says it merged it: in a
    // segment, written after a commit that waits for the disk (`sync_writing`), or a
    // snapshot, written after `Store::flush` (`compact`).
    store.unflushed(|| {
        for device in devices.other_devices(&setup.device) {
            match devices.other(&device) {
                Ok(Some(theirs)) => {
                    receive(store, key, &theirs, &device, &mut report, None)?;
                    merge_copies(store, key, &theirs, &device, &mut report)?;
                }
                Ok(None) => {}
                Err(note) => report.waiting.push(device_note(&device, note)),
            }
        }
        Ok(())
    })?;
    let setup = match report.forgot_me {
        true => rejoin(store, key, &setup, &devices, &mut report)?,
        false => setup,
    };
    missing_devices(store, &devices, &setup.device, &mut report)?;
    let own = devices.own(&setup.device)?;
    send(store, key, &setup, &own, &mut report)?;
    // While a forgotten device's folder is still there, its files may hold records
    // deleted since: deletions are kept (in the snapshots too) until it is removed.
    let folder_left = store
        .sync_forgotten()?
        .iter()
        .any(|f| devices.has(&f.device));
    let forgot = store.write(|tx| {
        let n = match folder_left {
            true => 0,
            false => tx.sync_forget_tombstones()?,
        };
        tx.sync_done()?;
        Ok(n)
    })?;
    report.compacted = compact::compact(store, key, &own, forgot > 0)?;
    Ok(report)
}

/// The records the folder's files carry, by kind and key.
type Carried = std::collections::HashSet<(String, String)>;

/// This device was forgotten by the others (retired, or unseen too long) and is back:
/// it goes on as a new device, so nothing waits on its old id, and what it changed
/// while away goes out under the new one. A record it kept that no file in the folder
/// carries any more was deleted elsewhere while it was away, and that deletion since
/// forgotten: it goes here too, rather than come back through this device (unless
/// only this device ever had it: then it goes out again). With a device's folder
/// missing, nothing is taken out.
fn rejoin(
    store: &Store,
    key: &Key,
    setup: &Setup,
    devices: &Sub,
    report: &mut Report,
) -> Result<Setup> {
    let new = new_device_id();
    devices.own(&new)?;
    store.write(|tx| tx.sync_rejoin(&setup.device, &new))?;
    report.new_device = Some(new.clone());
    report.rejoined = true;
    let gap = store
        .sync_missing_devices(&new)?
        .iter()
        .any(|(d, _, _)| !devices.has(d));
    if !gap {
        store.write(|tx| tx.sync_merge_all_again())?;
        let mut carried = Carried::new();
        let mut again = Report::default();
        for device in devices.other_devices(&new) {
            if let Ok(Some(theirs)) = devices.other(&device) {
                receive(store, key, &theirs, &device, &mut again, Some(&mut carried))?;
            }
        }
        if again.waiting.is_empty() {
            store.write(|tx| tx.sync_drop_uncarried(&setup.device, &carried))?;
        }
    }
    set_up(store)
}

/// Says which devices other devices merged segments of that are not in the folder
/// (their folder removed before they were forgotten, or not copied here yet): this
/// journal lacks what they wrote, and the person should know, not find a silent gap.
fn missing_devices(store: &Store, devices: &Sub, me: &str, report: &mut Report) -> Result<()> {
    for (device, name, count) in store.sync_missing_devices(me)? {
        if devices.has(&device) {
            continue;
        }
        let note = t!("sync-device-folder-missing", name = name, count = count);
        report.waiting.push(device_note(&device, note));
    }
    Ok(())
}

/// Merges one device's segments after the last merged here, in order, stopping at
/// the first that is missing or does not open (tried again next time; one sealed
/// with another key is named once, see `foreign`). The files after the one merging
/// are read, unsealed and parsed on another thread meanwhile (a last one alone, where
/// it merges).
fn receive(
    store: &Store,
    key: &Key,
    theirs: &Sub,
    device: &str,
    report: &mut Report,
    mut carried: Option<&mut Carried>,
) -> Result<()> {
    let known = store
        .sync_devices()?
        .into_iter()
        .find(|d| d.device == device);
    let mut seq = known.as_ref().map_or(0, |d| d.imported);
    let mut last_nonce = known.and_then(|d| d.last_nonce);
    let mut again = false;
    let snapshot = theirs.last_snapshot();
    let hour = AtomicU8::new(store.profile()?.day_start_hour);
    std::thread::scope(|scope| {
        let mut files = Reader {
            scope,
            key,
            theirs,
            device,
            snapshot,
            hour: &hour,
            ahead: None,
        };
        files.read_ahead(seq + 1);
        let mut batch = Batch::default();
        loop {
            seq += 1;
            let (body, bytes, at, is_snapshot) = match files.open(seq) {
                Ok(Some(file)) => file,
                closed => {
                    if !batch.merge(store, device, scope, &hour, report)? {
                        return Ok(());
                    }
                    return closed_file(store, theirs, device, seq, closed, report);
                }
            };
            seq = at;
            files.read_ahead(seq + 1);
            if let Some(c) = carried.as_deref_mut() {
                c.extend(body.records.iter().map(|r| (r.t.clone(), r.k.clone())));
            }
            if forked(&body, last_nonce.as_deref()) && !again {
                if !batch.merge(store, device, scope, &hour, report)? {
                    return Ok(());
                }
                // Merging is idempotent: every file now in its folder is merged, in order.
                store.write(|tx| tx.sync_remerge(device))?;
                (seq, last_nonce, again) = (0, None, true);
                continue;
            }
            // After a snapshot, the next segment names the last one it stands for.
            let nonce = match &body.last {
                Some(last) if is_snapshot => last.clone(),
                _ => seal::identity(&bytes).unwrap_or_default(),
            };
            last_nonce = Some(nonce.clone());
            batch.records += body.records.len();
            batch.files.push((seq, body, nonce));
            if batch.full() && !batch.merge(store, device, scope, &hour, report)? {
                return Ok(());
            }
        }
    })
}

/// What `receive` says of a device's next file that it does not merge (missing, not
/// copied whole yet, sealed with another key, from a newer tend).
fn closed_file(
    store: &Store,
    theirs: &Sub,
    device: &str,
    seq: i64,
    closed: Read,
    report: &mut Report,
) -> Result<()> {
    match closed {
        Ok(Some(_)) => {}
        Ok(None) => {
            if theirs.last_seq() > seq {
                let note = t!("sync-segment-missing", seq = seq);
                report.waiting.push(device_note(device, note));
            }
        }
        Err(Closed::Note(note)) => report.waiting.push(device_note(device, note)),
        // Every file of that device is sealed so: it is skipped as a whole.
        Err(Closed::Fault(SegmentFault::OtherKey(line), at, bytes)) => {
            return foreign::meet(store, device, at, &bytes, line, report);
        }
        Err(Closed::Fault(why, _, _)) => {
            report.wait(device_note(device, why.to_string()), why.is_newer());
        }
    }
    Ok(())
}

/// About how many records of a device's files merge in one transaction: each commit
/// writes every index page the files changed, and a join's segments change most.
const BATCH_RECORDS: usize = 20_000;

/// The first batch's records, doubled for each batch after up to `BATCH_RECORDS`: the
/// merge starts once a file or two are read, and the files after are read meanwhile.
const FIRST_BATCH: usize = 2_000;

/// Up to how many merged records are freed where they merged, not on a thread of
/// their own.
const FEW_RECORDS: usize = 100;

/// A device's files read and waiting to merge, each with its number and identity.
#[derive(Default)]
struct Batch {
    files: Vec<(i64, Segment, String)>,
    records: usize,
    /// How many batches merged before this one.
    merged: u32,
}

impl Batch {
    /// Whether enough records wait to merge them.
    fn full(&self) -> bool {
        self.records >= (FIRST_BATCH << self.merged.min(4)).min(BATCH_RECORDS)
    }

    /// Merges the waiting files in one transaction (or one at a time, when one of them
    /// does not merge quickly: see `merge_file`), and frees them (many, on another
    /// thread); false when one can't be merged (it waits, said in the report). `hour`
    /// is then the hour the journal's day starts.
    fn merge<'scope>(
        &mut self,
        store: &Store,
        device: &str,
        scope: &'scope std::thread::Scope<'scope, '_>,
        hour: &AtomicU8,
        report: &mut Report,
    ) -> Result<bool> {
        let files = std::mem::take(&mut self.files);
        let records = std::mem::take(&mut self.records);
        let together = match files.len() {
            0 => return Ok(true),
            1 => None,
            _ => store
                .write(|tx| {
                    tx.search_index_after(|| {
                        files
                            .iter()
                            .map(|(seq, body, nonce)| {
                                apply_file(tx, device, *seq, body, nonce, true)
                            })
                            .collect::<Result<Vec<_>>>()
                    })
                })
                .ok(),
        };
        let mut merged = true;
        match together {
            Some(got) => {
                for ((seq, ..), got) in files.iter().zip(got) {
                    note_merged(device, *seq, &got, report);
                }
            }
            None => {
                for (seq, body, nonce) in &files {
                    merged = merge_file(store, device, *seq, body, nonce, report)?;
                    if !merged {
                        break;
                    }
                }
            }
        }
        // Thousands of records are freed on another thread while the next merge; a
        // few (an everyday sync's) are not worth a thread.
        if records > FEW_RECORDS {
            scope.spawn(move || drop(files));
        }
        self.merged += 1;
        // A merged profile may start the day at another hour: the files read next are
        // checked for it.
        hour.store(store.profile()?.day_start_hour, Ordering::Relaxed);
        Ok(merged)
    }
}

/// A device's files as `receive` merges them, read on another thread one after
/// another from the first it wants (up to `AHEAD` waiting) while it merges or gathers
/// a batch; the last file there, when it is the only one left, is read where it
/// merges.
struct Reader<'scope, 'env> {
    scope: &'scope std::thread::Scope<'scope, 'env>,
    key: &'env Key,
    theirs: &'env Sub,
    device: &'env str,
    snapshot: Option<i64>,
    /// The hour the journal's day starts, as of the last merge: the rows of each file
    /// are checked for it as the file is read.
    hour: &'env AtomicU8,
    /// The files read ahead, in order, and the number of the next one it sends.
    ahead: Option<(i64, mpsc::Receiver<Read>)>,
}

/// What opening a device's file found.
type Read = std::result::Result<Option<Opened>, Closed>;

/// How many files read ahead may wait to be merged (a segment holds at most 2,000
/// records, a snapshot all of a device's): enough to read the next batch while one
/// merges.
const AHEAD: usize = 16;

impl<'scope, 'env> Reader<'scope, 'env> {
    /// File `seq` (or the snapshot that stands for it), read ahead or read now.
    fn open(&mut self, seq: i64) -> Read {
        if let Some((next, ahead)) = &mut self.ahead
            && *next == seq
            && let Ok(read) = ahead.recv()
        {
            if let Ok(Some((_, _, at, _))) = &read {
                *next = at + 1;
            }
            return read;
        }
        // The merge went another way (a fork starts over): what was read ahead goes.
        self.ahead = None;
        next_file(self.key, self.theirs, self.device, seq, self.snapshot)
    }

    /// Starts reading the files from `seq` on, in order, on another thread, unless it
    /// is reading already; it stops at the first that is not there or does not open,
    /// or when they are no longer wanted.
    fn read_ahead(&mut self, seq: i64) {
        // With that file the last one there at most (an everyday sync's one new
        // file), `open` reads it itself, without a thread.
        if self.ahead.is_some() || self.theirs.last_seq() <= seq {
            return;
        }
        let (key, theirs, device, snapshot) = (self.key, self.theirs, self.device, self.snapshot);
        let hour = self.hour;
        // Its words (why a file does not open) in this thread's language.
        let language = crate::catalog::language();
        let (send, ahead) = mpsc::sync_channel(AHEAD);
        self.scope.spawn(move || {
            crate::catalog::in_language(language, || {
                let mut seq = seq;
                loop {
                    let mut read = next_file(key, theirs, device, seq, snapshot);
                    let next = match &mut read {
                        Ok(Some((body, _, at, _))) => {
                            let day_start = hour.load(Ordering::Relaxed);
                            crate::store::changes::check_ahead(body, day_start);
                            Some(*at + 1)
                        }
                        _ => None,
                    };
                    if send.send(read).is_err() {
                        return;
                    }
                    match next {
                        Some(n) => seq = n,
                        None => return,
                    }
                }
            })
        });
        self.ahead = Some((seq, ahead));
    }
}

/// Adds what merging a device's file `seq` did to the report, with what it held aside.
fn note_merged(device: &str, seq: i64, got: &Received, report: &mut Report) {
    report.add(got);
    let mut held = got.held.clone();
    held.dedup();
    for why in held {
        let note = t!("sync-record-held", why = why);
        report.waiting.push(segment_note(device, seq, note));
    }
    if got.past_latest > 0 {
        let note = t!("sync-past-latest", count = got.past_latest);
        report.notes.push(segment_note(device, seq, note));
    }
}

/// Merges a device's file `seq` (whose identity is `nonce`) and notes it merged:
/// `quick`ly (see `sync_apply_quick`) or a record at a time.
fn apply_file(
    tx: &Tx,
    device: &str,
    seq: i64,
    body: &Segment,
    nonce: &str,
    quick: bool,
) -> Result<Received> {
    let got = match quick {
        true => tx.sync_apply_quick(device, seq, body)?,
        false => tx.sync_apply(device, seq, body)?,
    };
    tx.sync_merged_nonce(device, nonce)?;
    Ok(got)
}

/// Merges one file of a device's, noting in the report what it held aside; false
/// when it can't be merged (it waits, said in the report).
fn merge_file(
    store: &Store,
    device: &str,
    seq: i64,
    body: &Segment,
    nonce: &str,
    report: &mut Report,
) -> Result<bool> {
    // A record this tend can't take undoes the quick merge; merged again record by
    // record, it is held aside and the rest goes in.
    let apply = |tx: &Tx, quick| apply_file(tx, device, seq, body, nonce, quick);
    let merged = match store.write(|tx| apply(tx, true)) {
        Err(Error::Invalid(_)) => store.write(|tx| apply(tx, false)),
        merged => merged,
    };
    match merged {
        Ok(got) => {
            note_merged(device, seq, &got, report);
            Ok(true)
        }
        Err(Error::Segment(why)) => {
            report.wait(segment_note(device, seq, why.to_string()), why.is_newer());
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// A device's file `seq`, or the snapshot that stands for it: merged in its place by
/// a device that starts from the first, or whose next segment is gone or does not open
/// (a copy cut short that the sync program will never finish, its source being
/// compacted away).
fn next_file(
    key: &Key,
    theirs: &Sub,
    device: &str,
    seq: i64,
    snapshot: Option<i64>,
) -> std::result::Result<Option<Opened>, Closed> {
    let cover = snapshot.filter(|n| *n >= seq);
    let first = match cover {
        Some(n) if seq == 1 || theirs.segment_identity(seq).is_none() => {
            open_file(key, theirs, device, n, true)
        }
        _ => open_file(key, theirs, device, seq, false),
    };
    match (first, cover) {
        (Ok(None) | Err(_), Some(n)) if n > seq => open_file(key, theirs, device, n, true),
        (first, _) => first,
    }
}

/// Segment `seq` of a device (or its snapshot of that number), opened and read: `None`
/// when it is not there, `Err` the note saying why it does not open (and whether only
/// a newer tend would).
fn open_file(
    key: &Key,
    theirs: &Sub,
    device: &str,
    seq: i64,
    snapshot: bool,
) -> std::result::Result<Option<Opened>, Closed> {
    let read = match snapshot {
        true => theirs.read_snapshot(seq),
        false => theirs.read_segment(seq),
    };
    let Some(bytes) = read.map_err(Closed::Note)? else {
        return Ok(None);
    };
    let plain = match snapshot {
        true => folder::unseal_snapshot(key, device, seq, &bytes),
        false => folder::unseal(key, device, seq, &bytes),
    };
    let body = plain.and_then(|plain| {
        serde_json::from_slice(&plain)
            .map_err(|_| SegmentFault::Unreadable(t!("sync-segment-unreadable", seq = seq)))
    });
    match body {
        Ok(body) => Ok(Some((body, bytes, seq, snapshot))),
        Err(why) => Err(Closed::Fault(why, seq, bytes)),
    }
}

/// A file opened: its contents, bytes, number, and whether it is a snapshot.
type Opened = (Segment, Vec<u8>, i64, bool);

/// Why a device's next file was not merged: a note on what is there, or what opening
/// it found (with the file's number and bytes).
enum Closed {
    Note(String),
    Fault(SegmentFault, i64, Vec<u8>),
}

/// Merges the sync program's conflict copies of a device's segments, each once: after
/// a machine was restored with its copy of the folder, the copy of a segment it wrote
/// before the restore may hold what no other file does. A copy that does not open as
/// that device's segment (the program's own junk, one cut short) is left alone, and so
/// is anything under such a name that is not a regular file (a link is not followed).
fn merge_copies(
    store: &Store,
    key: &Key,
    theirs: &Sub,
    device: &str,
    report: &mut Report,
) -> Result<()> {
    for (seq, name) in theirs.copies() {
        let Some(bytes) = theirs.read_copy(&name) else {
            continue;
        };
        let Some(nonce) = seal::identity(&bytes) else {
            continue;
        };
        let Ok(body) = folder::unseal(key, device, seq, &bytes).and_then(|plain| {
            serde_json::from_slice::<Segment>(&plain)
                .map_err(|_| SegmentFault::Unreadable(String::new()))
        }) else {
            continue;
        };
        if store.write(|tx| tx.sync_copy_merged(device, &nonce))? {
            continue;
        }
        match store.write(|tx| tx.sync_apply_copy(device, seq, &nonce, &body)) {
            Ok(got) => report.add(&got),
            Err(e @ Error::Segment(_)) => report.notes.push(device_note(
                device,
                t!("sync-copy-not-merged", seq = seq, error = e.to_string()),
            )),
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// A line of the report about one device: "device ID: NOTE".
fn device_note(device: &str, note: String) -> String {
    t!("sync-device-note", device = device, note = note)
}

/// A line of the report about one segment of a device: "device ID: segment N: NOTE".
fn segment_note(device: &str, seq: i64, note: String) -> String {
    t!("sync-segment-note", device = device, seq = seq, note = note)
}

/// Whether a segment names a predecessor other than the file merged here under that
/// number (a restored or copied journal wrote it again before it noticed).
fn forked(body: &Segment, merged: Option<&str>) -> bool {
    match (body.prev.as_deref(), merged) {
        (Some(prev), Some(merged)) => prev != merged,
        _ => false,
    }
}

/// Writes this device's next segments, while anything changed here is unsent. Each
/// in three steps, so a crash at any point loses nothing: the journal notes the new
/// file's identity, the file is written whole under its name, then the journal marks
/// its records sent (a crash before that sends them again, in the next segment). A
/// full segment is serialized and sealed on another thread while the next one's
/// records are read.
fn send(store: &Store, key: &Key, setup: &Setup, own: &Sub, report: &mut Report) -> Result<()> {
    let mut seq = setup.next_seq;
    let mut prev = setup.last_hash.clone();
    let mut next = store.write(|tx| tx.sync_collect(seq))?;
    std::thread::scope(|s| {
        while let Some(mut out) = next.take() {
            out.body.prev = prev.take();
            let (device, after, full) = (&setup.device, out.last, out.full);
            let seal = move || {
                let body = serde_json::to_vec(&out.body).expect("a segment serializes");
                (folder::seal_segment(key, device, seq, &body), out.sent)
            };
            // A full segment is sealed on another thread while the next is gathered;
            // the last (an everyday sync's only one) here.
            let (((bytes, hash), sent), ahead) = match full {
                true => {
                    let sealing = s.spawn(seal);
                    let ahead = store.write(|tx| tx.sync_collect_after(seq + 1, after))?;
                    (sealing.join().expect("sealing does not panic"), ahead)
                }
                false => (seal(), None),
            };
            store.write(|tx| tx.sync_writing(&hash))?;
            own.write_segment(seq, &bytes)?;
            // Noting it sent need not wait for the disk: taken back by a power cut,
            // the segment in the folder is known again by its hash (`check_own`).
            store.unflushed(|| store.write(|tx| tx.sync_sent(seq, &hash, &sent)))?;
            report.sent += sent.len();
            report.segment = Some(seq);
            seq += 1;
            prev = Some(hash);
            // Then what changed meanwhile among the records passed, if anything did.
            next = match ahead {
                Some(out) => Some(out),
                None => store.write(|tx| tx.sync_collect(seq))?,
            };
        }
        Ok(())
    })
}

/// Checks this device's own folder against what the journal remembers writing. A
/// segment of its next number already there, or its last one with other contents,
/// means this journal is a restored backup or a copy of another device's: it goes on
/// under a new device id, and merges what the old id wrote since like any device's.
fn check_own(store: &Store, setup: Setup, devices: &Sub, report: &mut Report) -> Result<Setup> {
    let own = devices.own(&setup.device)?;
    own.remove_leftovers();
    let n = setup.next_seq;
    let identity = |seq| -> Result<Option<String>> { Ok(own.segment_identity(seq)) };
    let next = identity(n)?;
    if next.is_some() && next == setup.pending_hash {
        // Written, then interrupted before the journal noted it: note it now (its
        // records are still marked unsent, and go again in the next segment).
        let hash = next.unwrap_or_default();
        store.write(|tx| tx.sync_sent(n, &hash, &[]))?;
        return set_up(store);
    }
    // The first of this id's segments that is not this journal's own (the sync
    // program's conflict copy of one of them says two journals wrote it).
    let forked = own.conflict_copies().filter(|k| *k < n);
    let diverged = if let Some(k) = forked {
        Some(k)
    } else if n > 1 && identity(n - 1)?.is_some_and(|h| Some(h) != setup.last_hash) {
        Some(n - 1)
    } else if next.is_some() || own.last_seq() > n {
        Some(n)
    } else {
        None
    };
    let Some(diverged) = diverged else {
        return Ok(setup);
    };
    let new = new_device_id();
    devices.own(&new)?;
    // The old id is done: its successor retires it, so it holds nothing up, and every
    // device sends on what it wrote.
    store.write(|tx| {
        tx.sync_new_device(&setup.device, &new, diverged)?;
        tx.sync_forget_device(&setup.device, &setup.name, Why::Succeeded)?;
        Ok(())
    })?;
    report.new_device = Some(new);
    set_up(store)
}
