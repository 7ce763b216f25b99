//! Sealing sync files: a key derived once from the sync passphrase with Argon2id, then
//! XChaCha20-Poly1305 for each segment.
//!
//! Why these: Argon2id is the memory-hard KDF the password-hashing competition chose;
//! 64 MiB and 3 passes take a few tenths of a second here, paid once per sync rather
//! than per file. XChaCha20-Poly1305 encrypts and authenticates a segment in well under
//! a millisecond per 100 KB, and its 24-byte nonce is safe to draw at random for every
//! file, so devices that never talk to each other cannot reuse one. A file's name (its
//! device and number) is bound in as associated data, so a segment moved or renamed in
//! the folder fails to open like a damaged one. Both crates are RustCrypto's, pure Rust.
//!
//! A sealed file is, in file format 2 (this tend's):
//!
//! ```text
//! "TENDSEG\0"  format (2)  nonce (24 bytes)  key fingerprint (8 bytes)  ciphertext and tag
//! ```
//!
//! Format 1, which tends before it wrote, has no fingerprint: it is still read, but a
//! file of another key is only "unreadable" there, like one cut short. The fingerprint
//! (see `Key::fingerprint`) tells a segment sealed with another passphrase (a folder set
//! up twice) from one still being copied, so it is named once instead of tried forever.
//! The magic, format and nonce stay where format 1 has them: a file's identity (`HEAD`)
//! reads the same in both, and a tend that knows only format 1 reads the format byte
//! and asks to be upgraded (the versions rule of `store::schema`).

use crate::error::{Error, Result};
use crate::secret::Passphrase;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

/// The first bytes of every segment file.
pub const MAGIC: &[u8; 8] = b"TENDSEG\0";
/// The file format this tend writes (the byte after the magic); the contents carry
/// their own version too. 2 adds the key fingerprint; 1 is still read.
pub const FILE_FORMAT: u8 = 2;
/// The format before the fingerprint, which the folder's key check keeps (see
/// `Key::seal_format1`).
const FORMAT_1: u8 = 1;
const NONCE: usize = 24;
/// The bytes of a key's fingerprint in a format-2 file.
const FINGERPRINT: usize = 8;
/// The fixed nonce the fingerprint is drawn with: 24 bytes that no random nonce of a
/// segment will ever be (one chance in 2^192), as a label.
const FINGERPRINT_LABEL: &[u8; NONCE] = b"tend segment fingerprint";
/// Poly1305's tag at the end of every ciphertext.
const TAG: usize = 16;

/// The key-derivation settings a sync folder was set up with.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Kdf {
    pub name: String,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
    /// Hex.
    pub salt: String,
}

/// The key-derivation settings tend accepts in a sync folder, whoever wrote them:
/// Argon2id with 8 MiB to 1 GiB of memory, 1 to 10 passes, 1 to 8 lanes, and a salt of
/// 8 to 64 bytes. (tend writes 64 MiB, 3 passes, 1 lane and 16 bytes.) The README's
/// sync section says the same.
pub const MEMORY_KIB: std::ops::RangeInclusive<u32> = 8 * 1024..=1024 * 1024;
pub const PASSES: std::ops::RangeInclusive<u32> = 1..=10;
pub const LANES: std::ops::RangeInclusive<u32> = 1..=8;
pub const SALT_BYTES: std::ops::RangeInclusive<usize> = 8..=64;

impl Kdf {
    /// The settings without the salt, as a device remembers them at join:
    /// "argon2id m=65536 t=3 p=1".
    pub fn settings(&self) -> String {
        let name: String = self
            .name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .take(20)
            .collect();
        format!(
            "{name} m={} t={} p={}",
            self.memory_kib, self.passes, self.lanes
        )
    }

    /// Refuses settings outside the range tend accepts (see `MEMORY_KIB`), before any
    /// time or memory is spent on them.
    pub fn check(&self) -> Result<()> {
        if self.name != "argon2id" {
            return Err(Error::Message(t!("sync-kdf-unknown")));
        }
        if !MEMORY_KIB.contains(&self.memory_kib)
            || !PASSES.contains(&self.passes)
            || !LANES.contains(&self.lanes)
        {
            return Err(Error::Message(t!(
                "sync-kdf-cost",
                settings = self.settings()
            )));
        }
        match unhex(&self.salt) {
            Some(s) if SALT_BYTES.contains(&s.len()) => Ok(()),
            _ => Err(Error::Message(t!("sync-kdf-salt"))),
        }
    }

