//! Journal: the list (newest first, or search results or a filter), a preview on wide
//! terminals, reading one entry, typing a search, choosing a tag. The screen loads its
//! own page of entries; the editor is an overlay (`tui::writer`). Search hits show a
//! snippet with the searched words marked, and which hit is selected of how many.

use super::entry::Reading;
use super::tag_picker::{Picked, Step, TagPicker};
use super::{Handled, hints};
use crate::catalog::{DateForm, date};
use crate::domain::{JournalEntry, LifeDomain, RecordKind, Snippet, one_line};
use crate::error::Result;
use crate::store::snippet::{marked, terms};
use crate::store::{JournalFilter, Store, fts_query};
use crate::tui::action::{Action, Screen};
use crate::tui::kept;
use crate::tui::keymap::Mode;
use crate::tui::overlay::{Effect, Overlay, ask_delete};
use crate::tui::shared::Ctx;
use crate::tui::widgets::{Cursor, list_panel_of, para};
use crate::tui::writer::{ExternalEdit, Writer};
use chrono::{Datelike, Months, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// How many entries a page holds; moving past the last loads the next.
pub const PAGE: usize = 200;

/// Which journal entries the Journal screen lists.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalView {
    pub search: Option<String>,
    pub domain: Option<LifeDomain>,
    pub tag: Option<String>,
    /// The first day of the month shown, when filtering by date.
    pub month: Option<NaiveDate>,
    pub limit: usize,
}

impl Default for JournalView {
    fn default() -> Self {
        JournalView {
            search: None,
            domain: None,
            tag: None,
            month: None,
            limit: PAGE,
        }
    }
}

#[derive(Debug, Default)]
pub struct JournalScreen {
    pub view: JournalView,
    pub entries: Vec<JournalEntry>,
    /// Each hit's snippet, beside `entries`, when the list is a search's.
    pub snippets: Vec<Snippet>,
    /// How many entries the search finds, counted once per search.
    pub found: usize,
    pub cursor: Cursor,
    /// Reading the entry under the cursor.
    pub reading: Option<Reading>,
    /// A search being typed.
    pub typing: Option<String>,
    /// Choosing a tag from every tag in use.
    pub picking: Option<TagPicker>,
}

/// The last day of the month that starts on `first`.
fn month_end(first: NaiveDate) -> NaiveDate {
    first.checked_add_months(Months::new(1)).expect("in range") - chrono::Duration::days(1)
}

/// The next item after `current` in `all` (`same` tells them apart), wrapping to none
/// after the last.
fn cycle<T: Clone>(all: &[T], current: &Option<T>, same: impl Fn(&T, &T) -> bool) -> Option<T> {
    match current {
        None => all.first().cloned(),
        Some(c) => all
            .iter()
            .position(|x| same(x, c))
            .and_then(|i| all.get(i + 1))
            .cloned(),
    }
}

impl JournalScreen {
    pub fn enter(&mut self) {
        *self = JournalScreen::default();
    }

    pub fn mode(&self) -> Mode {
        match (&self.typing, &self.reading, &self.picking) {
            (Some(_), _, _) => Mode::Searching,
            (None, Some(_), _) => Mode::Reading,
            (None, None, Some(_)) => Mode::PickingTag,
            (None, None, None) => Mode::Screen(Screen::Journal),
        }
    }

    fn ids(&self) -> Vec<Option<i64>> {
        self.entries.iter().map(|e| Some(e.id)).collect()
    }

    /// Reads the page the view asks for, and counts a search's hits.
    pub fn load(&mut self, store: &Store) -> Result<()> {
        self.read(store, true)
    }

    /// Reads the page the view asks for; `count`: a search's hits counted again (not
    /// for the next page of the same search).
    fn read(&mut self, store: &Store, count: bool) -> Result<()> {
        let v = &self.view;
        self.snippets.clear();
        self.entries = match &v.search {
            Some(q) => {
                let hits = if count {
                    let (hits, found) = store.journal_search_counted(q, v.limit)?;
                    self.found = found;
                    hits
                } else {
                    store.journal_search(q, v.limit)?
                };
                hits.into_iter()
                    .map(|h| {
                        self.snippets.push(h.snippet);
                        h.entry
                    })
                    .collect()
            }
            None => store.journal(&JournalFilter {
                domain: v.domain,
                tag: v.tag.clone(),
                from: v.month,
                to: v.month.map(month_end),
                limit: Some(v.limit),
                offset: 0,
            })?,
        };
        let ids = self.ids();
        self.cursor.follow(&ids);
        if let Some(r) = &mut self.reading {
            r.reread(self.entries.get(self.cursor.index), store)?;
        }
        Ok(())
    }

    /// Whether words kept aside from another device are on screen.
    pub fn shows_kept(&self) -> bool {
        self.reading.as_ref().is_some_and(|r| !r.kept.is_empty())
    }

