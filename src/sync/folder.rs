//! The sync folder's layout, which a sync engine (Syncthing, a cloud folder, git)
//! carries between devices:
//!
//! ```text
//! DIR/tend-sync.json              key-derivation settings and a key check (no text)
//! DIR/devices/<device>/00000001.tseg   that device's segments, numbered, sealed
//! ```
//!
//! Each device writes only its own folder, and a segment is written under a temporary
//! name then renamed, never changed after: no file is ever written by two devices, so
//! the engine has nothing to conflict on. Only after a journal was restored with its
//! copy of the folder can two files carry one segment number: the engine's conflict
//! copy of one (`*.sync-conflict-*`, "conflicted copy") is read for what only it holds.
//! Files of other names (temporary ones) are never read.

use super::seal::{Kdf, Key, Unsealed};
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

const HEADER: &str = "tend-sync.json";
const EXT: &str = ".tseg";
/// The text sealed in the header to tell a wrong passphrase from a right one.
const CHECK: &[u8] = b"tend sync key check";

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
    dir.join("devices").join(device)
}

pub fn segment_path(dir: &Path, device: &str, seq: i64) -> PathBuf {
    device_dir(dir, device).join(format!("{seq:08}{EXT}"))
}

/// What binds a segment to its place: its device and number.
pub fn aad(device: &str, seq: i64) -> Vec<u8> {
    format!("{device}/{seq}").into_bytes()
}

/// A device id as tend makes them: 16 lowercase hex digits.
pub fn is_device_id(s: &str) -> bool {
    s.len() == 16
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Header {
    pub fn new(kdf: Kdf, key: &Key) -> Header {
        let (sealed, _) = key.seal(b"header", CHECK);
        Header {
            app: "tend".into(),
            format: super::seal::FILE_FORMAT,
            kdf,
            check: super::seal::hex(&sealed),
        }
    }

    /// Reads DIR's settings file.
    pub fn read(dir: &Path) -> Result<Header> {
        let path = header_path(dir);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::Message(format!(
                "{}: not a tend sync folder ({e}); set one up with `tend sync init DIR`",
                dir.display()
            ))
        })?;
        let h: Header = serde_json::from_str(&text).map_err(|_| {
            Error::Message(format!(
                "{}: is not a tend sync settings file",
                path.display()
            ))
        })?;
        if h.app != "tend" {
            return Err(Error::Message(format!(
                "{}: is not a tend sync folder",
                dir.display()
            )));
        }
        if h.format > super::seal::FILE_FORMAT {
            return Err(Error::Message(format!(
                "{}: was set up by a newer tend (sync format {}): upgrade tend on this device",
                dir.display(),
                h.format
            )));
        }
        Ok(h)
    }

    /// Whether `key` is the folder's: fails with a clear message when it is not.
    pub fn check(&self, key: &Key) -> Result<()> {
        let sealed = (0..self.check.len())
            .step_by(2)
            .filter_map(|i| u8::from_str_radix(self.check.get(i..i + 2)?, 16).ok())
            .collect::<Vec<u8>>();
        match key.open(b"header", &sealed) {
            Ok(c) if c == CHECK => Ok(()),
            _ => Err(Error::invalid(
                "sync passphrase",
                "is not the one this sync folder was set up with; nothing was changed",
            )),
        }
    }

    pub fn write(&self, dir: &Path) -> Result<()> {
        let text = serde_json::to_string_pretty(self).expect("the header serializes");
        write_new(&header_path(dir), text.as_bytes())
    }
}

/// The other devices' folders in DIR, by id.
pub fn other_devices(dir: &Path, me: &str) -> Result<Vec<String>> {
    let root = dir.join("devices");
    let mut out = Vec::new();
    let entries = std::fs::read_dir(&root)
        .map_err(|e| Error::Message(format!("{}: cannot be read ({e})", root.display())))?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if is_device_id(&name) && name != me && e.path().is_dir() {
            out.push(name);
        }
    }
    out.sort();
    Ok(out)
}

/// The highest segment number in a device's folder (0 when none).
pub fn last_seq(dir: &Path, device: &str) -> i64 {
    let Ok(entries) = std::fs::read_dir(device_dir(dir, device)) else {
        return 0;
    };
    entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let n = name.strip_suffix(EXT)?;
            (n.len() == 8 && n.bytes().all(|b| b.is_ascii_digit())).then(|| n.parse().ok())?
        })
        .max()
        .unwrap_or(0)
}

/// The largest segment file tend reads (one a tend writes stays far below it).
const MAX_FILE: u64 = 512 << 20;
/// The most a segment unpacks to.
const MAX_UNPACKED: u64 = 1 << 30;

