//! The counselor summary's choices: the range, what to share, the format and the file.
//! The preview beside it is the summary as the counselor will read it, re-rendered on
//! every change; saving writes the file (owner-only) into the exports folder (`tend
//! paths`) unless the person names another place. The From and To dates follow the
//! chosen range; typing a date chooses "these dates". Leaving loses no words, so it
//! asks nothing.

use super::{FormView, TypedForm, done_saying};
use crate::catalog::{Language, Region};
use crate::domain::time::default_from;
use crate::error::{Error, Result};
use crate::report::{self, Format, Includes};
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::fields::{Choice, Date, Field, Text, yes_no};
use crate::tui::keymap::{Hint, Keymap, Mode};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;
use crate::tui::widgets::{lines_shown, para, wrapped_rows};
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use std::path::PathBuf;

/// The summary's range: the last few days, or the dates typed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Range {
    Last(i64),
    Dates,
}

pub struct ExportForm {
    range: Choice<Range>,
    from: Date,
    to: Date,
    journal: Choice<bool>,
    notes: Choice<bool>,
    details: Choice<bool>,
    names: Choice<bool>,
    numbers: Choice<bool>,
    uses: Choice<bool>,
    medications: Choice<bool>,
    lessons: Choice<bool>,
    contacts: Choice<bool>,
    format: Choice<Format>,
    /// The language the summary is written in: the app's, or the other one.
    language: Choice<Language>,
    path: Text,
    /// The file named already exists and the person was told: saving again writes
    /// over it (until a field changes).
    overwrite: bool,
    /// The Markdown preview of the current choices, and how far it is scrolled.
    pub preview: Preview,
    /// The first day anything was tracked: "last 30 days" starts no earlier.
    first: Option<NaiveDate>,
    /// The "90 in 90" the person tracks, for the summary's connection line.
    ninety_from: Option<NaiveDate>,
    /// The dates the form last showed, to tell a date the person typed.
    shown: (String, String),
    /// Where a file named without a folder goes.
    folder: PathBuf,
}

/// What the summary to be written looks like, scrolled by PgUp/PgDn.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub text: String,
    pub scroll: usize,
}

impl Preview {
    /// The summary of the last 30 days with nothing personal, as the screen first shows,
    /// in `language`.
    pub fn of(choice: Result<Choice3>, language: Language, store: &Store) -> Preview {
        let built = crate::catalog::in_language(language, || {
            choice
                .and_then(|(from, to, inc)| report::build(store, from, to, inc))
                .map(|summary| report::readable::render(&summary))
        });
        let text = built.unwrap_or_else(|e| t!("form-export-no-preview", error = e.to_string()));
        Preview { text, scroll: 0 }
    }

    pub fn scroll(&mut self, down: bool) {
        self.scroll = if down {
            self.scroll + 10
        } else {
            self.scroll.saturating_sub(10)
        };
    }

    /// The preview from its scrolled line; when it doesn't all show, the bottom border
    /// says which lines do ("lines 11–16 of 82").
    pub fn render(&self, keys: &Keymap, f: &mut Frame, area: Rect) {
        let lines: Vec<Line> = self
            .text
            .lines()
            .skip(self.scroll)
            .map(|l| Line::from(l.to_string()))
            .collect();
        let scroll = keys.keys(
            Mode::Screen(crate::tui::action::Screen::Export),
            &[Action::PageUp, Action::PageDown],
        );
        let title = t!("form-export-preview-title", keys = scroll);
        let (w, room) = (
            area.width.saturating_sub(2),
            usize::from(area.height.saturating_sub(2)),
        );
        let (mut shown, mut used) = (0, 0);
        for l in &lines {
            used += wrapped_rows(std::slice::from_ref(l), w);
            if used > room {
                break;
            }
            shown += 1;
        }
        let total = self.text.lines().count();
        let mut preview = para(lines, &title);
        if self.scroll > 0 || shown < total {
            let at = lines_shown(self.scroll + 1, self.scroll + shown.max(1), total);
            let block = ratatui::widgets::Block::bordered()
                .title(format!(" {title} "))
                .title_bottom(Line::from(format!(" {at} ")).right_aligned());
            preview = preview.block(block);
        }
        f.render_widget(preview, area);
    }
}

/// The range and what to include.
pub type Choice3 = (NaiveDate, NaiveDate, Includes);

/// The Export screen's two panes: side by side when wide, else one above the other.
pub fn panes(area: Rect, form_open: bool) -> [Rect; 2] {
    if area.width >= 110 {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        let top = if form_open { 17 } else { 8 };
        Layout::vertical([Constraint::Length(top), Constraint::Min(3)]).areas(area)
    }
}