    /// Argon2id at 64 MiB, 3 passes, with a fresh random salt.
    pub fn fresh() -> Kdf {
        let salt: [u8; 16] = random();
        Kdf {
            name: "argon2id".into(),
            memory_kib: 64 * 1024,
            passes: 3,
            lanes: 1,
            salt: hex(&salt),
        }
    }
}

/// A sync key (zeroed when dropped).
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

impl Key {
    pub fn from_bytes(b: &[u8]) -> Option<Key> {
        let arr: [u8; 32] = b.try_into().ok()?;
        Some(Key(Zeroizing::new(arr)))
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0[..]
    }

    /// Derives the key from the passphrase (the slow step: once per sync).
    pub fn derive(pass: &Passphrase, kdf: &Kdf) -> Result<Key> {
        let bad = |e: argon2::Error| Error::Message(t!("sync-kdf-error", error = e.to_string()));
        // Bounded, so a hostile folder cannot make tend allocate without end.
        kdf.check()?;
        let salt = unhex(&kdf.salt).ok_or_else(|| Error::Message(t!("sync-kdf-salt-hex")))?;
        let params =
            argon2::Params::new(kdf.memory_kib, kdf.passes, kdf.lanes, Some(32)).map_err(bad)?;
        let a = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        a.hash_password_into(pass.expose(), &salt, &mut out[..])
            .map_err(bad)?;
        Ok(Key(out))
    }

    /// The key's fingerprint, written in the clear in every format-2 file: the first 8
    /// bytes of the XChaCha20 keystream under this key at a fixed nonce (the
    /// encryption of zeros with `FINGERPRINT_LABEL` as nonce). ChaCha20 is a
    /// pseudorandom function of its key, so these bytes say nothing of the key but
    /// whether two files share it; the nonce is one no segment is ever sealed with, so
    /// no segment's keystream is given away. Recognising a passphrase from it costs the
    /// same Argon2id derivation as the key check in `tend-sync.json` does already. It
    /// uses only the cipher the segments are sealed with: no other primitive to trust.
    /// Two different keys share a fingerprint once in 2^64: such a file is then only
    /// "unreadable", as in format 1.
    pub fn fingerprint(&self) -> [u8; FINGERPRINT] {
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let stream = cipher
            .encrypt(
                XNonce::from_slice(FINGERPRINT_LABEL),
                &[0u8; FINGERPRINT][..],
            )
            .expect("encrypting in memory cannot fail");
        let mut out = [0u8; FINGERPRINT];
        out.copy_from_slice(&stream[..FINGERPRINT]);
        out
    }

    /// Encrypts `plain`, binding `aad`, in this tend's format: MAGIC, format, nonce,
    /// the key's fingerprint, then ciphertext and tag. Returns the file and its
    /// identity (the nonce, as hex).
    pub fn seal(&self, aad: &[u8], plain: &[u8]) -> (Vec<u8>, String) {
        self.seal_as(FILE_FORMAT, aad, plain)
    }

    /// Encrypts `plain` in file format 1 (no fingerprint). Only the folder's key check
    /// is sealed so: a tend from before format 2 can then still tell a right
    /// passphrase from a wrong one and join a folder a newer tend set up, and the
    /// newer segments it meets ask it to be upgraded.
    pub fn seal_format1(&self, aad: &[u8], plain: &[u8]) -> (Vec<u8>, String) {
        self.seal_as(FORMAT_1, aad, plain)
    }

