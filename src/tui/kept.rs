//! Words sync kept aside when two devices edited the same record at once, as the
//! entry view and the Check-in screen show them under the record, and their dismissal:
//! asked first, then one write that every other device hears of at its next sync.

use super::action::Action;
use super::keymap::Mode;
use super::overlay::{Ask, Effect, Overlay};
use super::shared::Ctx;
use crate::error::Result;
use crate::store::Store;
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
fn devices(kept: &[Kept]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for k in kept {
        if !names.contains(&k.device.as_str()) {
            names.push(&k.device);
        }
    }
    match names.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
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
        let field = match k.field.as_str() {
            "body" => String::new(),
            f => format!(" · {}", f.replace('_', " ")),
        };
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!(
                "{MARK} Also edited on {} at {}{field}",
                crate::domain::one_line(&k.device, 60),
                k.at
            ),
            t.dim(),
        ));
        lines.extend(k.text.lines().map(|l| Line::from(l.to_string())));
    }
    if !kept.is_empty() {
        let x = cx.keys.key(mode, Action::Dismiss);
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!("Kept so nothing written is lost · {x} dismisses them (asks first)"),
            t.dim(),
        ));
    }
    lines
}

/// Asks before dismissing the words kept beside a record (`beside`: "this entry").
/// With none, says so.
pub fn ask_dismiss(kept: &[Kept], beside: &str, cx: &mut Ctx) -> Vec<Effect> {
    if kept.is_empty() {
        cx.say(format!(
            "No words from another device are kept beside {beside}."
        ));
        return vec![];
    }
    let d = Dismissal {
        ids: kept.iter().map(|k| k.id).collect(),
        devices: devices(kept),
        beside: beside.to_string(),
    };
    vec![Effect::Push(Overlay::Confirm(Ask::Dismiss(d)))]
}

/// The question, for the panel it takes.
pub fn question(d: &Dismissal) -> String {
    format!(
        "Dismiss the words from {} kept beside {}? They are not in it now, and once dismissed no device keeps them.",
        d.devices, d.beside
    )
}

/// After the question: dismissed in one write (sync carries it to the other devices),
/// or kept.
pub fn answer(d: &Dismissal, yes: bool, cx: &mut Ctx, store: &Store) -> Result<Vec<Effect>> {
    if !yes {
        cx.say(format!("Kept the words from {}.", d.devices));
        return Ok(vec![]);
    }
    store.write(|tx| d.ids.iter().try_for_each(|&id| tx.sync_dismiss(id)))?;
    cx.say(format!("Dismissed the words from {}.", d.devices));
    Ok(vec![Effect::Reload])
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
