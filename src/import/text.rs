//! Text as other apps store it: Daylio's notes are HTML (`<br>` and `<p>` become new
//! lines, entities are decoded, other tags dropped).

/// Plain text from a note's HTML.
pub fn from_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        let Some((text, from)) = rest.split_at_checked(i) else {
            break;
        };
        out.push_str(text);
        if let Some(tag) = from.strip_prefix('<') {
            match tag.split_once('>') {
                Some((inside, after)) => {
                    out.push_str(tag_text(inside));
                    rest = after;
                }
                None => {
                    out.push_str(from);
                    rest = "";
                }
            }
        } else {
            let (decoded, used) = entity(from);
            out.push_str(&decoded);
            rest = from.get(used..).unwrap_or_default();
        }
    }
    out.push_str(rest);
    tidy(&out)
}

/// What a tag leaves in plain text: a new line for line and paragraph breaks, a
/// bullet for a list item, nothing for the rest.
fn tag_text(tag: &str) -> &'static str {
    let name: String = tag
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let closing = tag.starts_with('/');
    match (name.as_str(), closing) {
        ("br", _) => "\n",
        ("p" | "div" | "ul" | "ol" | "h1" | "h2" | "h3", _) => "\n",
        ("li", false) => "\n• ",
        _ => "",
    }
}

/// Decodes the entity at the start of `s` (which starts with '&'): its text and how
/// many bytes it used. An unknown one stays as it is.
fn entity(s: &str) -> (String, usize) {
    let Some(end) = s
        .char_indices()
        .take(12)
        .find(|(_, c)| *c == ';')
        .map(|(i, _)| i)
    else {
        return ("&".into(), 1);
    };
    let name = s.get(1..end).unwrap_or_default();
    let named = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" | "#39" => Some('\''),
        "nbsp" => Some(' '),
        _ => None,
    };
    let numeric = || {
        let n = name.strip_prefix('#')?;
        let code = match n.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => n.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
    };
    match named.or_else(numeric) {
        Some(c) => (c.to_string(), end + 1),
        None => ("&".into(), 1),
    }
}

/// No spaces at line ends, at most one empty line in a row, none at the ends.
fn tidy(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::from_html;

    #[test]
    fn html_notes_become_plain_text() {
        assert_eq!(from_html("One<br>Two<br/>Three"), "One\nTwo\nThree");
        assert_eq!(from_html("<p>First</p><p>Second</p>"), "First\n\nSecond");
        assert_eq!(
            from_html("Fish &amp; chips &lt;3 &#233;t&eacute; &#x1F30A;"),
            "Fish & chips <3 ét&eacute; 🌊"
        );
        assert_eq!(from_html("<b>bold</b> <i>it</i>"), "bold it");
        assert_eq!(from_html("<ul><li>a</li><li>b</li></ul>"), "• a\n• b");
        assert_eq!(from_html("a < b and c & d"), "a < b and c & d");
        assert_eq!(from_html("plain text\nkept"), "plain text\nkept");
        assert_eq!(from_html("&éééééééééé;"), "&éééééééééé;");
    }
}
