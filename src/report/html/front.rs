//! The summary page's first-page additions: the safety flag, the latest result of each
//! self-check scale, the headline figures against the previous period with sleep and
//! the last growth entry, and the seam for meetings and contacts.

use super::{head, section};
use crate::catalog::{self, DateForm};
use crate::report::html_escape as esc;
use crate::report::model::{self, Summary};
use std::fmt::Write;

pub fn safety(o: &mut String, s: &Summary) {
    let lines = s.safety_lines();
    if lines.is_empty() {
        return;
    }
    let _ = write!(
        o,
        "<section class=\"safety\"><h2>{}</h2>",
        s.safety_heading()
    );
    for text in lines {
        let _ = write!(o, "<p><b>{}</b></p>", esc(text));
    }
    let _ = writeln!(o, "<p>{}</p></section>", esc(&model::safety_pointer()));
}

pub fn changes(o: &mut String, s: &Summary) {
    let mut b = String::from("<table class=\"changes\">");
    head(
        &mut b,
        &[
            t!("summary-col-figure"),
            t!("summary-col-this-period"),
            t!("summary-col-against-previous"),
        ],
    );
    b.push_str("<tbody>");
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
        "</tbody></table><p><b>{}:</b> {}.</p>",
        t!("summary-sleep-label"),
        esc(&s.sleep.text)
    );
    let last = t!("summary-last-growth-label");
    match &s.last_growth {
        Some(l) => {
            let lesson = l
                .learned
                .as_deref()
                .map(|t| format!(" {}", t!("summary-last-growth-lesson", lesson = esc(t))))
                .unwrap_or_default();
            let _ = write!(b, "<p><b>{last}:</b> {}.{lesson}</p>", esc(&l.text));
        }
        None => {
            let _ = write!(
                b,
                "<p><b>{last}:</b> {}.</p>",
                t!("summary-last-growth-none")
            );
        }
    }
    connections(&mut b, s);
    section(
        o,
        &t!(
            "summary-changes-heading",
            days = t!("days", count = s.range_days)
        ),
        &t!("summary-html-changes-how"),
        &b,
    );
}

/// Each scale taken in the range: its latest result, band and change from the one
/// before, with a crisis answer above 0 marked on a row of its own.
pub fn latest_scales(o: &mut String, s: &Summary) {
    if s.scales.latest.is_empty() {
        return;
    }
    let mut b = String::from("<table class=\"changes\">");
    head(
        &mut b,
        &[
            t!("summary-col-scale"),
            t!("summary-col-latest"),
            t!("summary-col-band"),
            t!("summary-col-against-before"),
        ],
    );
    b.push_str("<tbody>");
    for l in &s.scales.latest {
        let r = &l.result;
        let _ = write!(
            b,
            "<tr><td>{}</td><td class=\"n\">{} ({})</td><td>{}</td><td>{}</td></tr>",
            esc(&r.instrument),
            r.score,
            catalog::date(r.date, DateForm::DayMonShort),
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
        &t!("summary-latest-heading"),
        &t!("summary-html-latest-how"),
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
    let _ = write!(
        b,
        "<p><b>{}:</b> {}</p>",
        t!("summary-connection-label"),
        esc(&text)
    );
}
