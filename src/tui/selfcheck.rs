//! Taking a self-check scale: one item at a time; a number key answers, ↑↓ and Enter
//! choose, Backspace or ← goes back to change an answer. The result is saved in one
//! write when the last item is answered. PHQ-9 item 9 above 0 opens the crisis plan.

use super::action::Action;
use super::crisis::item_nine_note;
use super::keymap::Mode;
use super::shared::Ctx;
use super::step::{Done, Step};
use super::theme::Theme;
use super::widgets::wrapped_rows;
use crate::domain::scales::{self, Scale, not_a_diagnosis};
use crate::error::Result;
use crate::store::Store;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

#[derive(Debug, Clone)]
pub struct Taking {
    pub scale: &'static Scale,
    pub answers: Vec<u8>,
    /// The marked answer of the current item (an index into its answers).
    pub mark: usize,
}

impl Taking {
    pub fn new(scale: &'static Scale) -> Taking {
        Taking {
            scale,
            answers: Vec::new(),
            mark: 0,
        }
    }

    /// The item being asked (0-based).
    pub fn item(&self) -> usize {
        self.answers.len()
    }

    /// One key while the scale is being taken.
    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Step> {
        let i = self.item();
        let offered = self.scale.answers_for(i);
        let pick = match action {
            Action::Digit(d) => offered.iter().any(|a| a.0 == d).then_some(d),
            Action::Open => Some(offered[self.mark].0),
            Action::Up | Action::Down => {
                let last = offered.len() - 1;
                self.mark = if action == Action::Up {
                    self.mark.saturating_sub(1)
                } else {
                    (self.mark + 1).min(last)
                };
                None
            }
            Action::Erase | Action::Left => {
                if let Some(v) = self.answers.pop() {
                    let before = self.scale.answers_for(self.item());
                    self.mark = before.iter().position(|a| a.0 == v).unwrap_or(0);
                }
                None
            }
            Action::Back if self.answers.is_empty() => {
                cx.say(t!("tui-self-check-nothing-saved"));
                return Ok(Step::Close);
            }
            Action::Back => return Ok(Step::AskDiscard { answers: true }),
            Action::Crisis => return Ok(Step::Crisis(None)),
            Action::Help => return Ok(Step::Help(Mode::SelfCheck)),
            _ => None,
        };
        let Some(v) = pick else {
            return Ok(Step::Stay);
        };
        self.answers.push(v);
        self.mark = 0;
        if self.answers.len() < self.scale.items.len() {
            let crisis_now = self.scale.is_crisis_item(i) && v > 0;
            return Ok(if crisis_now {
                Step::Crisis(Some(item_nine_note()))
            } else {
                Step::Stay
            });
        }
        self.finish(cx, store).inspect_err(|_| {
            self.answers.pop();
        })
    }

    /// Saves the answers in one write and shows the result (and the crisis plan when
    /// item 9 was above 0).
    fn finish(&self, cx: &mut Ctx, store: &Store) -> Result<Step> {
        let (score, band) = self.scale.result(&self.answers)?;
        let name = &self.scale.name;
        store.write(|w| w.add_assessment(name, cx.today, &self.answers, score, &band))?;
        let max = self.scale.range().1;
        cx.say(t!(
            "tui-self-check-saved",
            scale = name,
            score = score,
            max = max,
            band = scales::band_text(&band)
        ));
        let at = scales::all()
            .iter()
            .position(|s| s.name == *name)
            .unwrap_or(0);
        let crisis = self.scale.needs_crisis(&self.answers);
        Ok(Step::Done(Done {
            self_checks: Some(at),
            crisis: crisis.then(item_nine_note),
            ..Done::default()
        }))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        draw(self, &cx.theme, f, area);
    }
}

/// One item of the scale being taken, with its answers and where the person is. When
/// the window is short the scale's heading goes first, then the answers scroll so the
/// marked one stays in sight; the screening-aid line and attribution always show.
fn draw(t: &Taking, th: &Theme, f: &mut Frame, area: Rect) {
    // The words of the version shown; the numbers are the same in every version.
    let s = t.scale.shown();
    let i = t.item().min(s.items.len() - 1);
    let dots: String = (0..s.items.len())
        .map(|k| if k < t.answers.len() { '●' } else { '○' })
        .collect();
    let title = t!(
        "tui-self-check-title",
        scale = &s.name,
        item = i + 1,
        items = s.items.len(),
        dots = dots
    );
    let block = Block::bordered().title(format!(" {title} "));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let rows = |lines: &[Line]| wrapped_rows(lines, inner.width);
    let mut foot = vec![
        Line::styled(not_a_diagnosis(), th.calm()),
        Line::styled(s.attribution.clone(), th.dim()),
    ];
    if let Some(note) = t.scale.english_note() {
        foot.push(Line::styled(note, th.dim()));
    }
    let [body, bottom] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(rows(&foot) as u16)]).areas(inner);
    let header = vec![
        Line::styled(s.title.clone(), th.accent()),
        Line::from(s.question.clone()),
        Line::from(""),
    ];
    let item = vec![
        Line::styled(s.items[i].text.clone(), th.accent()),
        Line::from(""),
    ];
    let mut answers = Vec::new();
    let mut through_mark = 0;
    for (k, (v, label)) in s.answers_for(i).iter().enumerate() {
        if k == t.mark {
            answers.push(Line::styled(format!("› {v}  {label}"), th.selected()));
            through_mark = rows(&answers);
        } else {
            answers.push(Line::from(format!("  {v}  {label}")));
        }
    }
    let wrap = Wrap { trim: false };
    if rows(&header) + rows(&item) + rows(&answers) <= body.height as usize {
        let all = [header, item, answers].concat();
        f.render_widget(Paragraph::new(all).wrap(wrap), body);
    } else {
        // Short on room: the item stays, the answers scroll under it.
        let [top, list] =
            Layout::vertical([Constraint::Length(rows(&item) as u16), Constraint::Min(1)])
                .areas(body);
        let scroll = through_mark.saturating_sub(list.height as usize);
        f.render_widget(Paragraph::new(item).wrap(wrap), top);
        f.render_widget(
            Paragraph::new(answers)
                .wrap(wrap)
                .scroll((scroll as u16, 0)),
            list,
        );
    }
    f.render_widget(Paragraph::new(foot).wrap(wrap), bottom);
}
