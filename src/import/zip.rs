//! Just enough of the zip format to take the JSON files out of a Day One export
//! (stored or deflated members, found through the central directory), with a cap on
//! what the members taken unpack to together: a zip whose directory names one big
//! member many times, or whose members unpack far past what they say, is refused
//! before it can take the memory.

use crate::domain::Invalid;

/// The most the members taken from one zip may unpack to, together.
pub const MAX_UNPACKED: usize = 256 << 20;

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as usize)
}

fn broken() -> Invalid {
    Invalid::new("file", t!("import-zip-broken"))
}

fn too_large(cap: usize) -> Invalid {
    Invalid::new("file", t!("import-zip-too-large", mib = cap >> 20))
}

/// A member the directory names: where its data is, how it is packed, and the size it
/// says it unpacks to.
struct Member {
    name: String,
    method: usize,
    data: std::ops::Range<usize>,
    size: usize,
}

/// The members whose names `want` accepts, as the central directory lists them.
fn listed(zip: &[u8], want: impl Fn(&str) -> bool) -> Result<Vec<Member>, Invalid> {
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
        let size = u32_at(zip, at + 24).ok_or_else(broken)?;
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
        if zip.get(data_at..data_at + packed).is_none() {
            return Err(broken());
        }
        out.push(Member {
            name,
            method,
            data: data_at..data_at + packed,
            size,
        });
    }
    Ok(out)
}

/// The members whose names `want` accepts, as (name, bytes), in the archive's order.
pub fn members(zip: &[u8], want: impl Fn(&str) -> bool) -> Result<Vec<(String, Vec<u8>)>, Invalid> {
    members_within(zip, want, MAX_UNPACKED)
}

/// `members`, unpacking no more than `cap` bytes in all: refused before unpacking a
/// byte when the directory says more, or names one member's data twice (a member
/// never shares its bytes with another in a zip an app writes), and as soon as the
/// members unpack past what is left of `cap` whatever they declared.
fn members_within(
    zip: &[u8],
    want: impl Fn(&str) -> bool,
    cap: usize,
) -> Result<Vec<(String, Vec<u8>)>, Invalid> {
    let list = listed(zip, want)?;
    let declared = list.iter().fold(0usize, |n, m| n.saturating_add(m.size));
    if declared > cap {
        return Err(too_large(cap));
    }
    let mut spans: Vec<&std::ops::Range<usize>> = list.iter().map(|m| &m.data).collect();
    spans.sort_by_key(|r| (r.start, r.end));
    if spans
        .windows(2)
        .any(|w| w[1].start < w[0].end.max(w[0].start + 1))
    {
        return Err(Invalid::new("file", t!("import-zip-overlaps")));
    }
    let mut left = cap;
    let mut out = Vec::new();
    for m in list {
        let data = &zip[m.data.clone()];
        let bytes = match m.method {
            0 if data.len() > left => return Err(too_large(cap)),
            0 => data.to_vec(),
            8 => match miniz_oxide::inflate::decompress_to_vec_with_limit(data, left) {
                Ok(b) => b,
                Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                    return Err(too_large(cap));
                }
                Err(_) => return Err(broken()),
            },
            method => {
                let name = &m.name;
                return Err(Invalid::new(
                    "file",
                    t!("import-zip-method", name = name, method = method),
                ));
            }
        };
        left -= bytes.len();
        out.push((m.name, bytes));
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

    /// A zip of one deflated member of `n` zero bytes that says it unpacks to `declared`,
    /// listed under `names` names.
    fn zeros(n: usize, declared: u32, names: usize) -> Vec<u8> {
        let data = miniz_oxide::deflate::compress_to_vec(&vec![0; n], 6);
        let header = |sig: &[u8], name: &str, central: bool| {
            let mut h = sig.to_vec();
            if central {
                h.extend([20, 0]);
            }
            h.extend([20, 0, 0, 0, 8, 0]);
            h.extend([0; 8]);
            h.extend((data.len() as u32).to_le_bytes());
            h.extend(declared.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend([0, 0]);
            if central {
                h.extend([0; 14]);
            }
            h.extend(name.as_bytes());
            h
        };
        let mut zip = header(b"PK\x03\x04", "a.json", false);
        zip.extend(&data);
        let (cd_at, mut central) = (zip.len() as u32, Vec::new());
        for i in 0..names {
            central.extend(header(b"PK\x01\x02", &format!("{i}.json"), true));
        }
        let cd_len = central.len() as u32;
        zip.extend(central);
        zip.extend(b"PK\x05\x06");
        zip.extend([0; 4]);
        zip.extend((names as u16).to_le_bytes());
        zip.extend((names as u16).to_le_bytes());
        zip.extend(cd_len.to_le_bytes());
        zip.extend(cd_at.to_le_bytes());
        zip.extend([0, 0]);
        zip
    }

    #[test]
    fn the_members_together_unpack_to_at_most_the_cap() {
        use super::members_within;
        let cap = 1 << 20;
        let all = |_: &str| true;
        let why = |r: Result<Vec<(String, Vec<u8>)>, crate::domain::Invalid>| {
            r.map(|_| ()).unwrap_err().reason
        };
        // One member within the cap comes out whole.
        let ok = members_within(&zeros(1000, 1000, 1), all, cap).unwrap();
        assert_eq!(ok[0].1, vec![0; 1000]);
        // Members that say they take more than the cap together: refused unread.
        assert!(
            why(members_within(&zeros(1000, 600 << 10, 2), all, cap)).contains("unpacks to more")
        );
        // One member's data under several names, each saying little.
        assert!(
            why(members_within(&zeros(1000, 1000, 41), all, cap))
                .contains("the same data under several names")
        );
        // A member that unpacks past the cap, whatever it says.
        assert!(
            why(members_within(&zeros(2 << 20, 1000, 1), all, cap)).contains("unpacks to more")
        );
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
