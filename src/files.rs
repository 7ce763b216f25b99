//! Writing files the person asked for: readable by them only (0600), written whole and
//! synced before they get their name, never replacing anything but a regular file, and
//! that only with `--force`. A crash or kill while writing leaves nothing behind (the
//! file has no name until it is complete). Also the folder sync that makes a rename
//! (here and in the store's backups and re-keying) survive a crash.

use crate::error::{Error, NextStep, Result};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Creates `dir` and its missing parents, readable by the owner only (0700).
pub fn private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::file(dir, t!("files-doing-create-folder"), e))
}

/// Syncs the folder holding `path`, so that a rename into it survives a crash.
pub fn sync_dir(path: &Path) {
    if let Ok(d) = fs::File::open(parent_dir(path)) {
        let _ = d.sync_all();
    }
}

/// The folder a file named `path` goes in ("." for a bare name).
pub fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// What is at a path, for messages: a folder, a named pipe, ... (`Display` says it in
/// words: "a folder", "a named pipe (FIFO)").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    Link,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Regular,
    /// A symbolic link that leads back to itself.
    LinkLoop,
    Other,
}

impl FileKind {
    /// The kind of a file type.
    pub fn of(t: fs::FileType) -> FileKind {
        use std::os::unix::fs::FileTypeExt;
        if t.is_dir() {
            FileKind::Folder
        } else if t.is_symlink() {
            FileKind::Link
        } else if t.is_fifo() {
            FileKind::Fifo
        } else if t.is_char_device() {
            FileKind::CharDevice
        } else if t.is_block_device() {
            FileKind::BlockDevice
        } else if t.is_socket() {
            FileKind::Socket
        } else {
            FileKind::Other
        }
    }

    /// The kind a mode names.
    pub fn of_mode(mode: u32) -> FileKind {
        use rustix::fs::FileType;
        match FileType::from_raw_mode(mode) {
            FileType::Directory => FileKind::Folder,
            FileType::Symlink => FileKind::Link,
            FileType::Fifo => FileKind::Fifo,
            FileType::CharacterDevice => FileKind::CharDevice,
            FileType::BlockDevice => FileKind::BlockDevice,
            FileType::Socket => FileKind::Socket,
            FileType::RegularFile => FileKind::Regular,
            _ => FileKind::Other,
        }
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            FileKind::Folder => t!("files-kind-folder"),
            FileKind::Link => t!("files-kind-link"),
            FileKind::Fifo => t!("files-kind-fifo"),
            FileKind::CharDevice => t!("files-kind-char-device"),
            FileKind::BlockDevice => t!("files-kind-block-device"),
            FileKind::Socket => t!("files-kind-socket"),
            FileKind::Regular => t!("files-kind-regular"),
            FileKind::LinkLoop => t!("files-kind-link-loop"),
            FileKind::Other => t!("files-kind-other"),
        })
    }
}

/// A file type in words, for messages: "a folder", "a named pipe (FIFO)", ...
pub fn describe(t: fs::FileType) -> String {
    FileKind::of(t).to_string()
}

/// Checks that a new file may go at `path`: nothing is there, or a regular file and
/// `force`. Folders, devices, pipes, sockets and symbolic links (even to a regular
/// file) are never written over; `next` says how to go on from an existing file.
pub fn check_target(what: &'static str, path: &Path, force: bool, next: NextStep) -> Result<()> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::file(path, t!("files-doing-use-as", what = what), e)),
    };
    match meta.is_file() {
        true if force => Ok(()),
        true => Err(Error::Exists {
            what: what.to_string(),
            path: path.to_path_buf(),
            next,
        }),
        false => Err(Error::NotAFile {
            what: what.to_string(),
            path: path.to_path_buf(),
            kind: describe(meta.file_type()),
        }),
    }
}

/// Where a file for `path` is written under a name, when it must be: beside it, named
/// after it, so a person who finds one after a crash knows what it is. The next write
/// to `path` removes it.
pub fn staging_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tend-partial");
    path.with_file_name(name)
}