    fn seal_as(&self, format: u8, aad: &[u8], plain: &[u8]) -> (Vec<u8>, String) {
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plain,
                    aad: &framed(format, aad),
                },
            )
            .expect("encrypting in memory cannot fail");
        let mut out = Vec::with_capacity(HEAD + FINGERPRINT + sealed.len());
        out.extend_from_slice(MAGIC);
        out.push(format);
        out.extend_from_slice(&nonce);
        if format >= 2 {
            out.extend_from_slice(&self.fingerprint());
        }
        out.extend_from_slice(&sealed);
        (out, hex(&nonce))
    }

    /// Decrypts a file `seal` (or `seal_format1`) made with the same `aad`. A format-2
    /// file whose fingerprint is not this key's is `OtherKey`, before any decryption.
    pub fn open(&self, aad: &[u8], file: &[u8]) -> std::result::Result<Vec<u8>, Unsealed> {
        let (format, nonce) = header(file)?;
        let body = match format {
            FORMAT_1 => &file[HEAD..],
            2 => {
                let (print, body) = file[HEAD..]
                    .split_at_checked(FINGERPRINT)
                    .filter(|(_, body)| body.len() >= TAG)
                    .ok_or(Unsealed::Unreadable)?;
                if print != self.fingerprint() {
                    return Err(Unsealed::OtherKey);
                }
                body
            }
            f if f > FILE_FORMAT => return Err(Unsealed::Newer(f)),
            _ => return Err(Unsealed::Unreadable),
        };
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: &framed(format, aad),
                },
            )
            .map_err(|_| Unsealed::Unreadable)
    }
}

/// Why a sealed file did not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsealed {
    /// Not a tend sync file, cut short, changed, or (in format 1) sealed with another
    /// key.
    Unreadable,
    /// A format-2 file sealed with another key (its fingerprint is not this key's):
    /// written by a device with another passphrase. Trying again will not help.
    OtherKey,
    /// Written by a newer tend, in this file format.
    Newer(u8),
}

/// A sealed file's format byte and nonce.
fn header(file: &[u8]) -> std::result::Result<(u8, &[u8]), Unsealed> {
    if file.len() < HEAD + TAG || &file[..MAGIC.len()] != MAGIC {
        return Err(Unsealed::Unreadable);
    }
    Ok((
        file[MAGIC.len()],
        &file[MAGIC.len() + 1..MAGIC.len() + 1 + NONCE],
    ))
}

/// A sealed file's nonce as hex, from its first `HEAD` bytes: what tells two files of
/// the same name apart.
pub fn identity(head: &[u8]) -> Option<String> {
    (head.len() >= HEAD && &head[..MAGIC.len()] == MAGIC).then(|| hex(&head[MAGIC.len() + 1..HEAD]))
}

/// The bytes before a sealed file's ciphertext: magic, format, nonce.
pub const HEAD: usize = MAGIC.len() + 1 + NONCE;

/// The associated data a file is sealed with: MAGIC, its format, then `aad`. (The
/// fingerprint is not bound in: it is a function of the key, and a file whose
/// fingerprint was changed is named as another key's, or does not open.)
fn framed(format: u8, aad: &[u8]) -> Vec<u8> {
    let mut v = MAGIC.to_vec();
    v.push(format);
    v.extend_from_slice(aad);
    v
}

