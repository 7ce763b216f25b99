//! Just enough of the zip format to take the JSON files out of a Day One export
//! (stored or deflated members, found through the central directory), with a cap on
//! what a member may unpack to.

use crate::domain::Invalid;

/// The most one member may unpack to.
const MAX_MEMBER: usize = 512 << 20;

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
}

fn broken() -> Invalid {
    Invalid::new(
        "file",
        "this zip file is damaged or cut off; export it again",
    )
}

/// The members whose names `want` accepts, as (name, bytes), in the archive's order.
pub fn members(zip: &[u8], want: impl Fn(&str) -> bool) -> Result<Vec<(String, Vec<u8>)>, Invalid> {
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    let from = zip.len().saturating_sub(65_557);
    let end = (from..zip.len().saturating_sub(21))
        .rev()
        .find(|&i| zip[i..].starts_with(b"PK\x05\x06"))
        .ok_or_else(broken)?;
    let count = u16_at(zip, end + 10).ok_or_else(broken)?;
    let mut at = u32_at(zip, end + 16).ok_or_else(broken)?;
    let mut out = Vec::new();
    for _ in 0..count {
        if !zip.get(at..).is_some_and(|b| b.starts_with(b"PK\x01\x02")) {
            return Err(broken());
        }
        let method = u16_at(zip, at + 10).ok_or_else(broken)?;
        let packed = u32_at(zip, at + 20).ok_or_else(broken)?;
        let (name_len, extra, comment) = (
            u16_at(zip, at + 28).ok_or_else(broken)?,
            u16_at(zip, at + 30).ok_or_else(broken)?,
            u16_at(zip, at + 32).ok_or_else(broken)?,
        );
        let local = u32_at(zip, at + 42).ok_or_else(broken)?;
        let name = zip.get(at + 46..at + 46 + name_len).ok_or_else(broken)?;
        let name = String::from_utf8_lossy(name).into_owned();
        at += 46 + name_len + extra + comment;
        if !want(&name) {
            continue;
        }
        let data_at = local
            + 30
            + u16_at(zip, local + 26).ok_or_else(broken)?
            + u16_at(zip, local + 28).ok_or_else(broken)?;
        let data = zip.get(data_at..data_at + packed).ok_or_else(broken)?;
        let bytes = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_MEMBER)
                .map_err(|_| broken())?,
            m => {
                return Err(Invalid::new(
                    "file",
                    format!(
                        "{name} is packed in a way tend cannot unpack (zip method {m}); unzip it and import {name}"
                    ),
                ));
            }
        };
        out.push((name, bytes));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::members;

    /// A zip with one stored member and one deflated member, built by hand.
    fn sample() -> Vec<u8> {
        let mut zip = Vec::new();
        let mut central = Vec::new();
        let files: [(&str, &[u8], u16); 2] = [
            ("Journal.json", br#"{"entries": []}"#, 0),
            ("photos/a.txt", b"not json", 8),
        ];
        for (name, body, method) in files {
            let packed = if method == 8 {
                miniz_oxide::deflate::compress_to_vec(body, 6)
            } else {
                body.to_vec()
            };
            let offset = zip.len() as u32;
            let header = |sig: &[u8], central: bool| {
                let mut h = sig.to_vec();
                if central {
                    h.extend([20, 0]);
                }
                h.extend([20, 0, 0, 0]);
                h.extend(method.to_le_bytes());
                h.extend([0; 8]);
                h.extend((packed.len() as u32).to_le_bytes());
                h.extend((body.len() as u32).to_le_bytes());
                h.extend((name.len() as u16).to_le_bytes());
                h.extend([0, 0]);
                if central {
                    h.extend([0; 10]);
                    h.extend(offset.to_le_bytes());
                }
                h.extend(name.as_bytes());
                h
            };
            zip.extend(header(b"PK\x03\x04", false));
            zip.extend(&packed);
            central.extend(header(b"PK\x01\x02", true));
        }
        let (cd_at, cd_len) = (zip.len() as u32, central.len() as u32);
        zip.extend(central);
        zip.extend(b"PK\x05\x06");
        zip.extend([0; 4]);
        zip.extend([2, 0, 2, 0]);
        zip.extend(cd_len.to_le_bytes());
        zip.extend(cd_at.to_le_bytes());
        zip.extend([0, 0]);
        zip
    }

    #[test]
    fn members_come_out_stored_or_deflated() {
        let zip = sample();
        let all = members(&zip, |_| true).unwrap();
        assert_eq!(
            all[0],
            ("Journal.json".into(), br#"{"entries": []}"#.to_vec())
        );
        assert_eq!(all[1].1, b"not json");
        assert_eq!(members(&zip, |n| n.ends_with(".json")).unwrap().len(), 1);
        assert!(members(&zip[..zip.len() - 30], |_| true).is_err());
    }
}
