//! Compressed backups: an unencrypted daily backup is kept as a gzip file
//! (`tend-YYYY-MM-DD.db.gz`), a quarter of the journal's size. Writing one is crash
//! safe (a private partial file, synced, read back whole, then renamed), and every
//! place that looks for unencrypted copies sees through the compression.

use crate::error::{Error, Result};
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

/// The name ending of a compressed backup.
pub const EXT: &str = ".gz";

/// The first bytes of every gzip file.
const MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Opens `path` to read, only when it is a regular file (never waiting on a pipe or
/// a device put in its place).
fn open(path: &Path) -> std::io::Result<File> {
    crate::files::open_named(path)
        .map(|(f, _)| f)
        .map_err(|e| match e {
            crate::files::NotRead::Io(e) => e,
            crate::files::NotRead::Missing => std::io::ErrorKind::NotFound.into(),
            e => std::io::Error::new(std::io::ErrorKind::InvalidInput, e.to_string()),
        })
}

/// Whether `path` is a gzip file (by its first bytes, not its name).
pub fn is_gzip(path: &Path) -> bool {
    let mut head = [0u8; 2];
    open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && head == MAGIC
}

/// Whether `path` is a gzip file that holds an unencrypted SQLite file (a plain copy
/// of a journal, readable by anyone who can read the file).
pub fn holds_plain_sqlite(path: &Path) -> bool {
    let mut head = [0u8; 16];
    is_gzip(path)
        && open(path)
            .and_then(|f| GzDecoder::new(BufReader::new(f)).read_exact(&mut head))
            .is_ok()
        && &head == b"SQLite format 3\0"
}

/// A new file at `path` that only its owner can read, from the start.
fn create_private(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Compresses `from` into a new private file `to`, writes it to the disk, and reads it
/// back whole against `from`: a copy that would not restore is never kept. On an error
/// `to` is removed.
pub fn compress(from: &Path, to: &Path) -> Result<()> {
    let out = create_private(to)?;
    let written = (|| -> Result<()> {
        let mut enc = GzEncoder::new(BufWriter::new(out), Compression::fast());
        std::io::copy(&mut BufReader::new(File::open(from)?), &mut enc)?;
        let out = enc.finish()?.into_inner().map_err(|e| e.into_error())?;
        out.sync_all()?;
        drop(out);
        if !same_bytes(&mut GzDecoder::new(BufReader::new(File::open(to)?)), from)? {
            return Err(Error::Message(t!(
                "store-compressed-differs",
                path = to.display().to_string()
            )));
        }
        Ok(())
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(to);
    }
    written
}

/// Whether `reader` yields exactly the bytes of the file `path`.
fn same_bytes(reader: &mut impl Read, path: &Path) -> Result<bool> {
    let mut other = BufReader::new(File::open(path)?);
    let (mut a, mut b) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let n = read_full(reader, &mut a)?;
        let m = read_full(&mut other, &mut b[..n.max(1)])?;
        if n != m || a[..n] != b[..m] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

/// Reads until `buf` is full or the end; returns how many bytes were read.
fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Decompresses the backup `from` into a new private file `to`, written to the disk.
/// A backup that does not decompress whole (cut short, damaged) is refused, and `to`
/// removed.
pub fn decompress(from: &Path, to: &Path) -> Result<()> {
    let cannot_write = |e: &dyn std::fmt::Display| {
        Error::Message(t!(
            "store-cannot-write-it",
            path = to.display().to_string(),
            error = e.to_string()
        ))
    };
    let mut out = create_private(to).map_err(|e| cannot_write(&e))?;
    let written = (|| -> std::io::Result<()> {
        let mut dec = GzDecoder::new(BufReader::new(open(from)?));
        std::io::copy(&mut dec, &mut out)?;
        out.flush()?;
        out.sync_all()
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_file(to);
        use std::io::ErrorKind::{InvalidData, InvalidInput, UnexpectedEof};
        if matches!(e.kind(), InvalidData | InvalidInput | UnexpectedEof) {
            Error::Refused {
                path: from.to_path_buf(),
                reason: t!("store-compressed-damaged", error = e.to_string()),
            }
        } else {
            cannot_write(&e)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_copy_compresses_privately_and_comes_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let (plain, packed, back) = (
            dir.path().join("a.db"),
            dir.path().join("a.db.gz"),
            dir.path().join("b.db"),
        );
        let mut data = b"SQLite format 3\0".to_vec();
        data.extend((0..200_000u32).flat_map(|i| (i % 251).to_le_bytes()));
        std::fs::write(&plain, &data).unwrap();
        compress(&plain, &packed).unwrap();
        assert!(is_gzip(&packed) && holds_plain_sqlite(&packed));
        assert!(!is_gzip(&plain) && !holds_plain_sqlite(&plain));
        assert!(std::fs::metadata(&packed).unwrap().len() < data.len() as u64 / 4);
        decompress(&packed, &back).unwrap();
        assert_eq!(std::fs::read(&back).unwrap(), data);
        for p in [&packed, &back] {
            let mode = std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", p.display());
        }
        // Refuses to write over a file that is there.
        assert!(compress(&plain, &back).is_err());
        assert_eq!(std::fs::read(&back).unwrap(), data, "left as it was");
    }

    #[test]
    fn a_cut_or_damaged_compressed_backup_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let (plain, packed, back) = (
            dir.path().join("a.db"),
            dir.path().join("a.db.gz"),
            dir.path().join("b.db"),
        );
        let data: Vec<u8> = (0..300_000u32).flat_map(|i| i.to_le_bytes()).collect();
        std::fs::write(&plain, &data).unwrap();
        compress(&plain, &packed).unwrap();
        let whole = std::fs::read(&packed).unwrap();
        std::fs::write(&packed, &whole[..whole.len() / 2]).unwrap();
        let e = decompress(&packed, &back).unwrap_err().to_string();
        assert!(e.contains("damaged"), "{e}");
        assert!(!back.exists(), "nothing half-written stays");
        let mut flipped = whole.clone();
        let last = flipped.len() - 6; // inside the CRC at the end
        flipped[last] ^= 0xff;
        std::fs::write(&packed, &flipped).unwrap();
        assert!(decompress(&packed, &back).is_err());
        assert!(!back.exists());
    }
}
