//! The few words around a search hit, with the matching words marked, made from the
//! entry's text in memory: the search index would read its match list again for every
//! hit shown, which for a short prefix costs more than finding the hits. The same
//! marking shows the matches in a whole text (a title, an entry read beside the list).

use crate::domain::Snippet;

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

/// Whether a run of letters and digits matches one of `terms`.
fn matches(part: &str, terms: &[String]) -> bool {
    let lower = part.to_lowercase();
    terms.iter().any(|t| lower.starts_with(t.as_str()))
}

/// Up to twelve words of `body` starting a little before the first word that matches
/// one of `terms` (the start, when only the title matched), matches marked, and "…"
/// where words were left out.
pub fn snippet(body: &str, terms: &[String]) -> Snippet {
    let words: Vec<&str> = body.split_whitespace().collect();
    let hit = |w: &str| {
        w.split(|c: char| !c.is_alphanumeric())
            .any(|p| !p.is_empty() && matches(p, terms))
    };
    let first = words.iter().position(|w| hit(w)).unwrap_or(0);
    let start = first.saturating_sub(WINDOW / 4);
    let end = (start + WINDOW).min(words.len());
    let start = end.saturating_sub(WINDOW);
    let mut out = Runs::default();
    if start > 0 {
        out.push("…", false);
    }
    for (i, w) in words[start..end].iter().enumerate() {
        if i > 0 {
            out.push(" ", false);
        }
        mark(&mut out, w, terms);
    }
    if end < words.len() {
        out.push("…", false);
    }
    Snippet(out.0)
}

/// The whole of `text` (one line of it, say) with its matches marked.
pub fn marked(text: &str, terms: &[String]) -> Snippet {
    let mut out = Runs::default();
    mark(&mut out, text, terms);
    Snippet(out.0)
}

/// Runs of text, a run joined to the one before when both are marked alike.
#[derive(Default)]
struct Runs(Vec<(String, bool)>);

impl Runs {
    fn push(&mut self, text: &str, hit: bool) {
        if text.is_empty() {
            return;
        }
        match self.0.last_mut() {
            Some((run, h)) if *h == hit => run.push_str(text),
            _ => self.0.push((text.to_string(), hit)),
        }
    }
}

/// Pushes `text` with the matching part of each word marked ("walked" of "walked,").
fn mark(out: &mut Runs, text: &str, terms: &[String]) {
    let mut rest = text;
    while let Some(s) = rest.find(char::is_alphanumeric) {
        let (gap, from) = rest.split_at_checked(s).unwrap_or((rest, ""));
        out.push(gap, false);
        let e = from
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(from.len());
        let (part, after) = from.split_at_checked(e).unwrap_or((from, ""));
        out.push(part, matches(part, terms));
        rest = after;
    }
    out.push(rest, false);
}

#[cfg(test)]
mod tests {
    use super::{marked, snippet, terms};

    #[test]
    fn marks_prefix_matches_in_a_window_around_the_first() {
        let t = terms("walk MEET");
        let s = |body: &str, t: &[String]| snippet(body, t).bracketed();
        assert_eq!(
            s("I walked to the meeting, then home.", &t),
            "I [walked] to the [meeting], then home."
        );
        let long = format!("{} river {}", "a ".repeat(20), "b ".repeat(20));
        let r = s(&long, &terms("riv"));
        assert!(
            r.starts_with('…') && r.ends_with('…') && r.contains("[river]"),
            "{r}"
        );
        assert_eq!(r.split_whitespace().count(), 12);
        // Only the title matched: the body's start.
        assert_eq!(s("one two", &terms("zebra")), "one two");
        assert_eq!(s("", &terms("x")), "");
    }

    #[test]
    fn runs_keep_the_text_and_mark_only_the_matches() {
        let m = marked("Walked, then walking-home", &terms("walk"));
        assert_eq!(m.plain(), "Walked, then walking-home");
        assert_eq!(
            m.0,
            vec![
                ("Walked".to_string(), true),
                (", then ".to_string(), false),
                ("walking".to_string(), true),
                ("-home".to_string(), false),
            ]
        );
    }
}