impl ExportForm {
    pub fn new(cx: &Ctx, store: &Store) -> ExportForm {
        let first = store.first_day().ok().flatten();
        let from = crate::domain::time::default_from(cx.today, 30, first);
        let last = |n: i64| (Range::Last(n), t!("form-export-range-last", count = n));
        let ranges = vec![
            last(7),
            last(30),
            last(90),
            (Range::Dates, t!("form-export-range-dates")),
        ];
        let formats = vec![
            (Format::Html, t!("form-export-format-html")),
            (Format::Markdown, t!("form-export-format-markdown")),
            (Format::Csv, t!("form-export-format-csv")),
            (Format::Attendance, t!("form-export-format-attendance")),
        ];
        let share = |label: String, yes: bool| yes_no(label, yes);
        let (languages, now) = languages(cx);
        let mut form = ExportForm {
            range: Choice::new(t!("form-export-range"), ranges, Range::Last(30)),
            from: from_field(from.to_string()),
            // "today" is a value a date field reads, as the CLI does: the same in every language.
            to: to_field("today"),
            journal: share(t!("form-export-journal"), false),
            notes: share(t!("form-export-notes"), false),
            details: share(t!("form-export-details"), false),
            names: share(t!("form-export-names"), false),
            numbers: share(t!("form-export-numbers"), false),
            uses: share(t!("form-export-use"), false),
            medications: share(t!("form-export-medications"), false),
            lessons: share(t!("form-export-lessons"), true),
            contacts: share(t!("form-export-contacts"), false),
            format: Choice::new(t!("form-export-format"), formats, Format::Html),
            language: Choice::new(t!("form-export-language"), languages, now),
            path: Text::new(t!("form-export-path"), "").hint(t!("form-export-path-hint")),
            overwrite: false,
            preview: Preview::default(),
            first,
            ninety_from: cx.prefs.ninety_from,
            shown: (String::new(), String::new()),
            folder: exports_folder(cx, store),
        };
        form.changed(cx, store);
        form
    }

    /// Keeps From and To on the chosen range; a date typed over them chooses "these
    /// dates" instead.
    fn follow_range(&mut self, today: NaiveDate) {
        let typed =
            (self.from.raw(), self.to.raw()) != (self.shown.0.as_str(), self.shown.1.as_str());
        match self.range.get() {
            Range::Last(_) if typed && !self.shown.0.is_empty() => {
                self.range = self.range.clone().with(Range::Dates);
            }
            Range::Last(n) => {
                self.from = from_field(default_from(today, n, self.first).to_string());
                self.to = to_field(today.to_string());
            }
            Range::Dates => {}
        }
        self.shown = (self.from.raw().to_string(), self.to.raw().to_string());
    }

    /// The file to write: the name typed (in the exports folder unless it names a
    /// folder of its own), or one made from the dates.
    fn target(&self, from: NaiveDate, to: NaiveDate, format: Format) -> PathBuf {
        let name = match self.path.get() {
            Some(p) => PathBuf::from(p),
            None => PathBuf::from(format!(
                "tend-summary-{from}-to-{to}.{}",
                format.extension()
            )),
        };
        if name.is_absolute() || name.components().count() > 1 {
            name
        } else {
            self.folder.join(name)
        }
    }

    /// The range and what to include, or a refusal naming the field.
    fn choice(&self, today: NaiveDate) -> Result<Choice3> {
        let (from, to) = match self.range.get() {
            Range::Last(n) => (default_from(today, n, self.first), today),
            Range::Dates => (self.from.get(today)?, self.to.get(today)?),
        };
        if from > to {
            return Err(Error::Message(t!(
                "form-export-from-after-to",
                from_label = t!("form-export-from"),
                from = from.to_string(),
                to_label = t!("form-export-to"),
                to = to.to_string()
            )));
        }
        crate::domain::time::check_span(from, to, today)?;
        let includes = Includes {
            journal: self.journal.get(),
            notes: self.notes.get(),
            setback_details: self.details.get(),
            names: self.names.get(),
            numbers: self.numbers.get(),
            uses: self.uses.get(),
            medications: self.medications.get(),
            leave_out_lessons: !self.lessons.get(),
            share_contacts: self.contacts.get(),
            ninety_from: self.ninety_from,
        };
        Ok((from, to, includes))
    }
}

impl TypedForm for ExportForm {
    fn title(&self) -> String {
        t!("form-export-title")
    }

