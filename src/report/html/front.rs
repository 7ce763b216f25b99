//! The summary page's first-page additions: the safety flag, the latest result of each
//! self-check scale, the headline figures against the previous period with sleep and
//! the last growth entry, and the seam for meetings and contacts.

use super::section;
use crate::domain::days;
use crate::report::html_escape as esc;
use crate::report::model::{self, Summary};
use std::fmt::Write;

pub fn safety(o: &mut String, s: &Summary) {
    if s.safety.is_empty() {
        return;
    }
    o.push_str("<section class=\"safety\"><h2>Safety flag: thoughts of self-harm</h2>");
    for f in &s.safety {
        let _ = write!(o, "<p><b>{}</b></p>", esc(&f.text));
    }
    let _ = writeln!(o, "<p>{}</p></section>", esc(model::SAFETY_POINTER));
}

pub fn changes(o: &mut String, s: &Summary) {
    let mut b = String::from(
        "<table class=\"changes\"><thead><tr><th>Figure</th><th>This period</th><th>Against the previous period</th></tr></thead><tbody>",
    );
    for h in &s.headlines {
        let _ = write!(
            b,
            "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            h.name,
            esc(&h.value),
            esc(&model::change_words(h))
        );
    }
    let _ = write!(
        b,
        "</tbody></table><p><b>Sleep:</b> {}.</p>",
        esc(&s.sleep.text)
    );
    match &s.last_growth {
        Some(l) => {
            let lesson = l
                .learned
                .as_deref()
                .map(|t| format!(" What they learned: {}", esc(t)))
                .unwrap_or_default();
            let _ = write!(
                b,
                "<p><b>Last growth entry before this period:</b> {}.{lesson}</p>",
                esc(&l.text)
            );
        }
        None => b.push_str("<p><b>Last growth entry before this period:</b> none.</p>"),
    }
    connections(&mut b, s);
    section(
        o,
        &format!("Compared with the previous {}", days(s.range_days)),
        "Each headline figure of this period beside the same figure for the period of equal length just before it. ▲ up and ▼ down are directions, not judgements; where a figure has an easier way, it is named.",
        &b,
    );
}

/// Each scale taken in the range: its latest result, band and change from the one
/// before, with a crisis answer above 0 marked on a row of its own.
pub fn latest_scales(o: &mut String, s: &Summary) {
    if s.scales.latest.is_empty() {
        return;
    }
    let mut b = String::from(
        "<table class=\"changes\"><thead><tr><th>Scale</th><th>Latest</th><th>Band</th><th>Against the one before</th></tr></thead><tbody>",
    );
    for l in &s.scales.latest {
        let r = &l.result;
        let _ = write!(
            b,
            "<tr><td>{}</td><td class=\"n\">{} ({})</td><td>{}</td><td>{}</td></tr>",
            esc(&r.instrument),
            r.score,
            r.date.format("%-d %b"),
            esc(&r.band),
            esc(&l.change)
        );
        if let Some(flag) = &r.flag {
            let _ = write!(
                b,
                "<tr class=\"flag\"><td></td><td colspan=\"3\"><b>{}</b></td></tr>",
                esc(flag)
            );
        }
    }
    b.push_str("</tbody></table>");
    section(
        o,
        "Self-checks: the latest results",
        "Each scale taken in this period, its latest score with its published band, against the result before it (which may be before this period). Screening aids, not diagnoses.",
        &b,
    );
}

/// Meetings and contacts from the connection log (nothing for someone who keeps none).
fn connections(b: &mut String, s: &Summary) {
    let c = &s.connections;
    if c.is_empty() {
        return;
    }
    let text = crate::report::connections::lines(c, s.range_days).join(" ");
    let _ = write!(b, "<p><b>Connection:</b> {}</p>", esc(&text));
}
