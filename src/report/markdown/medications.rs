//! The Markdown summary's medications section, only when the person shares their
//! medications: a table row per medication, then its changes and missed runs as a list.

use super::{header, heading};
use crate::report::md_escape as esc;
use crate::report::model::Summary;
use std::fmt::Write;

pub fn medications(o: &mut String, s: &Summary) {
    if !s.includes.medications {
        return;
    }
    heading(
        o,
        &t!("summary-medications-heading"),
        &t!("summary-medications-how"),
    );
    if s.medications.is_empty() {
        let _ = writeln!(o, "{}\n", t!("summary-medications-none"));
        return;
    }
    header(o, &crate::report::medications::columns());
    for m in &s.medications {
        let name = if m.addiction {
            format!("{} · {}", esc(&m.name), t!("summary-medication-addiction"))
        } else {
            esc(&m.name)
        };
        let taken: Vec<String> = m
            .adherence
            .iter()
            .map(|(when, figure)| format!("{}: {}", esc(when), esc(figure)))
            .collect();
        let _ = writeln!(
            o,
            "| {name} | {} | {} | {} |",
            esc(&m.schedule),
            m.prescriber.as_deref().map_or("–".into(), esc),
            taken.join("<br>")
        );
    }
    let _ = writeln!(o);
    let mut listed = false;
    for m in &s.medications {
        for (label, text) in crate::report::medications::details(m) {
            let _ = writeln!(o, "- **{}** · {label}: {}", esc(&m.name), esc(&text));
            listed = true;
        }
    }
    if listed {
        let _ = writeln!(o);
    }
}
