//! The summary as a person reads it on screen before writing it: the Markdown rendering
//! with its syntax taken back out (escapes, entities, emphasis, table rules), so the
//! export preview shows words, not backslashes.

use super::Summary;

/// The summary as plain lines of text.
pub fn render(s: &Summary) -> String {
    plain(&super::markdown::render(s))
}

/// Markdown as tend writes it, read back as plain text.
pub fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        let t = line.trim();
        if t.starts_with("|-") || t.starts_with("| -") || t.starts_with("|:") {
            continue; // a table's rule
        }
        let text = if t.starts_with('|') {
            cells(t).join(" · ")
        } else {
            let t = t.trim_start_matches('#').trim_start();
            let t = t
                .strip_prefix('_')
                .and_then(|t| t.strip_suffix('_'))
                .unwrap_or(t);
            unescape(t)
        };
        out.push_str(&text);
        out.push('\n');
    }
    out
}

/// A table row's cells, split at the pipes that are not escaped, each read back.
fn cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '|' if !escaped => cells.push(String::new()),
            _ => {
                escaped = c == '\\' && !escaped;
                cells.last_mut().expect("one cell at least").push(c);
            }
        }
    }
    cells.iter().map(|c| unescape(c.trim())).collect()
}

/// Undoes `md_escape` and emphasis: backslash escapes, entities, `<br>`, `**`.
fn unescape(text: &str) -> String {
    let text = text.replace("<br>", " / ").replace("**", "");
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(n)) if n.is_ascii_punctuation() => {
                out.push(*n);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_tables_read_as_words() {
        let md = "# Recovery summary\n\n_Lessons are in._\n\n| Figure | Value |\n|---|---|\n\
                  | Checked in | 1 of 1 day \\(100%\\) |\n| Note | a \\| b &lt;3 &amp; more<br>next |\n\
                  **Connection:** 2 meetings\n";
        assert_eq!(
            plain(md),
            "Recovery summary\n\nLessons are in.\n\nFigure · Value\nChecked in · 1 of 1 day (100%)\n\
             Note · a | b <3 & more / next\nConnection: 2 meetings\n"
        );
    }

    #[test]
    fn a_hostile_text_comes_back_as_typed() {
        for t in [
            "*bold* [link](x) `code` #tag",
            "=1+1",
            "a_b_c",
            "back\\slash",
        ] {
            assert_eq!(unescape(&super::super::md_escape(t)), t);
        }
    }
}
