//! The sync folder's layout, which a sync engine (Syncthing, a cloud folder, git)
//! carries between devices:
//!
//! ```text
//! DIR/tend-sync.json              key-derivation settings and a key check (no text)
//! DIR/devices/<device>/00000001.tseg   that device's segments, numbered, sealed
//! DIR/devices/<device>/snapshot-00000040.tseg   its segments up to 40, compacted
//! ```
//!
//! A snapshot is a segment like the others (the same contents, sealed the same way,
//! bound to its own name): what the device's segments up to its number carried that
//! still stands. It is written whole beside them, read back, and only then are the
//! segments and the older snapshot it replaces removed (see `sync::compact`).
//!
//! Each device writes only its own folder, and a segment is written under a temporary
//! name then renamed, never changed after: no file is ever written by two devices, so
//! the engine has nothing to conflict on. Only after a journal was restored with its
//! copy of the folder can two files carry one segment number: the engine's conflict
//! copy of one (`*.sync-conflict-*`, "conflicted copy") is read for what only it holds,
//! as a segment is (below). Files of other names (temporary ones) are never read.
//!
//! Everything in the folder arrived from elsewhere, and sync engines carry symbolic
//! links, so nothing below DIR is trusted. DIR is opened once (it may itself be a link
//! the person chose); `devices/` and each device's folder are opened from its
//! descriptor without following a link (`O_NOFOLLOW | O_DIRECTORY`), and every file
//! from theirs: opened non-blocking without following a link, checked on the open
//! descriptor to be a regular file within the format's size, and read no further than
//! that. Writes go through the descriptor of this device's own folder: a new file
//! (`O_CREAT | O_EXCL | O_NOFOLLOW`), synced, renamed within that folder, the folder
//! synced. Clean-up removes only regular files of tend's own temporary names, there
//! and in DIR. A symbolic link as `devices/` or as this device's folder is refused by
//! name, with nothing written; another device's folder or segment that is not what it
//! should be is skipped with a note, and this device's own changes still go out.

use super::seal::{Kdf, Key, Unsealed};
use crate::error::{Error, Result, SegmentFault};
use crate::files::{FileKind, NotRead, describe_mode, read_capped, read_regular};
use rustix::fs::{AtFlags, Mode, OFlags};
use rustix::io::Errno;
use std::io::Write;
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const HEADER: &str = "tend-sync.json";
const DEVICES: &str = "devices";
const EXT: &str = ".tseg";
/// The text sealed in the header to tell a wrong passphrase from a right one.
const CHECK: &[u8] = b"tend sync key check";
/// The format of the settings file this tend writes and reads (independent of the
/// segments' file format, so that an older tend still reads a newer one's settings).
const SETTINGS_FORMAT: u8 = 1;
/// The largest settings file tend reads (one tend writes is a few hundred bytes).
const MAX_HEADER: u64 = 64 << 10;
/// The largest segment file tend reads (one a tend writes stays far below it).
const MAX_FILE: u64 = 512 << 20;
/// The most a segment unpacks to.
const MAX_UNPACKED: u64 = 1 << 30;

/// The folder's settings file.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Header {
    pub app: String,
    pub format: u8,
    pub kdf: Kdf,
    /// CHECK sealed with the key, as hex.
    pub check: String,
}

pub fn header_path(dir: &Path) -> PathBuf {
    dir.join(HEADER)
}

pub fn device_dir(dir: &Path, device: &str) -> PathBuf {
    dir.join(DEVICES).join(device)
}

fn segment_name(seq: i64) -> String {
    format!("{seq:08}{EXT}")
}

const SNAPSHOT: &str = "snapshot-";

fn snapshot_name(seq: i64) -> String {
    format!("{SNAPSHOT}{seq:08}{EXT}")
}

/// The number of a segment (`00000007.tseg`) or snapshot (`snapshot-00000007.tseg`)
/// named so, and whether it is a snapshot.
fn numbered(name: &str) -> Option<(i64, bool)> {
    let stem = name.strip_suffix(EXT)?;
    let (n, snapshot) = match stem.strip_prefix(SNAPSHOT) {
        Some(n) => (n, true),
        None => (stem, false),
    };
    (n.len() == 8 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| Some((n.parse().ok()?, snapshot)))?
}

