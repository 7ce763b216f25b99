//! The one tag rule, for tags typed in a field or `--tag`, written inline in an entry's
//! words, and brought in from other apps.
//!
//! A tag keeps the name the person gave it, case and inner characters included, without
//! the `#` or `@` in front of it: `#walk` is the tag `walk`, `@C++` is `C++`, `#Sasha time`
//! typed in the tags field is `Sasha time`. Tags match case-insensitively: `Walk` and
//! `walk` are one tag on an entry (the first spelling given stays), and filtering by
//! `walk` finds `Walk`.
//!
//! Inline, in an entry's title or text, a tag is read as jrnl reads it (its default tag
//! symbols `#` and `@`, its characters `[-+*#/\w]`), with three differences, so ordinary
//! writing doesn't turn into tags:
//! - it starts with `#` or `@` at the start of the text or after a space: `C#`,
//!   `sam@example.org` and `https://example.org/page#top` hold none (as in jrnl);
//! - it runs over letters, digits, `_`, combining marks and `- + * # /`, so `@C++`,
//!   `#C#`, `#self-care` and `@os/2` are whole (as in jrnl); it ends at any other
//!   character, so `#walk.`, `#walk,` and `#Sam's` give `walk`, `walk` and `Sam` (as in
//!   jrnl); a `-`, `*` or `/` left at its end is dropped (`#walk-` gives `walk`; jrnl
//!   keeps it);
//! - it holds at least one letter: `#1`, `#2024` and `##` are not tags (jrnl takes them;
//!   here they are a number, a year and a Markdown heading), `#100days` is; a lone `#`
//!   is none (as in jrnl). Several symbols in front are one: `##walk` is `walk`.
//!
//! An inline tag longer than a tag may be (60 characters) is not taken as a tag.

use super::{Invalid, MAX_TAG_CHARS, check_chars};

/// What a tag is matched by: two tags with the same key are one tag.
pub fn tag_key(tag: &str) -> String {
    tag.to_lowercase()
}

/// Tidies a tag as given (typed, or in another app's list): no leading `#` or `@`,
/// single spaces inside; the case and inner characters stay.
pub fn normalize_tag(tag: &str) -> Result<String, Invalid> {
    let t = tag.trim().trim_start_matches(is_symbol).trim();
    if t.is_empty() {
        return Err(Invalid::new("tag", t!("invalid-empty")));
    }
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    check_chars("tag", &t, MAX_TAG_CHARS)?;
    Ok(t)
}

fn is_symbol(c: char) -> bool {
    c == '#' || c == '@'
}

