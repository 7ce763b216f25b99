//! Small inline SVG charts for the HTML summary: no scripts, no external resources,
//! lines told apart by dash pattern as well as colour so they survive black-and-white
//! printing.

use super::html_escape as esc;
use super::model::HaltCount;
use chrono::NaiveDate;
use std::fmt::Write;

pub struct Series<'a> {
    pub label: &'a str,
    pub values: Vec<Option<f64>>,
    /// `stroke-dasharray`, or "" for a solid line.
    pub dash: &'a str,
    pub colour: &'a str,
}

const PAD_L: f64 = 34.0;
const PAD_R: f64 = 10.0;
const PAD_T: f64 = 10.0;
const PAD_B: f64 = 34.0;

/// A line chart of one or more series over `dates` on a fixed `lo..=hi` scale.
pub fn line_chart(
    title: &str,
    series: &[Series],
    dates: &[NaiveDate],
    lo: f64,
    hi: f64,
    w: f64,
    h: f64,
) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-label="{}">"#,
        esc(title)
    );
    let plot_w = w - PAD_L - PAD_R;
    let plot_h = h - PAD_T - PAD_B;
    let n = dates.len().max(2) as f64 - 1.0;
    let x = |i: usize| PAD_L + plot_w * i as f64 / n;
    let y = |v: f64| PAD_T + plot_h * (1.0 - (v - lo) / (hi - lo));
    for v in [lo, (lo + hi) / 2.0, hi] {
        let _ = write!(
            s,
            r##"<line x1="{PAD_L}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#ccc" stroke-width="0.5"/><text x="{}" y="{:.1}" font-size="9" text-anchor="end">{v}</text>"##,
            w - PAD_R,
            PAD_L - 4.0,
            y(v) + 3.0,
            y = y(v)
        );
    }
    if let (Some(first), Some(last)) = (dates.first(), dates.last()) {
        let _ = write!(
            s,
            r#"<text x="{PAD_L}" y="{:.1}" font-size="9">{first}</text><text x="{}" y="{:.1}" font-size="9" text-anchor="end">{last}</text>"#,
            h - PAD_B + 12.0,
            w - PAD_R,
            h - PAD_B + 12.0
        );
    }
    for (k, ser) in series.iter().enumerate() {
        // Gaps (days without a value) break the line.
        let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
        for (i, v) in ser.values.iter().enumerate() {
            match v {
                Some(v) => runs.last_mut().expect("non-empty").push((x(i), y(*v))),
                None if !runs.last().expect("non-empty").is_empty() => runs.push(Vec::new()),
                None => {}
            }
        }
        for run in runs.iter().filter(|r| !r.is_empty()) {
            if run.len() == 1 {
                let _ = write!(
                    s,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="1.5" fill="{}"/>"#,
                    run[0].0, run[0].1, ser.colour
                );
                continue;
            }
            let pts: Vec<String> = run.iter().map(|(a, b)| format!("{a:.1},{b:.1}")).collect();
            let _ = write!(
                s,
                r#"<polyline fill="none" stroke="{}" stroke-width="1.5" stroke-dasharray="{}" points="{}"/>"#,
                ser.colour,
                ser.dash,
                pts.join(" ")
            );
        }
        if series.len() == 1 {
            continue;
        }
        let lx = PAD_L + 130.0 * k as f64;
        let ly = h - 8.0;
        let _ = write!(
            s,
            r#"<line x1="{lx}" x2="{}" y1="{ly}" y2="{ly}" stroke="{}" stroke-width="2" stroke-dasharray="{}"/><text x="{}" y="{}" font-size="10">{}</text>"#,
            lx + 24.0,
            ser.colour,
            ser.dash,
            lx + 28.0,
            ly + 3.0,
            esc(ser.label)
        );
    }
    s.push_str("</svg>");
    s
}

/// Horizontal bars for the HALT counts, with their figures written beside them.
pub fn bars(title: &str, items: &[HaltCount], w: f64) -> String {
    let row = 18.0;
    let h = row * items.len() as f64 + 4.0;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-label="{}">"#,
        esc(title)
    );
    let max_w = w - 200.0;
    for (i, h) in items.iter().enumerate() {
        let y = i as f64 * row + 2.0;
        // The bar is as long as the rounded percent written beside it.
        let bw = max_w * super::figures::percent_value(h.days as i64, h.of as i64) / 100.0;
        let _ = write!(
            s,
            r##"<text x="0" y="{:.1}" font-size="11">{}</text><rect x="70" y="{y:.1}" width="{bw:.1}" height="12" fill="#7a8fa6"/><text x="{:.1}" y="{:.1}" font-size="11">{}</text>"##,
            y + 10.0,
            esc(&h.name),
            76.0 + bw,
            y + 10.0,
            esc(&h.text)
        );
    }
    s.push_str("</svg>");
    s
}
