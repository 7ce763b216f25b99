//! The counselor summary: a model built once from the store for a date range (every
//! figure and sentence worked out there), rendered as self-contained printable HTML,
//! Markdown or a CSV diary card that only lay it out. Every piece of the person's text
//! passes through the privacy of names and numbers as it is loaded (`privacy`), and
//! through the escaping of its format here.

pub mod connections;
mod csv_card;
mod diary;
pub mod figures;
mod headline;
mod html;
mod markdown;
mod medications;
pub mod model;
mod privacy;
pub mod readable;
mod records;
mod sections;
mod standing;
mod svg;
mod trackers;
mod use_calendar;

pub use model::{Includes, Summary};
pub use sections::build;

use crate::domain::Invalid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
    Csv,
    /// The meetings attended, as CSV: an attendance card.
    Attendance,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, Invalid> {
        match s.trim().to_lowercase().as_str() {
            "html" => Ok(Format::Html),
            "md" | "markdown" => Ok(Format::Markdown),
            "csv" => Ok(Format::Csv),
            "attendance" => Ok(Format::Attendance),
            other => Err(Invalid::new(
                "format",
                t!("summary-format-unknown", value = other),
            )),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Csv | Format::Attendance => "csv",
        }
    }
}

pub fn render(format: Format, s: &Summary) -> String {
    match format {
        Format::Html => html::render(s),
        Format::Markdown => markdown::render(s),
        Format::Csv => csv_card::render(s),
        Format::Attendance => connections::attendance_csv(&s.connections),
    }
}

/// Drops characters that can hide or reorder text for a reader: control characters
/// (but tab and newline) and the bidirectional overrides and isolates.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| {
            let bidi = matches!(*c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}');
            !bidi && (!c.is_control() || *c == '\n' || *c == '\t')
        })
        .collect()
}

/// HTML text and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Markdown inline text, safe inside a table cell: the characters Markdown reads as
/// syntax (emphasis, code, links, images, headings, tables, strikethrough, escapes) are
/// backslash-escaped, a leading list marker too; `<` `>` `&` become entities; line
/// breaks become `<br>`.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in clean(text).chars().enumerate() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("<br>"),
            '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '.' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A CSV cell that a spreadsheet will not run as a formula: one that starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return, also once the quotes and spaces a
/// spreadsheet takes off are taken off (`"=1"`), gets a leading `'`.
pub fn csv_cell(text: &str) -> String {
    let t = clean(text);
    let formula = |s: &str| s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let unquoted = t.trim_start_matches(['"', '\'', ' ']);
    if formula(text) || formula(&t) || formula(unquoted) {
        format!("'{t}")
    } else {
        t
    }
}

/// Rows as CSV, quoted where a cell needs it (commas, quotes, line breaks), lines ended
/// CRLF as spreadsheets expect. Cells are already neutralised (`csv_cell`).
pub fn csv_rows<R: AsRef<[u8]>>(
    rows: impl IntoIterator<Item = impl IntoIterator<Item = R>>,
) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        w.write_record(row).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("in memory")).expect("UTF-8 in, UTF-8 out")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "=HYPERLINK(\"http://x\")",
        "| pipe | and `backticks` and **bold** [link](http://x)",
        "right\u{202E}gnp.exe",
        "nul\0byte",
    ];

    #[test]
    fn html_escape_leaves_no_markup() {
        for h in HOSTILE {
            let e = html_escape(h);
            assert!(
                !e.contains('<') && !e.contains('>') && !e.contains('"') && !e.contains('\''),
                "{e}"
            );
            assert!(!e.contains('\u{202E}') && !e.contains('\0'));
        }
        assert_eq!(html_escape("a & b"), "a &amp; b");
    }

    #[test]
    fn md_escape_breaks_tables_and_markup() {
        let e = md_escape(HOSTILE[3]);
        assert!(!e.contains("| ") || e.contains("\\|"));
        assert_eq!(e.matches('|').count(), e.matches("\\|").count(), "{e}");
        assert!(
            e.contains("\\`backticks\\`")
                && e.contains("\\*\\*bold\\*\\*")
                && e.contains("\\[link\\]")
        );
        assert_eq!(md_escape("two\nlines"), "two<br>lines");
        assert_eq!(md_escape("<b>"), "&lt;b&gt;");
    }

    #[test]
    fn csv_cells_cannot_start_formulas() {
        for (input, out) in [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("ok", "ok"),
        ] {
            assert_eq!(csv_cell(input), out);
        }
        assert_eq!(
            csv_cell("\rx"),
            "'x",
            "a leading CR is dropped, and the cell still marked"
        );
        for quoted in ["\"=1\"", "\" =HYPERLINK(1)", "'@x", " -2"] {
            assert!(csv_cell(quoted).starts_with('\''), "{quoted}");
        }
    }

    #[test]
    fn includes_and_formats_parse() {
        let i = Includes::parse("journal, setback-details").unwrap();
        assert!(i.journal && i.setback_details && !i.notes && !i.numbers);
        assert!(Includes::parse("names,numbers").unwrap().numbers);
        assert!(
            Includes::parse("diary")
                .unwrap_err()
                .reason
                .contains("journal, notes, setback-details, names, numbers")
        );
        assert!(i.leave_out("lessons").unwrap().leave_out_lessons);
        assert_eq!(i.leave_out("goals").unwrap_err().field, "leave-out");
        assert_eq!(Format::parse("MD").unwrap(), Format::Markdown);
        assert!(Format::parse("pdf").is_err());
    }
}
