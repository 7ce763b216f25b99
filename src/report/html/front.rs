//! The summary page's first-page additions: the safety flag, the headline figures
//! against the previous period with sleep and the last growth entry, and the seam for
//! meetings and contacts.

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
            esc(&h.change)
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
        "Each headline figure of this period beside the same figure for the period of equal length just before it.",
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
