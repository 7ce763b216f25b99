//! The few words around a search hit, with the matching words in [brackets], made from
//! the entry's text in memory: the search index would read its match list again for
//! every hit shown, which for a short prefix costs more than finding the hits.

/// Words of the body shown around the first match.
const WINDOW: usize = 12;

/// The words of `query` as the search matches them: each a prefix, without case.
pub fn terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Up to twelve words of `body` starting a little before the first word that matches
/// one of `terms` (the start, when only the title matched), matches in brackets, and
/// "…" where words were left out.
pub fn snippet(body: &str, terms: &[String]) -> String {
    let words: Vec<&str> = body.split_whitespace().collect();
    let hit = |w: &str| {
        w.split(|c: char| !c.is_alphanumeric())
            .filter(|p| !p.is_empty())
            .any(|p| {
                let p = p.to_lowercase();
                terms.iter().any(|t| p.starts_with(t.as_str()))
            })
    };
    let first = words.iter().position(|w| hit(w)).unwrap_or(0);
    let start = first.saturating_sub(WINDOW / 4);
    let end = (start + WINDOW).min(words.len());
    let start = end.saturating_sub(WINDOW);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    for (i, w) in words[start..end].iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if hit(w) {
            mark(&mut out, w, terms);
        } else {
            out.push_str(w);
        }
    }
    if end < words.len() {
        out.push('…');
    }
    out
}

/// Pushes `word` with its matching part in brackets ("[walked]," for "walked,").
fn mark(out: &mut String, word: &str, terms: &[String]) {
    let mut rest = word;
    while let Some(s) = rest.find(char::is_alphanumeric) {
        let (gap, from) = rest.split_at_checked(s).unwrap_or((rest, ""));
        out.push_str(gap);
        let e = from
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(from.len());
        let (part, after) = from.split_at_checked(e).unwrap_or((from, ""));
        let lower = part.to_lowercase();
        if terms.iter().any(|t| lower.starts_with(t.as_str())) {
            out.push('[');
            out.push_str(part);
            out.push(']');
        } else {
            out.push_str(part);
        }
        rest = after;
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::{snippet, terms};

    #[test]
    fn marks_prefix_matches_in_a_window_around_the_first() {
        let t = terms("walk MEET");
        assert_eq!(
            snippet("I walked to the meeting, then home.", &t),
            "I [walked] to the [meeting], then home."
        );
        let long = format!("{} river {}", "a ".repeat(20), "b ".repeat(20));
        let s = snippet(&long, &terms("riv"));
        assert!(
            s.starts_with('…') && s.ends_with('…') && s.contains("[river]"),
            "{s}"
        );
        assert_eq!(s.split_whitespace().count(), 12);
        // Only the title matched: the body's start.
        assert_eq!(snippet("one two", &terms("zebra")), "one two");
        assert_eq!(snippet("", &terms("x")), "");
    }
}