pub fn random<const N: usize>() -> [u8; N] {
    use chacha20poly1305::aead::rand_core::RngCore;
    let mut b = [0u8; N];
    OsRng.fill_bytes(&mut b);
    b
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || s.len() > 128 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Key {
        Key::from_bytes(&[7u8; 32]).unwrap()
    }

    #[test]
    fn sealed_files_open_only_whole_with_their_key_and_name() {
        let (file, id) = key().seal(b"dev/1", b"words");
        assert_eq!(key().open(b"dev/1", &file).unwrap(), b"words");
        assert_eq!(identity(&file).unwrap(), id);
        assert_eq!(
            key().open(b"dev/2", &file),
            Err(Unsealed::Unreadable),
            "moved"
        );
        let other = Key::from_bytes(&[8u8; 32]).unwrap();
        assert_eq!(
            other.open(b"dev/1", &file),
            Err(Unsealed::OtherKey),
            "wrong key"
        );
        for cut in [0, 10, file.len() / 2, file.len() - 1] {
            assert_eq!(
                key().open(b"dev/1", &file[..cut]),
                Err(Unsealed::Unreadable)
            );
        }
        let mut flipped = file.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(key().open(b"dev/1", &flipped), Err(Unsealed::Unreadable));
        let mut newer = file;
        newer[MAGIC.len()] = FILE_FORMAT + 1;
        assert_eq!(
            key().open(b"dev/1", &newer),
            Err(Unsealed::Newer(FILE_FORMAT + 1))
        );
    }

    #[test]
    fn both_formats_open_whole_and_only_this_tends_carries_the_fingerprint() {
        let (new, id) = key().seal(b"dev/1", b"words");
        let (old, old_id) = key().seal_format1(b"dev/1", b"words");
        assert_eq!((new[MAGIC.len()], old[MAGIC.len()]), (2, 1));
        assert_eq!(
            new.len(),
            old.len() + FINGERPRINT,
            "only the fingerprint added"
        );
        assert_eq!(&new[HEAD..HEAD + FINGERPRINT], &key().fingerprint());
        assert_eq!(
            (identity(&new).unwrap(), identity(&old).unwrap()),
            (id, old_id)
        );
        for file in [&new, &old] {
            assert_eq!(key().open(b"dev/1", file).unwrap(), b"words");
            assert_eq!(key().open(b"dev/2", file), Err(Unsealed::Unreadable));
        }
        // The format byte is bound in: a format-2 file relabelled 1 does not open.
        let mut relabelled = new.clone();
        relabelled[MAGIC.len()] = 1;
        assert_eq!(key().open(b"dev/1", &relabelled), Err(Unsealed::Unreadable));
    }

    #[test]
    fn a_file_of_another_key_is_named_so_in_format_2_and_unreadable_in_format_1() {
        let other = Key::from_bytes(&[8u8; 32]).unwrap();
        let (new, _) = other.seal(b"dev/1", b"words");
        let (old, _) = other.seal_format1(b"dev/1", b"words");
        assert_eq!(key().open(b"dev/1", &new), Err(Unsealed::OtherKey));
        assert_eq!(key().open(b"dev/1", &old), Err(Unsealed::Unreadable));
        // Cut short but with its header whole, it is still another key's; shorter than
        // a header and a tag, it is one still being copied.
        assert_eq!(
            key().open(b"dev/1", &new[..HEAD + FINGERPRINT + TAG]),
            Err(Unsealed::OtherKey)
        );
        assert_eq!(
            key().open(b"dev/1", &new[..HEAD + FINGERPRINT]),
            Err(Unsealed::Unreadable)
        );
        // This key's file, damaged past its header, is damaged, not another key's.
        let (mut mine, _) = key().seal(b"dev/1", b"words");
        *mine.last_mut().unwrap() ^= 1;
        assert_eq!(key().open(b"dev/1", &mine), Err(Unsealed::Unreadable));
    }

    #[test]
    fn the_fingerprint_is_the_keys_alone_and_shows_none_of_it() {
        let (a, b) = (
            key().fingerprint(),
            Key::from_bytes(&[8u8; 32]).unwrap().fingerprint(),
        );
        assert_eq!(a, key().fingerprint(), "the same key, the same fingerprint");
        assert_ne!(a, b);
        assert!(!key().bytes().windows(FINGERPRINT).any(|w| w == a));
        // Not the keystream any segment is sealed with: a random nonce's first bytes.
        let (file, _) = key().seal(b"dev/1", &[0u8; 8]);
        assert_ne!(&file[HEAD + FINGERPRINT..HEAD + 2 * FINGERPRINT], &a);
    }

    #[test]
    fn the_same_passphrase_and_salt_make_the_same_key() {
        let kdf = Kdf {
            memory_kib: 8 * 1024,
            passes: 1,
            ..Kdf::fresh()
        };
        let p = Passphrase::new("river stones").unwrap();
        let a = Key::derive(&p, &kdf).unwrap();
        assert_eq!(a.bytes(), Key::derive(&p, &kdf).unwrap().bytes());
        let q = Passphrase::new("river stone").unwrap();
        assert_ne!(a.bytes(), Key::derive(&q, &kdf).unwrap().bytes());
        let hostile = Kdf {
            memory_kib: u32::MAX,
            ..kdf
        };
        assert!(Key::derive(&p, &hostile).is_err());
    }
}
