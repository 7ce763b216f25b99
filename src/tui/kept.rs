//! Words sync kept aside when two devices edited the same record at once, as the
//! entry view and the Check-in screen show them under the record, and the question that
//! dismisses them (asked and answered by `overlay`, like a deletion).

use super::action::Action;
use super::keymap::Mode;
use super::shared::Ctx;
use crate::store::kept::Kept;
use ratatui::text::Line;

/// The mark beside a record that has words kept aside.
pub const MARK: &str = "⇄";

/// Words kept aside about to be dismissed: which, and whose.
#[derive(Debug, Clone, PartialEq)]
pub struct Dismissal {
    pub ids: Vec<i64>,
    /// The devices that wrote them: "laptop", "laptop and desktop".
    pub devices: String,
    /// What they were kept beside: "this entry", "the check-in of 23 November".
    pub beside: String,
}

/// The devices that wrote these words, each once, in a phrase.
pub(super) fn devices(kept: &[Kept]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for k in kept {
        if !names.contains(&k.device.as_str()) {
            names.push(&k.device);
        }
    }
    match names.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => t!("tui-kept-devices", some = rest.join(", "), last = *last),
        None => String::new(),
    }
}

/// Under a record: each kept text as a dim line saying where and when it was written
/// (and which field, when it is not the main text), then its words; then the key that
/// dismisses them. Nothing when there are none.
pub fn lines(kept: &[Kept], mode: Mode, cx: &Ctx) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut lines = Vec::new();
    for k in kept {
        let field = match field_name(&k.field) {
            None => String::new(),
            Some(f) => format!(" · {f}"),
        };
        let edited = t!(
            "tui-kept-also-edited",
            device = crate::domain::one_line(&k.device, 60),
            at = &k.at
        );
        lines.push(Line::from(""));
        lines.push(Line::styled(format!("{MARK} {edited}{field}"), t.dim()));
        lines.extend(k.text.lines().map(|l| Line::from(l.to_string())));
    }
    if !kept.is_empty() {
        let x = cx.keys.key(mode, Action::Dismiss);
        lines.push(Line::from(""));
        lines.push(Line::styled(t!("tui-kept-dismiss-keys", key = x), t.dim()));
    }
    lines
}

/// The field words were kept from, as a person calls it (none for the main text).
fn field_name(field: &str) -> Option<String> {
    Some(match field {
        "body" => return None,
        "title" => t!("tui-kept-field-title"),
        "intention" => t!("tui-kept-field-intention"),
        "reflection" => t!("tui-kept-field-reflection"),
        "gratitude" => t!("tui-kept-field-gratitude"),
        "note" => t!("tui-kept-field-note"),
        other => other.replace('_', " "),
    })
}

/// The question, for the panel it takes.
pub fn question(d: &Dismissal) -> String {
    t!(
        "tui-kept-question",
        devices = &d.devices,
        beside = &d.beside
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(device: &str) -> Kept {
        Kept {
            id: 1,
            field: "body".into(),
            text: "words".into(),
            device: device.into(),
            at: "2026-11-25 20:54".into(),
        }
    }

    #[test]
    fn devices_are_named_once_each() {
        let k = [
            kept("laptop"),
            kept("desktop"),
            kept("laptop"),
            kept("phone"),
        ];
        assert_eq!(devices(&k[..1]), "laptop");
        assert_eq!(devices(&k[..3]), "laptop and desktop");
        assert_eq!(devices(&k), "laptop, desktop and phone");
    }
}
