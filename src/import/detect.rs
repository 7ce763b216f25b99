//! Which app made a file, from its content: `--from` may be left out, and a wrong one
//! is named with the likely right one.

use crate::domain::Invalid;

/// The formats `tend import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Tend,
    Daylio,
    Jrnl,
    DayOne,
}

impl Source {
    /// The names `--from` takes, in a sentence.
    pub fn names() -> String {
        t!("import-source-names")
    }

    pub fn parse(s: &str) -> Result<Source, Invalid> {
        match s
            .trim()
            .to_lowercase()
            .replace([' ', '-', '_'], "")
            .as_str()
        {
            "tend" => Ok(Source::Tend),
            "daylio" => Ok(Source::Daylio),
            "jrnl" => Ok(Source::Jrnl),
            "dayone" => Ok(Source::DayOne),
            _ => Err(Invalid::new(
                "from",
                t!("import-source-unknown", value = s, names = Self::names()),
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Source::Tend => "tend",
            Source::Daylio => "daylio",
            Source::Jrnl => "jrnl",
            Source::DayOne => "dayone",
        }
    }

    /// How a person would name what made the file.
    pub fn label(self) -> String {
        match self {
            Source::Tend => t!("import-source-tend"),
            Source::Daylio => t!("import-source-daylio"),
            Source::Jrnl => t!("import-source-jrnl"),
            Source::DayOne => t!("import-source-dayone"),
        }
    }
}

/// What made a file, judged by its first bytes; `None` when nothing fits.
pub fn detect(bytes: &[u8]) -> Option<Source> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(Source::DayOne);
    }
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let first = text.lines().next().unwrap_or("");
    if text.starts_with('{') || text.starts_with('[') && !looks_like_jrnl(first) {
        return Some(json_kind(text));
    }
    let header: Vec<String> = first
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_lowercase())
        .collect();
    let has = |h: &str| header.iter().any(|x| x == h);
    // Daylio's header, or a Daylio row where the header line is missing.
    if has("mood") && has("time") && (has("full_date") || has("year"))
        || super::is_daylio_row(first)
    {
        return Some(Source::Daylio);
    }
    let opts_free =
        first.starts_with('[') || first.chars().next().is_some_and(|c| c.is_ascii_digit());
    if opts_free && looks_like_jrnl(first) {
        return Some(Source::Jrnl);
    }
    None
}

/// A JSON document: tend's own, Day One's or jrnl's, by their marks.
fn json_kind(text: &str) -> Source {
    let head: String = text.chars().take(4096).collect();
    if head.contains("\"app\"") && head.contains("\"tend\"") || head.contains("\"format_version\"")
    {
        Source::Tend
    } else if text.contains("\"creationDate\"") || head.contains("\"metadata\"") {
        Source::DayOne
    } else if head.contains("\"entries\"") {
        Source::Jrnl
    } else {
        Source::Tend
    }
}

fn looks_like_jrnl(line: &str) -> bool {
    let stamp = line.trim_start_matches('[');
    let date: String = stamp.chars().take(10).collect();
    chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_ok()
        || chrono::NaiveDate::parse_from_str(&date, "%Y/%m/%d").is_ok()
        || chrono::NaiveDate::parse_from_str(&date, "%d.%m.%Y").is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart() {
        assert_eq!(
            detect(b"full_date,date,weekday,time,mood,activities,note\n"),
            Some(Source::Daylio)
        );
        assert_eq!(
            detect(b"\xef\xbb\xbfyear,date,weekday,time,mood,activities,note\n"),
            Some(Source::Daylio)
        );
        assert_eq!(
            detect(b"{\"format_version\": 2, \"app\": \"tend\"}"),
            Some(Source::Tend)
        );
        assert_eq!(
            detect(b"{\"metadata\": {}, \"entries\": []}"),
            Some(Source::DayOne)
        );
        assert_eq!(
            detect(b"{\"tags\": {}, \"entries\": [{\"date\": \"2026-01-01\"}]}"),
            Some(Source::Jrnl)
        );
        assert_eq!(detect(b"[2026-11-19 22:10] Title."), Some(Source::Jrnl));
        assert_eq!(detect(b"2013-03-14 12:00 Old style"), Some(Source::Jrnl));
        assert_eq!(detect(b"PK\x03\x04...."), Some(Source::DayOne));
        assert_eq!(detect(b"hello"), None);
        assert_eq!(
            detect(b"2026-11-20,November 20,Friday,21:15,good,walk,,note\n"),
            Some(Source::Daylio),
            "a Daylio row with its header line missing"
        );
        assert_eq!(
            detect(b"2018,18 May,Friday,11:54 pm,good,,note\n"),
            Some(Source::Daylio)
        );
    }
}
