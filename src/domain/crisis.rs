//! The crisis lines built into tend (REFERENCE.md), always listed below the person's own
//! contacts, with the line for the person's country first; the emergency number of the
//! countries tend knows it for; and the country read from a locale name
//! ("en_GB.UTF-8" → GB).

/// A free crisis line and the countries (ISO 3166 alpha-2) it serves; its words are
/// in the catalog (`crisis-line-…`), its numbers there too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrisisLine {
    pub countries: &'static [&'static str],
    which: Which,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    UsCanada,
    UkIreland,
    Australia,
    NewZealand,
    Spain,
    Mexico,
    Elsewhere,
    Emergency,
}

impl CrisisLine {
    /// The line in a sentence: where, the number, and how.
    pub fn text(&self) -> String {
        match self.which {
            Which::UsCanada => t!("crisis-line-us-ca"),
            Which::UkIreland => t!("crisis-line-uk-ie"),
            Which::Australia => t!("crisis-line-au"),
            Which::NewZealand => t!("crisis-line-nz"),
            Which::Spain => t!("crisis-line-es"),
            Which::Mexico => t!("crisis-line-mx"),
            Which::Elsewhere => t!("crisis-line-elsewhere"),
            Which::Emergency => t!("crisis-line-emergency"),
        }
    }

    /// The same on one narrow line, for a small screen.
    pub fn short(&self) -> String {
        match self.which {
            Which::UsCanada => t!("crisis-line-us-ca-short"),
            Which::UkIreland => t!("crisis-line-uk-ie-short"),
            Which::Australia => t!("crisis-line-au-short"),
            Which::NewZealand => t!("crisis-line-nz-short"),
            Which::Spain => t!("crisis-line-es-short"),
            Which::Mexico => t!("crisis-line-mx-short"),
            Which::Elsewhere => t!("crisis-line-elsewhere-short"),
            Which::Emergency => t!("crisis-line-emergency-short"),
        }
    }

    /// The number and where, for a list packed into a few rows.
    pub fn tag(&self) -> String {
        match self.which {
            Which::UsCanada => t!("crisis-line-us-ca-tag"),
            Which::UkIreland => t!("crisis-line-uk-ie-tag"),
            Which::Australia => t!("crisis-line-au-tag"),
            Which::NewZealand => t!("crisis-line-nz-tag"),
            Which::Spain => t!("crisis-line-es-tag"),
            Which::Mexico => t!("crisis-line-mx-tag"),
            Which::Elsewhere => t!("crisis-line-elsewhere-tag"),
            Which::Emergency => t!("crisis-line-emergency-tag"),
        }
    }
}

/// Every built-in line, in the order shown when the country is unknown.
pub const LINES: &[CrisisLine] = &[
    CrisisLine {
        countries: &["US", "CA"],
        which: Which::UsCanada,
    },
    CrisisLine {
        countries: &["GB", "IE"],
        which: Which::UkIreland,
    },
    CrisisLine {
        countries: &["AU"],
        which: Which::Australia,
    },
    CrisisLine {
        countries: &["NZ"],
        which: Which::NewZealand,
    },
    CrisisLine {
        countries: &["ES"],
        which: Which::Spain,
    },
    CrisisLine {
        countries: &["MX"],
        which: Which::Mexico,
    },
];

/// Where to look when no line serves the person's country.
pub const ELSEWHERE: CrisisLine = CrisisLine {
    countries: &[],
    which: Which::Elsewhere,
};

/// Always last: the emergency number.
pub const EMERGENCY: CrisisLine = CrisisLine {
    countries: &[],
    which: Which::Emergency,
};

/// The lines' tags in one line, each kept whole when it wraps (no-break spaces inside).
pub fn packed(lines: &[CrisisLine]) -> String {
    lines
        .iter()
        .map(|l| l.tag().replace(' ', "\u{a0}"))
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

/// The countries whose emergency number is 112: the EU, the rest of the EEA and
/// Switzerland (REFERENCE.md: "112 (EU, Spain and many countries)").
const ONE_ONE_TWO: &[&str] = &[
    "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The number to call for an ambulance in `country`, when tend knows it: 911 in North
/// America and Mexico, 999 in the UK, 000 in Australia, 111 in New Zealand, 112 across
/// Europe. `None` elsewhere: the safety page then names the usual ones.
pub fn emergency_number(country: Option<&str>) -> Option<&'static str> {
    Some(match country? {
        "US" | "CA" | "MX" => "911",
        "GB" => "999",
        "AU" => "000",
        "NZ" => "111",
        c if ONE_ONE_TWO.contains(&c) => "112",
        _ => return None,
    })
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
        assert!(gb[0].text().starts_with("UK and Ireland"));
        assert_eq!(gb.len(), all.len(), "no line is hidden");
        assert!(lines(Some("MX"))[0].text().contains("Línea de la Vida"));
        assert!(all.iter().all(|l| l.short().chars().count() <= 34));
        assert_eq!(lines(Some("FR")), all, "unknown: the usual order");
    }

    #[test]
    fn the_emergency_number_follows_the_country() {
        assert_eq!(emergency_number(Some("US")), Some("911"));
        assert_eq!(emergency_number(Some("MX")), Some("911"));
        assert_eq!(emergency_number(Some("GB")), Some("999"));
        assert_eq!(emergency_number(Some("AU")), Some("000"));
        assert_eq!(emergency_number(Some("ES")), Some("112"));
        assert_eq!(emergency_number(Some("IE")), Some("112"));
        assert_eq!(
            emergency_number(Some("JP")),
            None,
            "unknown: the usual ones"
        );
        assert_eq!(emergency_number(None), None);
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