fn cannot_write(path: &Path, e: std::io::Error) -> Error {
    Error::file(path, t!("files-doing-write-it"), e)
}

/// How to go on from an output file that is there already.
const TAKEN: NextStep = NextStep::NameOrForce;

/// The error for `path` found taken at the last moment (by another program).
fn taken(path: &Path, e: std::io::Error) -> Error {
    check_target("output", path, false, TAKEN)
        .err()
        .unwrap_or_else(|| cannot_write(path, e))
}

/// Writes `bytes` to `path` (0600), so that no reader and no crash ever sees half a
/// file: into an unnamed file in the target's folder (`O_TMPFILE`), synced, then linked
/// in under its name. An existing regular file is replaced only with `force`.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    check_target("output", path, force, TAKEN)?;
    let staged = staging_path(path);
    if fs::symlink_metadata(&staged).is_ok_and(|m| m.is_file()) {
        let _ = fs::remove_file(&staged);
    }
    #[cfg(target_os = "linux")]
    if let Some(mut file) = unnamed_file(parent_dir(path))? {
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| cannot_write(path, e))?;
        if link_unnamed(&file, path, &staged, force)? {
            sync_dir(path);
            return Ok(());
        }
    }
    write_named(path, &staged, bytes, force)?;
    sync_dir(path);
    Ok(())
}

/// An unnamed 0600 file in `dir`, or None where the file system has no such files.
#[cfg(target_os = "linux")]
fn unnamed_file(dir: &Path) -> Result<Option<fs::File>> {
    use rustix::fs::{CWD, Mode, OFlags};
    use rustix::io::Errno;
    let flags = OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC;
    match rustix::fs::openat(CWD, dir, flags, Mode::from_raw_mode(0o600)) {
        Ok(fd) => Ok(Some(fs::File::from(fd))),
        Err(Errno::OPNOTSUPP | Errno::ISDIR | Errno::INVAL | Errno::NOSYS) => Ok(None),
        Err(e) => Err(Error::file(dir, t!("files-doing-write-here"), e.into())),
    }
}

/// Gives the unnamed `file` the name `path`: directly when nothing is there, else (with
/// `force`) through `staged` and a rename over the old file. False when it cannot be
/// linked at all (no /proc), so the caller writes it under a name instead.
#[cfg(target_os = "linux")]
fn link_unnamed(file: &fs::File, path: &Path, staged: &Path, force: bool) -> Result<bool> {
    use rustix::fs::{AtFlags, CWD};
    use rustix::io::Errno;
    use std::os::fd::AsRawFd;
    let fd_path = format!("/proc/self/fd/{}", file.as_raw_fd());
    let replace = force && fs::symlink_metadata(path).is_ok();
    let first = if replace { staged } else { path };
    match rustix::fs::linkat(CWD, fd_path.as_str(), CWD, first, AtFlags::SYMLINK_FOLLOW) {
        Ok(()) => {}
        Err(Errno::NOENT) if !Path::new("/proc/self/fd").exists() => return Ok(false),
        Err(Errno::EXIST) if !replace => return Err(taken(path, Errno::EXIST.into())),
        Err(e) => return Err(cannot_write(path, e.into())),
    }
    if replace {
        fs::rename(staged, path).map_err(|e| {
            let _ = fs::remove_file(staged);
            cannot_write(path, e)
        })?;
    }
    Ok(true)
}

/// The fallback where unnamed files are not supported: write `staged` (0600), then
/// rename it over `path` (`force`) or link it to `path` only if nothing is there.
fn write_named(path: &Path, staged: &Path, bytes: &[u8], force: bool) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(staged)
        .map_err(|e| Error::file(parent_dir(path), t!("files-doing-write-here"), e))?;
    let placed = f
        .write_all(bytes)
        .and_then(|()| f.sync_all())
        .and_then(|()| {
            if force {
                fs::rename(staged, path)
            } else {
                rename_no_replace(staged, path)
            }
        });
    placed.map_err(|e| {
        let _ = fs::remove_file(staged);
        match e.kind() {
            std::io::ErrorKind::AlreadyExists => taken(path, e),
            _ => cannot_write(path, e),
        }
    })
}