    fn intro(&self, _keys: &Keymap) -> Option<String> {
        Some(t!("form-export-intro"))
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.range,
            &self.from,
            &self.to,
            &self.journal,
            &self.notes,
            &self.details,
            &self.names,
            &self.numbers,
            &self.uses,
            &self.medications,
            &self.lessons,
            &self.contacts,
            &self.format,
            &self.language,
            &self.path,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.range,
            &mut self.from,
            &mut self.to,
            &mut self.journal,
            &mut self.notes,
            &mut self.details,
            &mut self.names,
            &mut self.numbers,
            &mut self.uses,
            &mut self.medications,
            &mut self.lessons,
            &mut self.contacts,
            &mut self.format,
            &mut self.language,
            &mut self.path,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let (from, to, includes) = self.choice(cx.today)?;
        let format = self.format.get();
        let path = self.target(from, to, format);
        if path.parent() == Some(self.folder.as_path()) {
            crate::files::private_dir(&self.folder)?;
        }
        let bytes = crate::catalog::in_language(self.language.get(), || {
            report::build(store, from, to, includes).map(|s| report::render(format, &s))
        })?;
        crate::files::write_private(&path, bytes.as_bytes(), self.overwrite)?;
        let shown = std::fs::canonicalize(&path).unwrap_or(path);
        cx.last_export = Some(shown.clone());
        Ok(done_saying(
            cx,
            t!(
                "form-export-written",
                from = from.to_string(),
                to = to.to_string(),
                path = shown.display().to_string()
            ),
        ))
    }

    fn overwrite(&mut self) {
        self.overwrite = true;
    }

    fn keeps_words(&self) -> bool {
        false
    }

    fn changed(&mut self, cx: &Ctx, store: &Store) {
        self.overwrite = false;
        self.follow_range(cx.today);
        self.preview = Preview::of(self.choice(cx.today), self.language.get(), store);
    }

    fn scroll(&mut self, down: bool) {
        self.preview.scroll(down);
    }

    fn preview(&self) -> Option<&str> {
        Some(&self.preview.text)
    }

    fn render(&self, view: &FormView, cx: &Ctx, f: &mut Frame, area: Rect) {
        let [left, right] = panes(area, true);
        view.render_fields(cx, f, left);
        self.preview.render(&cx.keys, f, right);
    }

    fn note(&self) -> Option<String> {
        Some(t!(
            "form-export-folder",
            path = self.folder.display().to_string()
        ))
    }
}

/// The languages a summary can be written in, the app's own first chosen: English (or
/// the pseudo-locale, which stands for it in tests) and Spanish (of the app's region, or
/// the country's).
fn languages(cx: &Ctx) -> (Vec<(Language, String)>, Language) {
    let now = crate::catalog::language();
    let english = match now {
        Language::Pseudo => Language::Pseudo,
        _ => Language::English,
    };
    let spanish = match now {
        Language::Spanish(region) => Language::Spanish(region),
        _ => Language::Spanish(Region::of_country(
            cx.prefs.country.as_deref().unwrap_or(""),
        )),
    };
    let options = vec![
        (english, t!("form-export-language-en")),
        (spanish, t!("form-export-language-es")),
    ];
    (options, now)
}

/// The From field, on `value` as typed.
fn from_field(value: impl Into<String>) -> Date {
    Date::new(t!("form-export-from"), value)
}

/// The To field, on `value` as typed.
fn to_field(value: impl Into<String>) -> Date {
    Date::new(t!("form-export-to"), value)
}

/// The exports folder in effect: the one `tend paths` names, else one beside the
/// journal (as `tend paths` names it for a journal given with `--db`).
fn exports_folder(cx: &Ctx, store: &Store) -> PathBuf {
    cx.prefs.exports.clone().unwrap_or_else(|| {
        crate::paths::Paths::resolve(Some(store.path()))
            .map(|p| p.exports)
            .unwrap_or_else(|_| PathBuf::from("."))
    })
}

/// The Export screen's left pane before the form opens.
pub fn invitation(cx: &Ctx) -> (Vec<Line<'static>>, String) {
    let t = &cx.theme;
    let mode = Mode::Screen(crate::tui::action::Screen::Export);
    let lines = vec![
        Line::styled(t!("form-export-invite"), t.accent()),
        Line::from(t!(
            "form-export-invite-open",
            key = cx.keys.key(mode, Action::Open)
        )),
        Line::styled(t!("form-export-invite-private"), t.calm()),
        Line::from(t!(
            "form-export-invite-import",
            key = cx.keys.key(mode, Action::New)
        )),
    ];
    let mut lines = lines;
    if let Some(p) = &cx.last_export {
        lines.push(Line::styled(
            t!("form-export-last", path = p.display().to_string()),
            t.good(),
        ));
    }
    let start = t!("form-export-hint-start");
    let title = t!(
        "form-export-screen-title",
        hints = cx.keys.hints(mode, &[Hint::Keys(&[Action::Open], &start)])
    );
    (lines, title)
}