pub fn segment_path(dir: &Path, device: &str, seq: i64) -> PathBuf {
    device_dir(dir, device).join(segment_name(seq))
}

/// What binds a segment to its place: its device and number.
pub fn aad(device: &str, seq: i64) -> Vec<u8> {
    format!("{device}/{seq}").into_bytes()
}

/// What binds a snapshot to its place: a snapshot never opens as a segment, nor the
/// other way round.
pub fn snapshot_aad(device: &str, seq: i64) -> Vec<u8> {
    format!("{device}/snapshot/{seq}").into_bytes()
}

/// A device id as tend makes them: 16 lowercase hex digits.
pub fn is_device_id(s: &str) -> bool {
    s.len() == 16
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The segment number a sync program's conflict copy of a segment is of
/// (`00000003.sync-conflict-….tseg`, `00000003 (conflicted copy).tseg`), if `name` is one.
fn copy_of(name: &str) -> Option<i64> {
    if !name.to_lowercase().contains("conflict") {
        return None;
    }
    name.get(..8)
        .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()
}

/// Whether a name is one of tend's temporary files (`.<name>.tmp-<pid>[-<n>]`).
fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.contains(".tmp-")
}

impl Header {
    pub fn new(kdf: Kdf, key: &Key) -> Header {
        // In format 1, which every tend opens: see `Key::seal_format1`.
        let (sealed, _) = key.seal_format1(b"header", CHECK);
        Header {
            app: "tend".into(),
            format: SETTINGS_FORMAT,
            kdf,
            check: super::seal::hex(&sealed),
        }
    }

    /// Reads DIR's settings file.
    pub fn read(dir: &Path) -> Result<Header> {
        Folder::open(dir)?.header()
    }

    /// Whether `key` is the folder's: fails with a clear message when it is not.
    pub fn check(&self, key: &Key) -> Result<()> {
        if self.opens_with(key) {
            Ok(())
        } else {
            Err(Error::invalid(
                t!("sync-field-passphrase"),
                t!("sync-wrong-passphrase"),
            ))
        }
    }

    /// Whether the key check in the header opens with `key`.
    pub fn opens_with(&self, key: &Key) -> bool {
        let sealed = (0..self.check.len())
            .step_by(2)
            .filter_map(|i| u8::from_str_radix(self.check.get(i..i + 2)?, 16).ok())
            .collect::<Vec<u8>>();
        matches!(key.open(b"header", &sealed), Ok(c) if c == CHECK)
    }

    fn parse(dir: &Path, bytes: &[u8]) -> Result<Header> {
        let path = header_path(dir);
        let h: Header = serde_json::from_slice(bytes).map_err(|_| {
            Error::Message(t!(
                "sync-not-settings-file",
                path = path.display().to_string()
            ))
        })?;
        let dir = dir.display().to_string();
        if h.app != "tend" {
            return Err(Error::Message(t!("sync-not-sync-folder", dir = dir)));
        }
        if h.format > SETTINGS_FORMAT {
            return Err(Error::Message(t!(
                "sync-folder-newer",
                dir = dir,
                format = h.format
            )));
        }
        Ok(h)
    }
}

/// A sync folder, opened once. DIR may be a link the person chose; nothing below it
/// is followed.
pub struct Folder {
    path: PathBuf,
    fd: OwnedFd,
}

/// A folder inside the sync folder (`devices/`, or a device's), opened without
/// following a link.
pub struct Sub {
    path: PathBuf,
    fd: OwnedFd,
    /// Its names as last read: a sync asks a folder what it holds a dozen times, and
    /// reads it once (then again after tend itself changed it). A file another program
    /// puts in it meanwhile is still read by name, but left out of what the listing
    /// decides (the last number, the snapshots, the conflict copies) until the next sync.
    listed: Mutex<Option<Vec<String>>>,
}