/// Renames `from` to `to` unless something is at `to` (where the file system cannot
/// say so atomically, checked just before).
fn rename_no_replace(from: &Path, to: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags};
    use rustix::io::Errno;
    match rustix::fs::renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE) {
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => {
            if fs::symlink_metadata(to).is_ok() {
                return Err(std::io::ErrorKind::AlreadyExists.into());
            }
            fs::rename(from, to)
        }
        other => other.map_err(Into::into),
    }
}

/// Why a file from outside (a sync folder, a backup to restore, a file to import) was
/// not read.
#[derive(Debug)]
pub enum NotRead {
    Missing,
    /// A symbolic link where none is followed (a dangling one or a loop too).
    Link,
    /// Something other than a regular file: a named pipe, a folder, ...
    Kind(FileKind),
    /// Larger than tend reads there: its size, and the cap.
    TooLarge(u64, u64),
    Io(std::io::Error),
}

impl NotRead {
    /// Why the file at `path` was not read, as a clause naming it: "PATH is not there".
    pub fn about(&self, path: impl std::fmt::Display) -> String {
        let path = path.to_string();
        match self {
            NotRead::Missing => t!("files-not-there", path = path),
            NotRead::Link => t!("files-is-link", path = path),
            NotRead::Kind(k) => t!("files-not-a-file", path = path, kind = k.to_string()),
            NotRead::TooLarge(n, cap) => t!("files-too-large", path = path, size = *n, cap = *cap),
            NotRead::Io(e) => t!("files-cannot-read", path = path, error = e.to_string()),
        }
    }
}

/// Why a file was not read, after its name: "is not there" ("PATH: is not there").
impl std::fmt::Display for NotRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            NotRead::Missing => t!("files-reason-not-there"),
            NotRead::Link => t!("files-reason-link"),
            NotRead::Kind(k) => t!("files-reason-not-a-file", kind = k.to_string()),
            NotRead::TooLarge(n, cap) => t!("files-reason-too-large", size = *n, cap = *cap),
            NotRead::Io(e) => t!("files-reason-cannot-read", error = e.to_string()),
        })
    }
}

/// A file type from a mode, in words, as `FileKind` says it.
pub fn describe_mode(mode: u32) -> FileKind {
    FileKind::of_mode(mode)
}

/// Opens `name` in the folder `dir` (a path from the current folder with
/// `rustix::fs::CWD`) to read it, without ever waiting: non-blocking, so a named pipe
/// or a device answers at once. With `follow` false a symbolic link, however it ends
/// (a file, a folder, nothing, a loop), is not followed. Returns the open file and its
/// status, read from the open descriptor (so what is checked is what is read); the
/// caller refuses what it cannot read.
pub fn open_at(
    dir: impl std::os::fd::AsFd,
    name: &Path,
    follow: bool,
) -> std::result::Result<(fs::File, rustix::fs::Stat), NotRead> {
    use rustix::fs::{Mode, OFlags};
    use rustix::io::Errno;
    let mut flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::NOCTTY | OFlags::CLOEXEC;
    if !follow {
        flags |= OFlags::NOFOLLOW;
    }
    let fd = match rustix::fs::openat(dir, name, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(Errno::NOENT) => return Err(NotRead::Missing),
        Err(Errno::LOOP) if follow => return Err(NotRead::Kind(FileKind::LinkLoop)),
        // O_NOFOLLOW on a link; O_PATH-less opens of a socket fail with ENXIO.
        Err(Errno::LOOP) => return Err(NotRead::Link),
        Err(Errno::NXIO) => return Err(NotRead::Kind(FileKind::Socket)),
        Err(e) => return Err(NotRead::Io(e.into())),
    };
    let st = rustix::fs::fstat(&fd).map_err(|e| NotRead::Io(e.into()))?;
    Ok((fs::File::from(fd), st))
}

