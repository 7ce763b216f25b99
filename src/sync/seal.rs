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

use crate::error::{Error, Result};
use crate::secret::Passphrase;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

/// The first bytes of every segment file.
pub const MAGIC: &[u8; 8] = b"TENDSEG\0";
/// The file format this tend writes (the byte after the magic); the contents carry
/// their own version too.
pub const FILE_FORMAT: u8 = 1;
const NONCE: usize = 24;

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

    /// Encrypts `plain`, binding `aad`: MAGIC, format, nonce, then ciphertext and tag.
    pub fn seal(&self, aad: &[u8], plain: &[u8]) -> (Vec<u8>, String) {
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plain,
                    aad: &framed(aad),
                },
            )
            .expect("encrypting in memory cannot fail");
        let mut out = Vec::with_capacity(MAGIC.len() + 1 + NONCE + sealed.len());
        out.extend_from_slice(MAGIC);
        out.push(FILE_FORMAT);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        (out, hex(&nonce))
    }

    /// Decrypts a file `seal` made with the same `aad`.
    pub fn open(&self, aad: &[u8], file: &[u8]) -> std::result::Result<Vec<u8>, Unsealed> {
        let (format, nonce) = header(file)?;
        if format > FILE_FORMAT {
            return Err(Unsealed::Newer(format));
        }
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let body = &file[MAGIC.len() + 1 + NONCE..];
        cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: body,
                    aad: &framed(aad),
                },
            )
            .map_err(|_| Unsealed::Unreadable)
    }
}

/// Why a sealed file did not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsealed {
    /// Not a tend sync file, cut short, changed, or sealed with another key.
    Unreadable,
    /// Written by a newer tend, in this file format.
    Newer(u8),
}

/// A sealed file's format byte and nonce.
fn header(file: &[u8]) -> std::result::Result<(u8, &[u8]), Unsealed> {
    if file.len() < MAGIC.len() + 1 + NONCE + 16 || &file[..MAGIC.len()] != MAGIC {
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

fn framed(aad: &[u8]) -> Vec<u8> {
    let mut v = MAGIC.to_vec();
    v.push(FILE_FORMAT);
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
            Err(Unsealed::Unreadable),
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