/// Opens a folder named `name` in `dir` without following a link; `Err` says what is
/// there instead, in words (or `None` when nothing is).
fn open_sub(dir: impl AsFd, name: &str) -> std::result::Result<OwnedFd, Option<String>> {
    let flags =
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC;
    match rustix::fs::openat(dir.as_fd(), name, flags, Mode::empty()) {
        Ok(fd) => Ok(fd),
        Err(Errno::NOENT) => Err(None),
        Err(Errno::LOOP) => Err(Some(FileKind::Link.to_string())),
        Err(Errno::NOTDIR) => Err(Some(
            rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW).map_or_else(
                |_| t!("sync-kind-not-folder"),
                |st| describe_mode(st.st_mode).to_string(),
            ),
        )),
        Err(_) => Err(Some(t!("sync-kind-unopenable"))),
    }
}

/// "PATH: cannot be made (…)", for a folder of the layout tend could not make.
fn cannot_make(path: &Path, e: &dyn std::fmt::Display) -> Error {
    Error::Message(t!(
        "sync-cannot-make",
        path = path.display().to_string(),
        error = e.to_string()
    ))
}

/// "PATH: cannot be read (it is not there)", for a folder of the layout that went.
fn gone(path: &Path) -> Error {
    Error::Message(t!("sync-not-there", path = path.display().to_string()))
}

/// Makes a folder `name` in `dir` (owner-only) unless something is there.
fn make_sub(dir: impl AsFd, name: &str, path: &Path) -> Result<()> {
    match rustix::fs::mkdirat(dir, name, Mode::from_raw_mode(0o700)) {
        Ok(()) | Err(Errno::EXIST) => Ok(()),
        Err(e) => Err(cannot_make(path, &std::io::Error::from(e))),
    }
}

/// The refusal for a folder of the layout that is not a plain folder.
fn not_a_folder(path: &Path, what: &str) -> Error {
    Error::Message(t!(
        "sync-not-plain-folder",
        path = path.display().to_string(),
        kind = what
    ))
}

impl Folder {
    /// Opens DIR (following a link, as the person chose it).
    pub fn open(dir: &Path) -> Result<Folder> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NONBLOCK | OFlags::CLOEXEC;
        let fd = rustix::fs::openat(rustix::fs::CWD, dir, flags, Mode::empty()).map_err(|e| {
            let dir = dir.display().to_string();
            Error::Message(match e {
                Errno::NOENT => t!("sync-folder-missing", dir = dir),
                Errno::NOTDIR => t!("sync-folder-not-folder", dir = dir),
                e => t!(
                    "sync-folder-unopenable",
                    dir = dir,
                    error = std::io::Error::from(e).to_string()
                ),
            })
        })?;
        Ok(Folder {
            path: dir.to_path_buf(),
            fd,
        })
    }

    /// Makes DIR (and its parents, owner-only) if it is not there, then opens it.
    pub fn create(dir: &Path) -> Result<Folder> {
        crate::files::private_dir(dir).map_err(|e| cannot_make(dir, &e))?;
        Folder::open(dir)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether anything is at the settings file's name (without following it).
    pub fn has_header(&self) -> bool {
        rustix::fs::statat(&self.fd, HEADER, AtFlags::SYMLINK_NOFOLLOW).is_ok()
    }

    /// Reads the settings file: a regular file, not a link, of at most 64 KiB.
    pub fn header(&self) -> Result<Header> {
        let path = header_path(&self.path);
        let bytes = read_regular(&self.fd, Path::new(HEADER), false, MAX_HEADER).map_err(|e| {
            Error::Message(match e {
                NotRead::Missing => t!(
                    "sync-no-settings-file",
                    dir = self.path.display().to_string(),
                    file = HEADER
                ),
                e => t!(
                    "sync-settings-file-refused",
                    problem = e.about(path.display())
                ),
            })
        })?;
        Header::parse(&self.path, &bytes)
    }

    /// Writes the settings file whole (see `write_new`).
    pub fn write_header(&self, h: &Header) -> Result<()> {
        let text = serde_json::to_string_pretty(h).expect("the header serializes");
        write_new(&self.fd, &self.path, HEADER, text.as_bytes())
    }

    /// The `devices` folder, made when `create` and missing; refused when it is a
    /// link or not a folder.
    pub fn devices(&self, create: bool) -> Result<Sub> {
        let path = self.path.join(DEVICES);
        if create {
            make_sub(&self.fd, DEVICES, &path)?;
        }
        match open_sub(&self.fd, DEVICES) {
            Ok(fd) => Ok(Sub::at(path, fd)),
            Err(None) => Err(gone(&path)),
            Err(Some(what)) => Err(not_a_folder(&path, &what)),
        }
    }

    /// Removes tend's temporary files left in DIR by an interrupted set-up.
    pub fn remove_leftovers(&self) {
        remove_temp_files(&self.fd, names(&self.fd));
    }
}