    /// Puts the cursor on a saved entry.
    pub fn show(&mut self, id: i64) {
        let ids = self.ids();
        self.cursor = Cursor::default();
        self.cursor.on(id, &ids);
    }

    fn selected(&self) -> Option<&JournalEntry> {
        self.entries.get(self.cursor.index)
    }

    /// A new view, from the top.
    fn refilter(&mut self, view: JournalView, store: &Store) -> Result<()> {
        self.view = view;
        self.cursor = Cursor::default();
        self.load(store)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        if let Some(q) = self.typing.take() {
            return self.search_key(q, action, cx, store);
        }
        if self.reading.is_some() {
            return self.reading_key(action, cx, store);
        }
        if self.picking.is_some() {
            return self.picking_key(action, store);
        }
        let effects = match action {
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last => {
                self.cursor.apply(action, &self.ids());
                if self.cursor.index + 1 >= self.view.limit {
                    self.view.limit += PAGE; // the next page
                    self.read(store, false)?;
                }
                vec![]
            }
            Action::Open if self.selected().is_some() => {
                self.reading = Some(Reading::open(self.selected(), store)?);
                vec![]
            }
            Action::Edit => vec![self.external()],
            Action::New => vec![Effect::Push(Overlay::Writer(Box::new(Writer::new(
                None, cx,
            ))))],
            Action::Delete => match self.selected() {
                Some(e) => ask_delete(RecordKind::Journal, e.id, store)?,
                None => vec![],
            },
            Action::Pin => match self.selected() {
                Some(e) => {
                    let e = store.write(|w| w.pin_journal(e.id, !e.pinned))?;
                    cx.say(if e.pinned {
                        t!("journal-pinned", mark = JournalEntry::PIN_MARK)
                    } else {
                        t!("journal-unpinned")
                    });
                    self.load(store)?;
                    vec![Effect::Reload]
                }
                None => vec![],
            },
            Action::Search => {
                self.typing = Some(String::new());
                vec![]
            }
            Action::PickTag | Action::FilterTag => {
                self.tag_key(action, cx, store)?;
                vec![]
            }
            Action::FilterDomain | Action::Month(_) => {
                let view = self.filtered(action, cx.today);
                self.refilter(view, store)?;
                vec![]
            }
            Action::Back if self.view != JournalView::default() => {
                self.refilter(JournalView::default(), store)?;
                vec![]
            }
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    /// `t`: the next tag in use (after the last, every entry again); `T`: the picker.
    fn tag_key(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<()> {
        if action == Action::PickTag {
            let tags = store.journal_tags_in_use()?;
            if tags.is_empty() {
                cx.say(t!("journal-no-tags"));
            } else {
                self.picking = Some(TagPicker::new(tags, self.view.tag.as_deref()));
            }
            return Ok(());
        }
        let tags = store.journal_tag_names()?;
        if tags.is_empty() {
            cx.say(t!("journal-no-tags"));
            return Ok(());
        }
        let same = |a: &String, b: &String| a.to_lowercase() == b.to_lowercase();
        let view = JournalView {
            search: None,
            tag: cycle(&tags, &self.view.tag, same),
            ..self.view.clone()
        };
        self.refilter(view, store)
    }

    /// A key in the tag picker: Enter shows the tag's entries (or every entry).
    fn picking_key(&mut self, action: Action, store: &Store) -> Result<Handled> {
        let Some(p) = &mut self.picking else {
            return Ok(None);
        };
        match p.handle(action) {
            Step::Stay => {}
            Step::Close => self.picking = None,
            Step::Chose(picked) => {
                self.picking = None;
                let view = JournalView {
                    search: None,
                    tag: match picked {
                        Picked::All => None,
                        Picked::Tag(t) => Some(t),
                    },
                    ..self.view.clone()
                };
                self.refilter(view, store)?;
            }
        }
        Ok(Some(vec![]))
    }

    /// The view after a filter key: the next domain, or a month back or on.
    fn filtered(&self, action: Action, today: NaiveDate) -> JournalView {
        let mut view = JournalView {
            search: None,
            ..self.view.clone()
        };
        match action {
            Action::FilterDomain => {
                view.domain = cycle(LifeDomain::ALL, &self.view.domain, PartialEq::eq)
            }
            Action::Month(forward) => {
                let this_month = today.with_day(1).expect("day 1");
                view.month = Some(match self.view.month {
                    None => this_month,
                    Some(m) if forward => m
                        .checked_add_months(Months::new(1))
                        .expect("in range")
                        .min(this_month),
                    Some(m) => m.checked_sub_months(Months::new(1)).expect("in range"),
                });
            }
            _ => {}
        }
        view
    }

    fn external(&self) -> Effect {
        let e = self.selected();
        Effect::External(ExternalEdit {
            entry_id: e.map(|e| e.id),
            text: e.map(|e| e.body.clone()).unwrap_or_default(),
        })
    }

    fn reading_key(&mut self, action: Action, cx: &mut Ctx, store: &Store) -> Result<Handled> {
        let Some(reading) = &mut self.reading else {
            return Ok(None);
        };
        let effects = match action {
            Action::Back => {
                self.reading = None;
                vec![]
            }
            Action::Up | Action::Down => {
                self.cursor.step(action == Action::Down, &self.ids());
                self.reading = Some(Reading::open(self.selected(), store)?);
                vec![]
            }
            Action::PageUp | Action::PageDown | Action::First | Action::Last => {
                reading.scroll.apply(action);
                vec![]
            }
            Action::Dismiss => {
                let beside = t!("journal-dismiss-beside");
                crate::tui::overlay::ask_dismiss(&reading.kept, &beside, cx)
            }
            Action::Edit => vec![self.external()],
            Action::Open => {
                let w = Writer::new(self.selected(), cx);
                vec![Effect::Push(Overlay::Writer(Box::new(w)))]
            }
            _ => return Ok(None),
        };
        Ok(Some(effects))
    }

    fn search_key(
        &mut self,
        mut q: String,
        action: Action,
        cx: &mut Ctx,
        store: &Store,
    ) -> Result<Handled> {
        match action {
            Action::Type(c) => q.push(c),
            Action::Erase => {
                q.pop();
            }
            Action::Back => return Ok(Some(vec![])),
            Action::Open => {
                if fts_query(&q).is_some() {
                    let view = JournalView {
                        search: Some(q),
                        ..JournalView::default()
                    };
                    self.refilter(view, store)?;
                    if self.entries.is_empty() {
                        let esc = cx.keys.key(Mode::Screen(Screen::Journal), Action::Back);
                        cx.say(t!("journal-no-match-search", key = esc));
                    }
                }
                return Ok(Some(vec![]));
            }
            _ => {}
        }
        self.typing = Some(q);
        Ok(Some(vec![]))
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        if let Some(r) = &self.reading
            && let Some(e) = self.selected()
        {
            return r.render(e, cx, f, area);
        }
        if let Some(p) = &self.picking {
            return p.render(cx, f, area);
        }
        let title = self.title(cx);
        let t = &cx.theme;
        let mode = Mode::Screen(Screen::Journal);
        if self.entries.is_empty() {
            let text = if self.view == JournalView::default() && self.typing.is_none() {
                t!("journal-empty", key = cx.keys.key(mode, Action::New))
            } else {
                t!("journal-no-match")
            };
            f.render_widget(para(vec![Line::from(text)], &title), area);
            return;
        }
        let wide = area.width >= 100;
        let [left, preview] = if wide {
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
        } else {
            [area, Rect::default()]
        };
        let max = left.width.saturating_sub(18) as usize;
        let rows = self.entries.iter().map(|e| self.row(e, max, cx));
        if self.view.search.is_some() {
            f.render_widget(self.hits_panel(rows.collect(), cx, left, &title), left);
        } else {
            let rows = rows.map(|(lead, words)| lead + &words).collect();
            let more = self.entries.len() >= self.view.limit;
            let panel = list_panel_of(rows, self.cursor.index, left, t, &title, more);
            f.render_widget(panel, left);
        }
        if wide && let Some(e) = self.selected() {
            let terms = terms(self.view.search.as_deref().unwrap_or_default());
            let mut lines: Vec<Line> = e
                .body
                .lines()
                .map(|l| marked_line(&marked(l, &terms), Style::new(), t.mark()))
                .collect();
            let reads = hints(cx, mode, &[(&[Action::Open], t!("journal-hint-reads"))]);
            if self.kept(e, cx) {
                let open = cx.keys.key(mode, Action::Open);
                lines.push(Line::from(""));
                lines.push(Line::styled(
                    t!("journal-kept-beside", mark = kept::MARK, key = open),
                    t.dim(),
                ));
            }
            f.render_widget(para(lines, &format!("{} · {reads}", e.date)), preview);
        }
    }

    fn kept(&self, e: &JournalEntry, cx: &Ctx) -> bool {
        cx.data.kept.entries.binary_search(&e.id).is_ok()
    }

    /// An entry's row in the list: its date and marks, then its title (or its first
    /// words) within `max` columns.
    fn row(&self, e: &JournalEntry, max: usize, cx: &Ctx) -> (String, String) {
        let (mut lead, mut room) = (format!("{}  ", e.date), max);
        for (on, m) in [
            (e.pinned, JournalEntry::PIN_MARK),
            (self.kept(e, cx), kept::MARK),
        ] {
            if on {
                lead.push_str(m);
                lead.push(' ');
                room = room.saturating_sub(2);
            }
        }
        (lead, one_line(e.title.as_deref().unwrap_or(&e.body), room))
    }

    /// Search hits, two rows each: the date and title (the words are in the snippet
    /// when it has none), then the snippet, the searched words marked in both. The
    /// bottom border says which hit is selected of how many.
    fn hits_panel(
        &self,
        rows: Vec<(String, String)>,
        cx: &Ctx,
        area: Rect,
        title: &str,
    ) -> Paragraph<'static> {
        let t = &cx.theme;
        let terms = terms(self.view.search.as_deref().unwrap_or_default());
        let room = usize::from(area.width.saturating_sub(2));
        let fit = (usize::from(area.height.saturating_sub(2)) / 2).max(1);
        let first = self.cursor.index.saturating_sub(fit - 1);
        let mut lines = Vec::with_capacity(fit * 2);
        for (i, (lead, words)) in rows.into_iter().enumerate().skip(first).take(fit) {
            let on = i == self.cursor.index;
            let base = if on { t.selected() } else { Style::new() };
            let lead = format!("{}{lead}", if on { "› " } else { "  " });
            let mut head = vec![(lead, false)];
            if self.entries[i].title.is_some() {
                head.extend(marked(&words, &terms).0);
            }
            lines.push(marked_line(&Snippet(head), base, t.mark()));
            let mut snippet = vec![("    ".to_string(), false)];
            snippet.extend(self.snippets.get(i).cloned().unwrap_or_default().0);
            lines.push(marked_line(&fit_to(snippet, room), base, t.mark()));
        }
        let total = self.found.max(self.entries.len());
        let at = t!("tui-list-at", at = self.cursor.index + 1, total = total);
        let block = Block::bordered()
            .title(format!(" {title} "))
            .title_bottom(Line::from(format!(" {at} ")).right_aligned());
        Paragraph::new(lines).block(block)
    }

    /// "Journal · / search · …", or what the list is narrowed to.
    fn title(&self, cx: &Ctx) -> String {
        let v = &self.view;
        let mut what = Vec::new();
        if let Some(q) = &self.typing {
            what.push(t!("journal-typing", query = q));
        } else if let Some(q) = &v.search {
            what.push(t!("journal-matching", query = q));
        }
        what.extend(
            v.domain
                .map(|d| t!("journal-domain", domain = LifeDomain::label(d))),
        );
        what.extend(v.tag.as_ref().map(|g| t!("journal-tag", tag = g)));
        what.extend(v.month.map(|m| date(m, DateForm::MonthYear)));
        let mode = Mode::Screen(Screen::Journal);
        if what.is_empty() {
            let filters = [
                Action::FilterDomain,
                Action::FilterTag,
                Action::PickTag,
                Action::Month(false),
                Action::Month(true),
            ];
            let filters = cx.keys.keys(mode, &filters).replace('/', " ");
            let key = |a| cx.keys.key(mode, a);
            t!(
                "journal-title",
                search = key(Action::Search),
                filters = filters,
                new = key(Action::New)
            )
        } else {
            let esc = cx.keys.key(mode, Action::Back);
            t!("journal-title-narrowed", what = what.join(" · "), key = esc)
        }
    }
}

/// A line of runs, the marked ones in `mark` over `base`.
fn marked_line(s: &Snippet, base: Style, mark: Style) -> Line<'static> {
    let spans: Vec<Span> =
        s.0.iter()
            .map(|(run, hit)| Span::styled(run.clone(), if *hit { base.patch(mark) } else { base }))
            .collect();
    Line::from(spans).style(base)
}

/// Runs cut to `room` columns at a word's end, with "…" where words were left out.
fn fit_to(runs: Vec<(String, bool)>, room: usize) -> Snippet {
    let text: String = runs.iter().map(|(r, _)| r.as_str()).collect();
    if crate::domain::width(&text) <= room {
        return Snippet(runs);
    }
    // The longest start that fits with "…" after it, ending where a word ends.
    let (mut used, mut cut, mut last_space) = (0, 0, None);
    for (i, c) in text.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > room {
            if c.is_whitespace() {
                last_space = Some(i); // a word ends right at the edge
            }
            break;
        }
        if c.is_whitespace() {
            last_space = Some(i);
        }
        used += w;
        cut = i + c.len_utf8();
    }
    let cut = last_space.filter(|s| *s > 0).unwrap_or(cut);
    let mut out = Vec::new();
    let mut at = 0;
    for (run, hit) in runs {
        let end = at + run.len();
        if at < cut {
            let keep = run.get(..cut.min(end) - at).unwrap_or(&run);
            out.push((keep.to_string(), hit));
        }
        at = end;
    }
    if let Some((last, _)) = out.last_mut() {
        let trimmed = last.trim_end().len();
        last.truncate(trimmed);
    }
    out.push(("…".to_string(), false));
    Snippet(out)
}
