//! Stored text never drives the terminal: escape sequences (OSC 52 clipboard, OSC 0
//! title, CSI), C1 controls and bidi overrides in stored text reach plain output only
//! as visible escapes, while `--json` and exports keep the exact text.

mod common;

use common::Env;

const HOSTILE: &str = "Clip\u{1b}]52;c;aGVsbG8=\u{7} title\u{1b}]0;pwned\u{7} red\u{1b}[31m c1\u{9b}2J bidi\u{202E}txet\u{2066}x";

fn raw_controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| {
            (c.is_control() && *c != '\n' && *c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

#[test]
fn plain_output_shows_escapes_instead_of_running_them() {
    let env = Env::new();
    env.ok(&["journal", "add", HOSTILE, "--title", HOSTILE]);
    env.ok(&["commitment", "add", HOSTILE, "--start", "2026-01-01"]);
    env.ok(&[
        "goal",
        "add",
        HOSTILE,
        "--domain",
        "social",
        "--per-week",
        "3",
    ]);
    env.ok(&["trigger", "add", HOSTILE, "--category", "feelings"]);
    env.ok(&["plan", "add", "reasons", HOSTILE]);
    for args in [
        &["journal", "list"][..],
        &["journal", "show", "1"],
        &["journal", "search", "Clip"],
        &["goal", "list"],
        &["trigger", "list"],
        &["plan", "show"],
        &["commitment", "list"],
        &["stats"],
        &["profile", "show"],
    ] {
        let out = env.ok(args);
        assert_eq!(
            raw_controls(&out),
            vec![],
            "tend {args:?} printed raw controls:\n{out}"
        );
    }
    let shown = env.ok(&["journal", "show", "1"]);
    assert!(shown.contains("\\x1b]52;c;aGVsbG8=\\x07"), "{shown}");
    assert!(shown.contains("bidi<U+202E>txet<U+2066>x"), "{shown}");
}

#[test]
fn json_and_exports_keep_the_exact_text_with_nothing_raw() {
    let env = Env::new();
    env.ok(&["journal", "add", HOSTILE]);
    let out = env.ok(&["journal", "list", "--json"]);
    assert_eq!(raw_controls(&out), vec![], "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["body"], HOSTILE, "the exact text survives");
    let data = env.ok(&["export", "data"]);
    assert_eq!(raw_controls(&data), vec![]);
    assert!(
        data.contains("\\u001b]52") && data.contains("\\u202e"),
        "escaped the JSON way"
    );
}
