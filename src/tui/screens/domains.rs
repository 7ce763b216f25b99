//! Domains: one tab per life domain the settings show, with its rating over the last
//! 90 check-ins, its goals, its coping steps and its recent journal entries.

use super::{Handled, fit_tabs, tab_row};
use crate::domain::{JournalEntry, LifeDomain, one_line};
use crate::error::Result;
use crate::store::{JournalFilter, Store};
use crate::tui::action::{Action, Screen};
use crate::tui::keymap::Mode;
use crate::tui::shared::Ctx;
use crate::tui::widgets::para;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Sparkline};

#[derive(Debug, Default)]
pub struct DomainsScreen {
    /// Which of the shown domains (an index into the settings' list).
    pub shown: usize,
    /// The domain's five newest journal entries.
    entries: Vec<JournalEntry>,
}

impl DomainsScreen {
    fn domain(&self, cx: &Ctx) -> LifeDomain {
        let d = &cx.prefs.domains;
        d[self.shown.min(d.len() - 1)]
    }

    pub fn load(&mut self, cx: &Ctx, store: &Store) -> Result<()> {
        self.entries = store.journal(&JournalFilter {
            domain: Some(self.domain(cx)),
            limit: Some(5),
            ..Default::default()
        })?;
        Ok(())
    }

    pub fn handle(&mut self, action: Action, cx: &Ctx, store: &Store) -> Result<Handled> {
        let last = cx.prefs.domains.len() - 1;
        self.shown = match action {
            Action::Left => self.shown.saturating_sub(1),
            Action::Right => (self.shown + 1).min(last),
            _ => return Ok(None),
        };
        self.load(cx, store)?;
        Ok(Some(vec![]))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let t = &cx.theme;
        let d = self.domain(cx);
        let names: Vec<_> = cx.prefs.domains.iter().map(|x| x.title()).collect();
        let current = cx.prefs.domains.iter().position(|x| *x == d).unwrap_or(0);
        let [head, chart, rest] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(6),
            Constraint::Min(1),
        ])
        .areas(area);
        f.render_widget(
            fit_tabs(tab_row(&names, current, t), current, head.width),
            head,
        );
        trend(cx, d, f, chart);
        let mut lines = vec![Line::styled(t!("domains-goals"), t.accent())];
        let goals: Vec<_> = cx
            .data
            .goals
            .iter()
            .filter(|(g, _, _)| g.domain == d)
            .collect();
        if goals.is_empty() {
            let key = cx
                .keys
                .key(Mode::Screen(Screen::Domains), Action::Go(Screen::Goals));
            let none = t!("domains-no-goals", key = key);
            lines.push(Line::styled(format!("  {none}"), t.dim()));
        }
        for (g, p, _) in goals {
            lines.push(Line::from(format!(
                "  {} ({}/{}, {})",
                g.title,
                p.done,
                p.target,
                g.status.label()
            )));
        }
        lines.push(Line::styled(t!("domains-coping"), t.accent()));
        let coping: Vec<_> = cx
            .data
            .coping
            .iter()
            .filter(|c| c.domain == Some(d))
            .collect();
        if coping.is_empty() {
            lines.push(Line::styled(
                format!("  {}", t!("domains-no-coping")),
                t.dim(),
            ));
        }
        for c in coping {
            lines.push(Line::from(format!("  • {}", c.name)));
        }
        lines.push(Line::styled(t!("domains-recent"), t.accent()));
        for e in &self.entries {
            let text = one_line(e.title.as_deref().unwrap_or(&e.body), 60);
            lines.push(Line::from(format!("  {}  {text}", e.date)));
        }
        let keys = cx.keys.keys(
            Mode::Screen(Screen::Domains),
            &[Action::Left, Action::Right],
        );
        f.render_widget(para(lines, &t!("domains-switch", keys = keys)), rest);
    }
}

/// The domain's rating over the last 90 check-ins, with its 30-check-in average.
fn trend(cx: &Ctx, d: LifeDomain, f: &mut Frame, area: Rect) {
    let w = area.width.saturating_sub(2) as usize;
    let checkins = &cx.data.checkins;
    let values: Vec<u64> = checkins
        .iter()
        .rev()
        .take(90)
        .rev()
        .map(|c| u64::from(c.rating(d).unwrap_or(0)))
        .collect();
    let recent: Vec<f64> = checkins
        .iter()
        .rev()
        .take(30)
        .filter_map(|c| c.rating(d))
        .map(f64::from)
        .collect();
    let avg = if recent.is_empty() {
        t!("domains-no-ratings")
    } else {
        let mean = recent.iter().sum::<f64>() / recent.len() as f64;
        t!(
            "domains-average",
            average = crate::catalog::decimal(mean, 1)
        )
    };
    let title = t!(
        "domains-trend",
        domain = d.title(),
        average = avg,
        count = values.len()
    );
    let title = crate::tui::widgets::fit_title(&title, area.width);
    f.render_widget(
        Sparkline::default()
            .data(super::progress::fit(&values, w))
            .max(10)
            .style(cx.theme.calm())
            .block(Block::bordered().title(title)),
        area,
    );
}