/// Whether `c` may be inside an inline tag.
fn in_tag(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || "-+*#/".contains(c) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The tags written inline in `text`, in the order they first appear, one of each
/// (whatever its case), without their `#` or `@`.
pub fn inline_tags(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut prev_space = true;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let starts = prev_space && is_symbol(c);
        prev_space = c.is_whitespace();
        if !starts {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if !in_tag(d) {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        let raw = text.get(i..end).unwrap_or_default();
        let name = raw
            .trim_start_matches(is_symbol)
            .trim_end_matches(['-', '*', '/']);
        let fits = name.chars().count() <= MAX_TAG_CHARS;
        if fits && name.chars().any(char::is_alphabetic) {
            let key = tag_key(name);
            if !found.iter().any(|f| tag_key(f) == key) {
                found.push(name.to_string());
            }
        }
    }
    found
}

/// Tags as typed in a tags field or a `--tag`: separated by commas (a tag may hold
/// spaces: `river walk, Sasha time`); a part made only of `#`/`@` words is read as
/// those tags (`#walk #sleep`).
pub fn tag_list(typed: &str) -> Result<Vec<String>, Invalid> {
    let mut tags = Vec::new();
    for part in typed.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let words: Vec<&str> = part.split_whitespace().collect();
        let inline = inline_tags(part);
        if words.len() > 1
            && words.iter().all(|w| w.starts_with(is_symbol))
            && inline.len() == words.len()
        {
            tags.extend(inline);
        } else {
            tags.push(normalize_tag(part)?);
        }
    }
    Ok(tags)
}

/// The tags of an entry its words don't already carry inline: what a tags field shows,
/// so that taking `#walk` out of the text takes the tag `walk` off the entry.
pub fn beside_text(tags: &[String], texts: &[&str]) -> Vec<String> {
    let inline: Vec<String> = texts
        .iter()
        .flat_map(|t| inline_tags(t))
        .map(|t| tag_key(&t))
        .collect();
    tags.iter()
        .filter(|t| !inline.contains(&tag_key(t)))
        .cloned()
        .collect()
}

/// Tags given (first) and those in the words, one of each whatever its case (the first
/// spelling stays), sorted case-insensitively.
pub fn merged(given: Vec<String>, texts: &[&str]) -> Vec<String> {
    let mut tags = given;
    tags.extend(texts.iter().flat_map(|t| inline_tags(t)));
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| seen.insert(tag_key(t)));
    tags.sort_by_key(|t| tag_key(t));
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<String> {
        inline_tags(text)
    }

    #[test]
    fn the_symbol_goes_and_the_name_stays_as_written() {
        assert_eq!(tags("#walk"), ["walk"]);
        assert_eq!(tags("learning @C++ and #C# today"), ["C++", "C#"]);
        assert_eq!(tags("@Sam came by"), ["Sam"]);
        assert_eq!(tags("#self-care and @os/2"), ["self-care", "os/2"]);
        assert_eq!(tags("#散歩 then #Ärger"), ["散歩", "Ärger"]);
        assert_eq!(tags("##walk"), ["walk"]);
    }

    #[test]
    fn a_tag_ends_at_punctuation() {
        assert_eq!(tags("A #walk."), ["walk"]);
        assert_eq!(tags("#walk, #sleep; #rest!"), ["walk", "sleep", "rest"]);
        assert_eq!(tags("#Sam's idea"), ["Sam"]);
        assert_eq!(tags("(#walk) and #run-"), ["run"]);
        assert_eq!(tags("#walk… #散歩。"), ["walk", "散歩"]);
    }

    #[test]
    fn a_symbol_inside_a_word_makes_no_tag() {
        assert!(tags("C# and F#").is_empty());
        assert!(tags("mail sam@example.org").is_empty());
        assert!(tags("see https://example.org/page#top").is_empty());
    }

    #[test]
    fn numbers_headings_and_lone_symbols_are_not_tags() {
        assert!(tags("I was #1 in line in #2024").is_empty());
        assert!(tags("## Morning\n# Evening").is_empty());
        assert!(tags("a lone # and a lone @ here").is_empty());
        assert_eq!(tags("#100days"), ["100days"]);
    }

    #[test]
    fn one_of_each_whatever_its_case() {
        assert_eq!(tags("#Walk then #walk then #WALK"), ["Walk"]);
        assert_eq!(
            merged(vec!["walk".into()], &["#Walk and #sleep"]),
            ["sleep", "walk"]
        );
    }

    #[test]
    fn a_tag_too_long_is_not_taken() {
        let long = format!("#{}", "a".repeat(61));
        assert!(tags(&long).is_empty());
        assert_eq!(tags(&format!("#{}", "a".repeat(60))).len(), 1);
    }

    #[test]
    fn typed_tags_are_split_by_commas_or_symbols() {
        assert_eq!(
            tag_list("river walk, #Sleep,, @C++").unwrap(),
            ["river walk", "Sleep", "C++"]
        );
        assert_eq!(tag_list("#walk #sleep").unwrap(), ["walk", "sleep"]);
        assert_eq!(tag_list("#river walk").unwrap(), ["river walk"]);
        assert_eq!(tag_list("#1").unwrap(), ["1"]);
        assert!(tag_list(" , ").unwrap().is_empty());
        assert_eq!(normalize_tag(" #Self  Care ").unwrap(), "Self Care");
        assert_eq!(normalize_tag("@Sam").unwrap(), "Sam");
        assert!(normalize_tag("#").is_err());
    }

    #[test]
    fn the_tags_field_shows_what_the_words_dont_carry() {
        let t = vec!["Sleep".to_string(), "walk".to_string()];
        assert_eq!(beside_text(&t, &["A #Walk today"]), ["Sleep"]);
    }
}
