//! Writing files the person asked for: readable by them only (0600), written whole to a
//! temporary file beside the target and renamed into place, never replacing an
//! existing file unless they said `--force`. Also the folder sync that makes such a
//! rename (here and in the store's backups and re-keying) survive a crash.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Creates `dir` and its missing parents, readable by the owner only (0700).
pub fn private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    Ok(())
}

/// Syncs the folder holding `path`, so that a rename into it survives a crash.
pub fn sync_dir(path: &Path) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Writes `bytes` to `path` (0600) through a temporary file and a rename, so a reader
/// never sees half a file; an existing file is replaced only with `force`.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if path.exists() && !force {
        return Err(Error::Exists {
            what: "output",
            path: path.to_path_buf(),
            next: "choose another name with -o, or add --force to replace it",
        });
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".tend-")
        .tempfile_in(dir)
        .map_err(|e| Error::Message(format!("{}: cannot write here ({e})", dir.display())))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // tempfile creates files 0600; the rename keeps that.
    let persisted = if force {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    persisted
        .map_err(|e| Error::Message(format!("{}: cannot write it ({})", path.display(), e.error)))
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
}
