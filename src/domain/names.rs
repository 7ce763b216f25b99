//! When a name typed is close to one tend knows (a person's, a meeting's): "sam" and
//! "Sam K.", "Zoe" and "Zoë", "Tuesday grop" and "Tuesday group". Close names are
//! offered ("Did you mean Sam K.?") before a new record is made for a typo.
//!
//! Two names are compared folded: lower case, accents dropped (é is e), punctuation
//! dropped, blanks made single. They are close when, folded, they are the same; or one
//! begins the other and is at least two letters long ("sam" begins "sam k", "tues"
//! begins "tuesday group"); or one becomes the other by changing, adding or dropping a
//! letter (two letters when both are longer than five).

/// `name` folded for comparing: lower case, accents dropped, punctuation dropped,
/// blanks made single.
pub fn folded(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(unaccented(c));
        } else if c.is_whitespace() && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_string()
}

/// The letter without its accent, for the Latin letters that carry one.
fn unaccented(c: char) -> char {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžśšşťłđ";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzsssttld";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// How close `typed` is to `name`: `None` when not close, else a rank (0 is closest:
/// the same folded; 1: one begins the other; 2 and up: letters changed, plus one).
pub fn closeness(typed: &str, name: &str) -> Option<usize> {
    let (a, b) = (folded(typed), folded(name));
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        return Some(0);
    }
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short.chars().count() >= 2 && long.starts_with(short.as_str()) {
        return Some(1);
    }
    let allowed = if short.chars().count() > 5 { 2 } else { 1 };
    let d = edits(&a, &b);
    (d <= allowed).then_some(d + 1)
}

/// The names close to `typed`, closest first (then in the order given), by index.
pub fn close_to<'a>(typed: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
    let mut found: Vec<(usize, usize)> = names
        .into_iter()
        .enumerate()
        .filter_map(|(i, n)| closeness(typed, n).map(|rank| (rank, i)))
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(_, i)| i).collect()
}

/// How many letters to change, add or drop to make `a` into `b` (Levenshtein).
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != *cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_compared_without_case_accents_punctuation_or_extra_blanks() {
        assert_eq!(folded("  Sam   K. "), "sam k");
        assert_eq!(folded("Zoë"), "zoe");
        assert_eq!(folded("JOSÉ-María"), "josemaria");
        assert_eq!(closeness("sam", "Sam"), Some(0));
        assert_eq!(closeness("zoe", "Zoë"), Some(0));
    }

    #[test]
    fn a_beginning_or_a_small_slip_is_close_and_anything_else_is_not() {
        assert_eq!(closeness("sam", "Sam K."), Some(1), "a prefix");
        assert_eq!(closeness("Sam K.", "sam"), Some(1), "either way round");
        assert_eq!(closeness("Tuesday", "Tuesday group"), Some(1));
        assert_eq!(closeness("Tuesday grop", "Tuesday group"), Some(2));
        assert_eq!(
            closeness("Tusday grup", "Tuesday group"),
            Some(3),
            "two slips in a long name"
        );
        assert_eq!(
            closeness("Jon", "John"),
            Some(2),
            "one letter in a short name"
        );
        assert_eq!(
            closeness("Jan", "John"),
            None,
            "two letters in a short name"
        );
        assert_eq!(closeness("Robin", "Sam K."), None);
        assert_eq!(closeness("S", "Sam"), None, "one letter begins too much");
        assert_eq!(closeness("", "Sam"), None);
        assert_eq!(closeness("...", "Sam"), None);
    }

    #[test]
    fn the_closest_comes_first() {
        let names = ["Samantha", "Sam K.", "Pam", "Robin"];
        assert_eq!(close_to("sam k", names), [1]);
        assert_eq!(close_to("sam", names), [0, 1, 2], "prefixes before a slip");
        assert!(close_to("Lee", names).is_empty());
    }
}
