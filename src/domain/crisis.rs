//! The crisis lines built into tend (REFERENCE.md), always listed below the person's own
//! contacts, with the line for the person's country first, and the country read from a
//! locale name ("en_GB.UTF-8" → GB).

/// A free crisis line and the countries (ISO 3166 alpha-2) it serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrisisLine {
    pub countries: &'static [&'static str],
    pub text: &'static str,
    /// The same on one narrow line, for a small screen.
    pub short: &'static str,
    /// The number and where, for a list packed into a few rows.
    pub tag: &'static str,
}

/// Every built-in line, in the order shown when the country is unknown.
pub const LINES: &[CrisisLine] = &[
    CrisisLine {
        countries: &["US", "CA"],
        text: "US and Canada: call or text 988 (in Spanish: call 988, press 2)",
        short: "US, Canada: call/text 988",
        tag: "988 US/CA (text too)",
    },
    CrisisLine {
        countries: &["GB", "IE"],
        text: "UK and Ireland: 116 123 (Samaritans, free, 24 hours)",
        short: "UK, Ireland: 116 123 Samaritans",
        tag: "116 123 UK/IE",
    },
    CrisisLine {
        countries: &["AU"],
        text: "Australia: 13 11 14 (Lifeline)",
        short: "Australia: 13 11 14 Lifeline",
        tag: "13 11 14 AU",
    },
    CrisisLine {
        countries: &["NZ"],
        text: "New Zealand: call or text 1737",
        short: "New Zealand: call/text 1737",
        tag: "1737 NZ",
    },
    CrisisLine {
        countries: &["ES"],
        text: "Spain: 024 (free, 24 hours)",
        short: "Spain: 024",
        tag: "024 ES",
    },
    CrisisLine {
        countries: &["MX"],
        text: "Mexico: 800 911 2000 (Línea de la Vida)",
        short: "Mexico: 800 911 2000",
        tag: "800 911 2000 MX",
    },
];

/// Where to look when no line serves the person's country.
pub const ELSEWHERE: CrisisLine = CrisisLine {
    countries: &[],
    text: "Elsewhere: findahelpline.com lists free lines by country",
    short: "Elsewhere: findahelpline.com",
    tag: "findahelpline.com",
};

/// Always last: the emergency number.
pub const EMERGENCY: CrisisLine = CrisisLine {
    countries: &[],
    text: "Emergency: your local number (911, 999, 112, 000)",
    short: "Emergency: 911 · 999 · 112 · 000",
    tag: "emergency 911/999/112/000",
};

/// The lines' tags in one line, each kept whole when it wraps (no-break spaces inside).
pub fn packed(lines: &[CrisisLine]) -> String {
    lines
        .iter()
        .map(|l| l.tag.replace(' ', "\u{a0}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Every built-in line, the country's first, then where to look elsewhere and the
/// emergency number.
pub fn lines(country: Option<&str>) -> Vec<CrisisLine> {
    let serves = |l: &&CrisisLine| country.is_some_and(|c| l.countries.contains(&c));
    let mut out: Vec<CrisisLine> = LINES.iter().filter(serves).copied().collect();
    out.extend(LINES.iter().filter(|l| !serves(l)).copied());
    out.push(ELSEWHERE);
    out.push(EMERGENCY);
    out
}

/// The region of a locale name: "en_GB.UTF-8" and "es_MX@euro" give "GB" and "MX";
/// "C", "POSIX" and a bare language give `None`.
pub fn region_of_locale(locale: &str) -> Option<String> {
    let name = locale.split(['.', '@']).next()?;
    let region = name.split(['_', '-']).nth(1)?;
    country_code(region)
}

/// A two-letter country code, upper-cased, or `None` if it isn't one.
pub fn country_code(text: &str) -> Option<String> {
    let t = text.trim();
    (t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic())).then(|| t.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countrys_line_comes_first_and_every_line_stays() {
        let all = lines(None);
        assert_eq!(all.len(), LINES.len() + 2);
        assert_eq!(*all.last().unwrap(), EMERGENCY);
        let gb = lines(Some("GB"));
        assert!(gb[0].text.starts_with("UK and Ireland"));
        assert_eq!(gb.len(), all.len(), "no line is hidden");
        assert!(lines(Some("MX"))[0].text.contains("Línea de la Vida"));
        assert!(all.iter().all(|l| l.short.chars().count() <= 34));
        assert_eq!(lines(Some("FR")), all, "unknown: the usual order");
    }

    #[test]
    fn locales_give_their_region() {
        assert_eq!(region_of_locale("en_GB.UTF-8").as_deref(), Some("GB"));
        assert_eq!(region_of_locale("es_MX@euro").as_deref(), Some("MX"));
        assert_eq!(region_of_locale("en-au").as_deref(), Some("AU"));
        assert_eq!(region_of_locale("C.UTF-8"), None);
        assert_eq!(region_of_locale("POSIX"), None);
        assert_eq!(region_of_locale("de"), None);
        assert_eq!(country_code("u1"), None);
    }
}