/// Removes the regular files with tend's temporary names among `names` in the folder
/// `dir`; a link, a pipe or a folder of such a name is left alone (`unlinkat` never
/// follows a link, so nothing outside is ever touched). True when one was removed.
fn remove_temp_files(dir: &OwnedFd, names: Vec<String>) -> bool {
    let mut removed = false;
    for name in names.iter().filter(|n| is_temp_name(n)) {
        let regular = rustix::fs::statat(dir, name.as_str(), AtFlags::SYMLINK_NOFOLLOW)
            .is_ok_and(|st| crate::files::is_regular(&st));
        if regular {
            removed |= rustix::fs::unlinkat(dir, name.as_str(), AtFlags::empty()).is_ok();
        }
    }
    removed
}

/// The names in a folder, as text (others are not tend's).
fn names(dir: &OwnedFd) -> Vec<String> {
    let Ok(entries) = rustix::fs::Dir::read_from(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str().ok().map(str::to_string))
        .collect()
}

impl Sub {
    fn at(path: PathBuf, fd: OwnedFd) -> Sub {
        let listed = Mutex::new(None);
        Sub { path, fd, listed }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The names here (see `listed`).
    fn names(&self) -> Vec<String> {
        let mut listed = self.listed.lock().unwrap_or_else(|e| e.into_inner());
        listed.get_or_insert_with(|| names(&self.fd)).clone()
    }

    /// Forgets the names read: tend is changing what the folder holds.
    fn changed(&self) {
        *self.listed.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// This device's own folder in `devices`, made when missing; refused when it is
    /// a link or not a folder.
    pub fn own(&self, device: &str) -> Result<Sub> {
        let path = self.path.join(device);
        self.changed();
        make_sub(&self.fd, device, &path)?;
        match open_sub(&self.fd, device) {
            Ok(fd) => Ok(Sub::at(path, fd)),
            Err(None) => Err(gone(&path)),
            Err(Some(what)) => Err(not_a_folder(
                &path,
                &t!("sync-own-folder-kind", kind = what),
            )),
        }
    }

    /// Whether anything is at `name` here (not followed, whatever it is).
    pub fn has(&self, name: &str) -> bool {
        rustix::fs::statat(&self.fd, name, AtFlags::SYMLINK_NOFOLLOW).is_ok()
    }

    /// Another device's folder: `Ok(None)` when it is not there, `Err` a one-line
    /// note saying why it is skipped.
    pub fn other(&self, device: &str) -> std::result::Result<Option<Sub>, String> {
        let path = self.path.join(device);
        match open_sub(&self.fd, device) {
            Ok(fd) => Ok(Some(Sub::at(path, fd))),
            Err(None) => Ok(None),
            Err(Some(what)) => Err(t!(
                "sync-device-folder-skipped",
                path = path.display().to_string(),
                kind = what
            )),
        }
    }

    /// The other devices in `devices`, by id (whatever is there under a device's
    /// name, a link or a file too: `other` says what is wrong with it).
    pub fn other_devices(&self, me: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .names()
            .into_iter()
            .filter(|n| is_device_id(n) && n != me)
            .collect();
        out.sort();
        out
    }

    /// Whether any device's folder here holds a segment (or another device's is
    /// there at all in some form): set up already, to be joined.
    pub fn holds_segments(&self) -> bool {
        self.other_devices("").iter().any(|d| match self.other(d) {
            Ok(Some(sub)) => sub.last_seq() > 0,
            Ok(None) => false,
            Err(_) => true,
        })
    }

    /// Takes the folder's lock (on `devices`), or says another sync is running.
    pub fn lock(&self) -> Result<Busy> {
        let fd = self.fd.try_clone().map_err(|e| {
            Error::Message(t!(
                "sync-cannot-read",
                path = self.path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        match rustix::fs::flock(&fd, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
            Err(Errno::WOULDBLOCK) => Err(Error::Message(t!("sync-busy"))),
            // A share that cannot lock at all: go on unlocked, as tend did before.
            _ => Ok(Busy(fd)),
        }
    }

    /// A segment's bytes: `Ok(None)` when it is not there, `Err` a one-line note when
    /// what is there is not a segment tend reads (a link, a pipe, a folder, a device,
    /// one too large).
    pub fn read_segment(&self, seq: i64) -> std::result::Result<Option<Vec<u8>>, String> {
        self.read_named(&segment_name(seq))
    }

    fn read_named(&self, name: &str) -> std::result::Result<Option<Vec<u8>>, String> {
        match read_regular(&self.fd, Path::new(&name), false, MAX_FILE) {
            Ok(b) => Ok(Some(b)),
            Err(NotRead::Missing) => Ok(None),
            Err(e) => Err(t!(
                "sync-segment-skipped",
                problem = e.about(self.path.join(name).display())
            )),
        }
    }

    /// A segment's identity (its nonce), reading only its first bytes; None unless
    /// it is a regular file.
    pub fn segment_identity(&self, seq: i64) -> Option<String> {
        let name = segment_name(seq);
        let (f, _) =
            crate::files::open_regular(&self.fd, Path::new(&name), false, MAX_FILE).ok()?;
        let head = read_capped_head(f)?;
        super::seal::identity(&head)
    }

    /// The highest segment number in the folder, a snapshot's included (0 when none).
    pub fn last_seq(&self) -> i64 {
        self.numbered()
            .into_iter()
            .map(|(n, _)| n)
            .max()
            .unwrap_or(0)
    }

    /// The segments and snapshots here by number (`true` for a snapshot), in order.
    pub fn numbered(&self) -> Vec<(i64, bool)> {
        let mut out: Vec<(i64, bool)> = self.names().iter().filter_map(|n| numbered(n)).collect();
        out.sort();
        out
    }

    /// The highest-numbered snapshot here, if any.
    pub fn last_snapshot(&self) -> Option<i64> {
        self.numbered()
            .into_iter()
            .filter(|(_, s)| *s)
            .map(|(n, _)| n)
            .max()
    }

    /// A snapshot's bytes, read as a segment's are.
    pub fn read_snapshot(&self, seq: i64) -> std::result::Result<Option<Vec<u8>>, String> {
        self.read_named(&snapshot_name(seq))
    }

    /// Writes snapshot `seq` whole (see `write_new`); one already there is replaced.
    pub fn write_snapshot(&self, seq: i64, bytes: &[u8]) -> Result<()> {
        self.changed();
        write_new(&self.fd, &self.path, &snapshot_name(seq), bytes)
    }

    /// Removes segment `seq` (or the snapshot of that number): only a regular file of
    /// that name, never through a link.
    pub fn remove(&self, seq: i64, snapshot: bool) {
        let name = if snapshot {
            snapshot_name(seq)
        } else {
            segment_name(seq)
        };
        let regular = rustix::fs::statat(&self.fd, name.as_str(), AtFlags::SYMLINK_NOFOLLOW)
            .is_ok_and(|st| crate::files::is_regular(&st));
        if regular {
            self.changed();
            let _ = rustix::fs::unlinkat(&self.fd, name.as_str(), AtFlags::empty());
        }
    }

    /// The bytes of segment `seq` (or the snapshot), 0 when it is not a regular file.
    pub fn len(&self, seq: i64, snapshot: bool) -> u64 {
        let name = if snapshot {
            snapshot_name(seq)
        } else {
            segment_name(seq)
        };
        rustix::fs::statat(&self.fd, name.as_str(), AtFlags::SYMLINK_NOFOLLOW)
            .ok()
            .filter(crate::files::is_regular)
            .map_or(0, |st| st.st_size as u64)
    }

    /// The lowest segment number among the sync program's conflict copies in the
    /// folder (`00000003.sync-conflict-….tseg`, `00000003 (conflicted copy).tseg`): in
    /// this device's own folder, another journal wrote that segment too.
    pub fn conflict_copies(&self) -> Option<i64> {
        self.names().iter().filter_map(|n| copy_of(n)).min()
    }

    /// The sync program's conflict copies of this device's segments, by name, each
    /// with the number of the segment it is a copy of (whatever they are: `read_copy`
    /// reads only a regular file).
    pub fn copies(&self) -> Vec<(i64, String)> {
        let mut out: Vec<(i64, String)> = self
            .names()
            .into_iter()
            .filter_map(|n| Some((copy_of(&n)?, n)))
            .collect();
        out.sort();
        out
    }

    /// A conflict copy's bytes, read as a segment is: a regular file (opened
    /// non-blocking, no link followed) no larger than a segment can be; `None` for
    /// anything else, which is left alone.
    pub fn read_copy(&self, name: &str) -> Option<Vec<u8>> {
        if name.contains('/') {
            return None;
        }
        read_regular(&self.fd, Path::new(name), false, MAX_FILE).ok()
    }

    /// Writes segment `seq` whole (see `write_new`).
    pub fn write_segment(&self, seq: i64, bytes: &[u8]) -> Result<()> {
        self.changed();
        write_new(&self.fd, &self.path, &segment_name(seq), bytes)
    }

    /// Removes the temporary files an interrupted tend left here.
    pub fn remove_leftovers(&self) {
        if remove_temp_files(&self.fd, self.names()) {
            self.changed();
        }
    }
}

/// A file's first bytes, up to a sealed file's head.
fn read_capped_head(f: std::fs::File) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut head = Vec::new();
    f.take(super::seal::HEAD as u64)
        .read_to_end(&mut head)
        .ok()?;
    Some(head)
}

/// The highest segment number of a device in DIR (0 when none, or when its folder
/// cannot be read), for `tend sync status` and `tend doctor`.
pub fn last_seq(dir: &Path, device: &str) -> i64 {
    Folder::open(dir)
        .and_then(|f| f.devices(false))
        .ok()
        .and_then(|d| d.other(device).ok().flatten())
        .map_or(0, |s| s.last_seq())
}

/// Opens a segment's bytes, saying why not in words for the report.
pub fn unseal(
    key: &Key,
    device: &str,
    seq: i64,
    bytes: &[u8],
) -> std::result::Result<Vec<u8>, SegmentFault> {
    open(key, &aad(device, seq), seq, bytes)
}

/// Opens a snapshot's bytes, as `unseal` a segment's.
pub fn unseal_snapshot(
    key: &Key,
    device: &str,
    seq: i64,
    bytes: &[u8],
) -> std::result::Result<Vec<u8>, SegmentFault> {
    open(key, &snapshot_aad(device, seq), seq, bytes)
}

fn open(
    key: &Key,
    aad: &[u8],
    seq: i64,
    bytes: &[u8],
) -> std::result::Result<Vec<u8>, SegmentFault> {
    let unreadable = |why: String| SegmentFault::Unreadable(why);
    match key.open(aad, bytes) {
        Ok(plain) => {
            let d = flate2::read::DeflateDecoder::new(plain.as_slice());
            match read_capped(d, MAX_UNPACKED) {
                Ok(out) => Ok(out),
                Err(NotRead::TooLarge(..)) => {
                    Err(unreadable(t!("sync-segment-too-large", seq = seq)))
                }
                Err(_) => Err(unreadable(t!("sync-segment-no-unpack", seq = seq))),
            }
        }
        Err(Unsealed::Newer(f)) => Err(SegmentFault::Newer(t!(
            "sync-segment-newer",
            seq = seq,
            format = f.to_string()
        ))),
        Err(Unsealed::Unreadable) => Err(unreadable(t!("sync-segment-damaged", seq = seq))),
        Err(Unsealed::OtherKey) => Err(SegmentFault::OtherKey(t!(
            "sync-segment-other-key",
            seq = seq
        ))),
    }
}

/// Packs and seals a segment body.
pub fn seal_segment(key: &Key, device: &str, seq: i64, body: &[u8]) -> (Vec<u8>, String) {
    key.seal(&aad(device, seq), &pack(body))
}

/// Packs and seals a snapshot's body.
pub fn seal_snapshot(key: &Key, device: &str, seq: i64, body: &[u8]) -> (Vec<u8>, String) {
    key.seal(&snapshot_aad(device, seq), &pack(body))
}

/// A body of more than this many bytes is deflated in parts, each on its own thread.
const PACK_PART: usize = 256 << 10;

/// Deflates a body. A long one (a first sync's, a snapshot's) is cut in parts deflated
/// side by side, each but the last ending on a sync flush: together they are one
/// deflate stream, read as any other.
fn pack(body: &[u8]) -> Vec<u8> {
    // Asking for the machine's cores reads files of the system: not for one part.
    if body.len() < 2 * PACK_PART {
        return deflate(body, true);
    }
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let parts = (body.len() / PACK_PART).clamp(1, threads.min(4));
    if parts == 1 {
        return deflate(body, true);
    }
    let chunks: Vec<&[u8]> = body.chunks(body.len().div_ceil(parts)).collect();
    let last = chunks.len() - 1;
    std::thread::scope(|s| {
        let packing: Vec<_> = chunks
            .iter()
            .enumerate()
            .map(|(i, part)| s.spawn(move || deflate(part, i == last)))
            .collect();
        packing
            .into_iter()
            .flat_map(|p| p.join().expect("compressing in memory cannot fail"))
            .collect()
    })
}

/// One part of a deflate stream: the last one ends it, any other ends on a byte
/// boundary (a sync flush), so the next part's bytes can follow.
fn deflate(part: &[u8], last: bool) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    let mut z = Compress::new(Compression::default(), false);
    let mut out = Vec::with_capacity(part.len() / 4 + 1024);
    let flush = match last {
        true => FlushCompress::Finish,
        false => FlushCompress::Sync,
    };
    loop {
        let read = usize::try_from(z.total_in()).expect("a part fits in memory");
        let status = z
            .compress_vec(&part[read..], &mut out, flush)
            .expect("compressing in memory cannot fail");
        let done = match last {
            true => status == Status::StreamEnd,
            // Flushed once everything is read and room was left over.
            false => z.total_in() as usize == part.len() && out.len() < out.capacity(),
        };
        if done {
            return out;
        }
        out.reserve(out.capacity().max(1024));
    }
}

/// Writes a new file `name` whole in the folder `dir` (whose path is `at`, for
/// messages): a new temporary file beside it (`O_CREAT | O_EXCL | O_NOFOLLOW`, so
/// nothing already there, a link least of all, is written through), synced, then
/// renamed over within the folder and the folder synced, so a reader (or a crash)
/// sees all of it or none. Owner-only.
fn write_new(dir: &OwnedFd, at: &Path, name: &str, bytes: &[u8]) -> Result<()> {
    let path = at.join(name);
    let fail = |e: std::io::Error| {
        Error::Message(t!(
            "sync-cannot-write",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    };
    let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let pid = std::process::id();
    let (tmp, fd) = (0..100)
        .find_map(|n| {
            let tmp = match n {
                0 => format!(".{name}.tmp-{pid}"),
                n => format!(".{name}.tmp-{pid}-{n}"),
            };
            match rustix::fs::openat(dir, tmp.as_str(), flags, Mode::from_raw_mode(0o600)) {
                Err(Errno::EXIST) => None,
                other => Some(other.map(|fd| (tmp, fd))),
            }
        })
        .unwrap_or(Err(Errno::EXIST))
        .map_err(|e| fail(e.into()))?;
    let mut f = std::fs::File::from(fd);
    let written = f.write_all(bytes).and_then(|()| f.sync_all());
    if let Err(e) = written {
        let _ = rustix::fs::unlinkat(dir, tmp.as_str(), AtFlags::empty());
        return Err(fail(e));
    }
    rustix::fs::renameat(dir, tmp.as_str(), dir, name).map_err(|e| {
        let _ = rustix::fs::unlinkat(dir, tmp.as_str(), AtFlags::empty());
        fail(e.into())
    })?;
    let _ = rustix::fs::fsync(dir);
    Ok(())
}

/// Held while this machine syncs with the folder, so two syncs of one journal (cron and
/// the app, say) never write the same segment: a lock on the `devices` folder itself,
/// which leaves no file behind.
pub struct Busy(#[allow(dead_code)] OwnedFd);

#[cfg(test)]
mod tests {
    use super::*;

    /// The settings file stays in the format every tend reads, its key check in file
    /// format 1: a tend from before format 2 still joins a folder this one set up (and
    /// tells a wrong passphrase), and is asked to upgrade by the segments it meets.
    #[test]
    fn the_settings_file_stays_readable_by_an_older_tend() {
        let key = Key::from_bytes(&[7u8; 32]).unwrap();
        let h = Header::new(Kdf::fresh(), &key);
        assert_eq!((h.format, h.check.get(16..18)), (1, Some("01")));
        assert!(h.opens_with(&key));
        assert!(!h.opens_with(&Key::from_bytes(&[8u8; 32]).unwrap()));
    }

    /// A long body is deflated in parts side by side; the parts read back as one
    /// stream, by the reader every tend has (a plain deflate decoder).
    #[test]
    fn a_long_body_deflated_in_parts_reads_back_whole() {
        let body: Vec<u8> = (0..5 * PACK_PART + 12_345)
            .map(|i| b"the river keeps its stones "[i % 27] ^ u8::from(i % 7919 == 0))
            .collect();
        let packed = pack(&body);
        assert!(packed.len() < body.len() / 20, "{} bytes", packed.len());
        let mut out = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::DeflateDecoder::new(packed.as_slice()),
            &mut out,
        )
        .unwrap();
        assert_eq!(out, body);
        let key = Key::from_bytes(&[7u8; 32]).unwrap();
        let (file, _) = seal_snapshot(&key, "ab", 4, &body);
        assert_eq!(unseal_snapshot(&key, "ab", 4, &file).unwrap(), body);
        assert_eq!(pack(b"short").len(), deflate(b"short", true).len());
    }

    #[test]
    fn a_segment_of_another_key_is_its_own_fault() {
        let (mine, other) = (
            Key::from_bytes(&[7u8; 32]).unwrap(),
            Key::from_bytes(&[8u8; 32]).unwrap(),
        );
        let (file, _) = seal_segment(&other, "ab", 3, b"{}");
        match unseal(&mine, "ab", 3, &file) {
            Err(SegmentFault::OtherKey(line)) => assert!(
                line.starts_with("segment 3 was written by a device with a different sync passphrase: remove it, or run `tend sync leave` on that device"),
                "{line}"
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(unseal(&other, "ab", 3, &file).unwrap(), b"{}");
        let (old, _) = other.seal_format1(&aad("ab", 3), b"packed");
        assert!(matches!(
            unseal(&mine, "ab", 3, &old),
            Err(SegmentFault::Unreadable(_))
        ));
    }

    /// A folder is read once a sync, and again after tend writes or removes a file in
    /// it; a file another program puts there meanwhile is seen at the next sync.
    #[test]
    fn a_folder_is_read_again_after_tend_changes_it() {
        const A: &str = "0123456789abcdef";
        const B: &str = "fedcba9876543210";
        let dir = tempfile::tempdir().unwrap();
        let devices = Folder::create(dir.path()).unwrap().devices(true).unwrap();
        let own = devices.own(A).unwrap();
        own.write_segment(1, b"one").unwrap();
        own.write_segment(2, b"two").unwrap();
        assert_eq!(own.numbered(), [(1, false), (2, false)]);
        own.write_snapshot(2, b"both").unwrap();
        own.remove(1, false);
        own.remove(2, false);
        assert_eq!((own.last_seq(), own.last_snapshot()), (2, Some(2)));
        std::fs::write(own.path().join(segment_name(3)), b"three").unwrap();
        std::fs::write(own.path().join(".00000004.tseg.tmp-1"), b"").unwrap();
        assert_eq!(own.last_seq(), 2, "read once this sync");
        let next = devices.own(A).unwrap();
        assert_eq!(next.numbered(), [(2, true), (3, false)]);
        next.remove_leftovers();
        assert!(!next.path().join(".00000004.tseg.tmp-1").exists());
        assert_eq!(devices.other_devices(B), [A]);
        devices.own(B).unwrap();
        assert_eq!(
            devices.other_devices(""),
            [A, B],
            "read again after a new folder"
        );
    }
}