/// A segment's identity (its nonce), reading only its first bytes.
pub fn segment_identity(dir: &Path, device: &str, seq: i64) -> Option<String> {
    use std::io::Read;
    let f = std::fs::File::open(segment_path(dir, device, seq)).ok()?;
    let mut head = Vec::new();
    f.take(super::seal::HEAD as u64)
        .read_to_end(&mut head)
        .ok()?;
    super::seal::identity(&head)
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

/// The lowest segment number among the sync program's conflict copies in a device's
/// folder: in this device's own folder, another journal wrote that segment too.
pub fn own_conflict_copies(dir: &Path, device: &str) -> Option<i64> {
    conflict_copies(dir, device)
        .into_iter()
        .map(|(n, _)| n)
        .min()
}

/// The sync program's conflict copies of a device's segments, each with the number of
/// the segment it is a copy of, by name.
pub fn conflict_copies(dir: &Path, device: &str) -> Vec<(i64, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(device_dir(dir, device)) else {
        return Vec::new();
    };
    let mut out: Vec<(i64, PathBuf)> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| Some((copy_of(&e.file_name().to_string_lossy())?, e.path())))
        .collect();
    out.sort();
    out
}

/// A conflict copy's bytes, when it is a regular file no larger than a segment can be.
pub fn read_copy(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    (bytes.len() as u64 <= MAX_FILE).then_some(bytes)
}

/// A segment's bytes, when the file is there.
pub fn read_segment(dir: &Path, device: &str, seq: i64) -> Result<Option<Vec<u8>>> {
    let path = segment_path(dir, device, seq);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_FILE) {
        return Err(Error::Message(format!(
            "{}: is too large to be a tend segment; move it out of the sync folder",
            path.display()
        )));
    }
    match std::fs::read(&path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Message(format!(
            "{}: cannot be read ({e})",
            path.display()
        ))),
    }
}

/// Opens a segment's bytes, saying why not in words for the report.
pub fn unseal(
    key: &Key,
    device: &str,
    seq: i64,
    bytes: &[u8],
) -> std::result::Result<Vec<u8>, String> {
    match key.open(&aad(device, seq), bytes) {
        Ok(plain) => {
            let mut out = Vec::new();
            let mut d = flate2::read::DeflateDecoder::new(plain.as_slice()).take(MAX_UNPACKED + 1);
            std::io::Read::read_to_end(&mut d, &mut out)
                .map_err(|_| format!("segment {seq} does not unpack"))?;
            if out.len() as u64 > MAX_UNPACKED {
                return Err(format!("segment {seq} unpacks to more than tend reads"));
            }
            Ok(out)
        }
        Err(Unsealed::Newer(f)) => Err(format!(
            "segment {seq} is in sync file format {f}, newer than this tend reads: upgrade tend on this device"
        )),
        Err(Unsealed::Unreadable) => Err(format!(
            "segment {seq} is incomplete or damaged (still being copied?); it is tried again next time"
        )),
    }
}

use std::io::Read as _;

/// Packs and seals a segment body.
pub fn seal_segment(key: &Key, device: &str, seq: i64, body: &[u8]) -> (Vec<u8>, String) {
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(body)
        .expect("compressing in memory cannot fail");
    let packed = z.finish().expect("compressing in memory cannot fail");
    key.seal(&aad(device, seq), &packed)
}

/// Writes a new file whole: a temporary name beside it, synced, then renamed over and
/// the folder synced, so a reader (or a crash) sees all of it or none. Owner-only.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = path.parent().expect("a file in a folder");
    let fail =
        |e: std::io::Error| Error::Message(format!("{}: cannot be written ({e})", path.display()));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let name = path.file_name().expect("a file name").to_string_lossy();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(fail)?;
    let written = f.write_all(bytes).and_then(|()| f.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    std::fs::rename(&tmp, path).map_err(fail)?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Held while this machine syncs with the folder, so two syncs of one journal (cron and
/// the app, say) never write the same segment: a lock on the `devices` folder itself,
/// which leaves no file behind.
pub struct Busy(#[allow(dead_code)] std::fs::File);

/// Takes the folder's lock, or says another sync is running.
pub fn busy(dir: &Path) -> Result<Busy> {
    let devices = dir.join("devices");
    let f = std::fs::File::open(&devices)
        .map_err(|e| Error::Message(format!("{}: cannot be read ({e})", devices.display())))?;
    match rustix::fs::flock(&f, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
        Err(rustix::io::Errno::WOULDBLOCK) => Err(Error::Message(
            "another tend is syncing with this folder now; try again when it is done".into(),
        )),
        // A share that cannot lock at all: go on unlocked, as tend did before.
        _ => Ok(Busy(f)),
    }
}

/// Removes the temporary files an interrupted tend left in this device's folder (and
/// in DIR, from setting it up), so the sync engine stops carrying them.
pub fn remove_leftovers(dir: &Path, device: &str) {
    for d in [dir.to_path_buf(), device_dir(dir, device)] {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.contains(".tmp-") && e.path().is_file() {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

/// Makes DIR and its devices folder, owner-only.
pub fn make_dirs(dir: &Path, device: &str) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    let d = device_dir(dir, device);
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&d)
        .map_err(|e| Error::Message(format!("{}: cannot be made ({e})", d.display())))
}