/// Opens a file the person named (a backup to restore, a file to import) to read it,
/// never waiting on it: a link they chose is followed, but it must lead to a regular
/// file (see `open_at`). Returns the file and its size.
pub fn open_named(path: &Path) -> std::result::Result<(fs::File, u64), NotRead> {
    open_regular(rustix::fs::CWD, path, true, u64::MAX)
}

/// Whether a status is a regular file's.
pub fn is_regular(st: &rustix::fs::Stat) -> bool {
    rustix::fs::FileType::from_raw_mode(st.st_mode) == rustix::fs::FileType::RegularFile
}

/// Opens a regular file of at most `cap` bytes (see `open_at`); refuses anything else
/// before reading a byte. Returns the file and its size.
pub fn open_regular(
    dir: impl std::os::fd::AsFd,
    name: &Path,
    follow: bool,
    cap: u64,
) -> std::result::Result<(fs::File, u64), NotRead> {
    let (f, st) = open_at(dir, name, follow)?;
    if !is_regular(&st) {
        return Err(NotRead::Kind(describe_mode(st.st_mode)));
    }
    let size = u64::try_from(st.st_size).unwrap_or(0);
    if size > cap {
        return Err(NotRead::TooLarge(size, cap));
    }
    Ok((f, size))
}

/// Reads an open file (or any reader) whole, but never more than `cap` bytes (a file
/// that grew past it while being read is refused, not cut).
pub fn read_capped(f: impl std::io::Read, cap: u64) -> std::result::Result<Vec<u8>, NotRead> {
    use std::io::Read;
    let mut out = Vec::new();
    f.take(cap.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(NotRead::Io)?;
    let got = out.len() as u64;
    if got > cap {
        return Err(NotRead::TooLarge(got, cap));
    }
    Ok(out)
}

/// A regular file of at most `cap` bytes, read whole (see `open_regular`).
pub fn read_regular(
    dir: impl std::os::fd::AsFd,
    name: &Path,
    follow: bool,
    cap: u64,
) -> std::result::Result<Vec<u8>, NotRead> {
    let (f, _) = open_regular(dir, name, follow, cap)?;
    read_capped(f, cap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn files_are_private_and_not_clobbered() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.html");
        write_private(&p, b"one", false).unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let err = write_private(&p, b"two", false).unwrap_err();
        assert!(matches!(err, Error::Exists { .. }), "{err:?}");
        assert!(err.to_string().contains("--force"));
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        write_private(&p, b"two", true).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp files left behind"
        );
    }

    #[test]
    fn the_named_fallback_is_private_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.json");
        let staged = staging_path(&p);
        write_named(&p, &staged, b"one", false).unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let err = write_named(&p, &staged, b"two", false).unwrap_err();
        assert!(matches!(err, Error::Exists { .. }), "{err:?}");
        write_named(&p, &staged, b"two", true).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_leftover_beside_the_target_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.json");
        fs::write(staging_path(&p), b"half of an earli").unwrap();
        write_private(&p, b"whole", false).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"whole");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn folders_and_links_are_never_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("folder");
        fs::create_dir(&folder).unwrap();
        let link = dir.path().join("link");
        let target = dir.path().join("target");
        fs::write(&target, b"kept").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        for (p, kind) in [(&folder, "a folder"), (&link, "a symbolic link")] {
            for force in [false, true] {
                match write_private(p, b"new", force) {
                    Err(Error::NotAFile { kind: k, .. }) => assert_eq!(k, kind),
                    other => panic!("{p:?}: {other:?}"),
                }
            }
        }
        assert_eq!(fs::read(&target).unwrap(), b"kept");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_dir(&folder).unwrap().count(), 0);
    }
}
