//! The summary page's medications section, only when the person shares their
//! medications: a row per medication with its dose and schedule, its prescriber and its
//! doses taken of doses scheduled, and a row beneath for its changes and missed runs.

use super::{head, section};
use crate::report::html_escape as esc;
use crate::report::model::{MedicationLine, Summary};
use std::fmt::Write;

pub fn medications(o: &mut String, s: &Summary) {
    if !s.includes.medications {
        return;
    }
    let mut b = String::new();
    if s.medications.is_empty() {
        let _ = write!(b, "<p>{}</p>", t!("summary-medications-none"));
    } else {
        b.push_str("<table class=\"meds\">");
        head(&mut b, &crate::report::medications::columns());
        b.push_str("<tbody>");
        for m in &s.medications {
            row(&mut b, m);
        }
        b.push_str("</tbody></table>");
    }
    section(
        o,
        &t!("summary-medications-heading"),
        &t!("summary-medications-how"),
        &b,
    );
}

fn row(b: &mut String, m: &MedicationLine) {
    let taken: Vec<String> = m
        .adherence
        .iter()
        .map(|(when, figure)| format!("{}: {}", esc(when), esc(figure)))
        .collect();
    let _ = write!(
        b,
        "<tr><td><b>{}</b>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        esc(&m.name),
        if m.addiction {
            format!("<br>{}", t!("summary-medication-addiction"))
        } else {
            String::new()
        },
        esc(&m.schedule),
        m.prescriber.as_deref().map_or("–".into(), esc),
        taken.join("<br>")
    );
    let more = crate::report::medications::details(m);
    if !more.is_empty() {
        let more: Vec<String> = more
            .iter()
            .map(|(label, text)| format!("<b>{label}:</b> {}", esc(text)))
            .collect();
        let _ = write!(
            b,
            "<tr class=\"more\"><td></td><td colspan=\"3\">{}</td></tr>",
            more.join("<br>")
        );
    }
}
