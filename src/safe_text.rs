//! Stored text made safe for a terminal: every plain printer goes through `visible`, so
//! a journal entry can't move the cursor, set the window title or write the clipboard
//! (OSC 52), and bidi overrides can't reorder what is shown. JSON keeps the exact text,
//! with the same characters escaped (`json`).

use std::borrow::Cow;

/// Characters that reorder text (bidi embeddings, overrides and isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// C0 and C1 controls and DEL, except the line breaks and tabs text is made of.
fn is_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Plain output: controls shown as `\x1b`, bidi controls as `<U+202E>`; everything
/// else as it is.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_control(c) || is_bidi_control(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_control(c) {
            out.push_str(&format!("\\x{:02x}", u32::from(c)));
        } else if is_bidi_control(c) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Zero-width characters that join or separate glyphs (joiners, zero-width spaces, the
/// word joiner and the byte-order mark): terminals differ on how wide what they join is.
fn is_zero_width_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// What one cell of the TUI may show of a grapheme, when it differs from `symbol`: a
/// joined sequence (an emoji family) keeps its first glyph, which has the cell's width
/// on every terminal; bidi and zero-width characters go. `None` when it is fine as is.
pub fn for_cell(symbol: &str) -> Option<String> {
    let odd = |c: char| is_bidi_control(c) || is_zero_width_format(c) || is_control(c);
    if !symbol.chars().any(odd) {
        return None;
    }
    let kept: String = if symbol.contains('\u{200D}') {
        symbol.chars().take_while(|c| !odd(*c)).collect()
    } else {
        symbol.chars().filter(|c| !odd(*c)).collect()
    };
    Some(if kept.is_empty() { " ".into() } else { kept })
}

/// JSON output: the exact text, with C1 controls and bidi controls written as `\uXXXX`
/// escapes as well (serializers escape only C0), so no raw one reaches a terminal.
/// They can only stand inside JSON strings, so the document means the same.
pub fn json(doc: &str) -> Cow<'_, str> {
    if !doc
        .chars()
        .any(|c| c.is_control() && c > '\u{7f}' || is_bidi_control(c))
    {
        return Cow::Borrowed(doc);
    }
    let mut out = String::with_capacity(doc.len() + 16);
    for c in doc.chars() {
        if (c.is_control() && c > '\u{7f}') || is_bidi_control(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_can_not_reach_the_terminal() {
        let osc52 = "copy\u{1b}]52;c;aGVsbG8=\u{7}me";
        assert_eq!(visible(osc52), "copy\\x1b]52;c;aGVsbG8=\\x07me");
        assert_eq!(visible("csi \u{9b}31m red"), "csi \\x9b31m red");
        assert_eq!(visible("a\u{202E}cba"), "a<U+202E>cba");
        assert_eq!(visible("two\nlines\tand tab"), "two\nlines\tand tab");
        assert!(matches!(visible("plain ✓ text"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_cell_keeps_the_first_glyph_of_a_joined_sequence_and_no_bidi_control() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
        assert_eq!(for_cell(family).as_deref(), Some("\u{1F468}"));
        assert_eq!(for_cell("a\u{202E}").as_deref(), Some("a"));
        assert_eq!(for_cell("\u{2066}").as_deref(), Some(" "));
        assert_eq!(for_cell("e\u{301}"), None, "combining accents stay");
        assert_eq!(for_cell("✓"), None);
    }

    #[test]
    fn json_keeps_the_exact_text() {
        let doc = serde_json::to_string(&"x\u{1b}\u{9b}\u{2066}y").unwrap();
        let safe = json(&doc);
        assert!(!safe.contains('\u{9b}') && !safe.contains('\u{2066}') && !safe.contains('\u{1b}'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "x\u{1b}\u{9b}\u{2066}y");
    }
}
