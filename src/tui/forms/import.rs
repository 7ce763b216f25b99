//! Importing another journal's history (Daylio, jrnl, Day One) or a tend data file:
//! the file, what made it, the person's own Daylio mood labels and whether to leave
//! bad lines out. Beside it, what `tend import --dry-run` shows for those choices,
//! rehearsed on the journal (exact counts, nothing written); saving imports in one
//! transaction.

use super::{FormView, TypedForm};
use crate::error::{Error, Result};
use crate::import::Source;
use crate::import_file::Request;
use crate::store::Store;
use crate::tui::action::Screen;
use crate::tui::fields::{Choice, Field, Text, yes_no};
use crate::tui::forms::export::{Preview, panes};
use crate::tui::keymap::Keymap;
use crate::tui::shared::Ctx;
use crate::tui::step::Done;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use std::path::PathBuf;

pub struct ImportForm {
    path: Text,
    from: Choice<Option<Source>>,
    moods: Text,
    skip_bad: Choice<bool>,
    /// The dry run of the current choices, and how far it is scrolled.
    pub preview: Preview,
}

/// What the preview says before a file is named.
fn empty() -> String {
    t!("form-import-empty")
}

impl ImportForm {
    /// A blank form: nothing named yet, so the preview says what to name.
    pub fn new() -> ImportForm {
        // Named as the command's --from names them, which messages use.
        let mut sources = vec![(None, t!("form-import-from-auto"))];
        for src in [Source::Daylio, Source::Jrnl, Source::DayOne, Source::Tend] {
            sources.push((Some(src), format!("{} ({})", src.as_str(), src.label())));
        }
        ImportForm {
            path: Text::new(t!("form-import-path"), "")
                .required()
                .hint(t!("form-import-path-hint")),
            from: Choice::new(t!("form-import-from"), sources, None),
            moods: Text::new(t!("form-import-moods"), "").hint(t!("form-import-moods-hint")),
            skip_bad: yes_no(t!("form-import-skip-bad"), false),
            preview: Preview {
                text: empty(),
                scroll: 0,
            },
        }
    }

    /// The import the fields describe (`~` is the home folder).
    fn request(&self) -> Request {
        let typed = self.path.raw().trim();
        let file = match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
            (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
            _ => PathBuf::from(typed),
        };
        Request {
            file,
            from: self.from.get(),
            mood_map: self.moods.get().into_iter().collect(),
            skip_bad: self.skip_bad.get(),
        }
    }
}

/// Why the named path is not one to read (yet): nothing there, a device, or a
/// folder without From set to jrnl (a folder journal is every .txt under it, and a
/// path being typed passes through folders like `/` on its way).
fn not_readable(req: &Request) -> Option<String> {
    let shown = req.file.display();
    let Ok(meta) = std::fs::metadata(&req.file) else {
        return Some(t!("form-import-nothing-there", path = shown.to_string()));
    };
    if meta.is_dir() && req.from != Some(Source::Jrnl) {
        return Some(t!(
            "form-import-folder",
            path = shown.to_string(),
            field = t!("form-import-from"),
            source = Source::Jrnl.as_str()
        ));
    }
    if !meta.is_dir() && !meta.is_file() {
        return Some(t!("form-import-not-a-file", path = shown.to_string()));
    }
    None
}

/// An import's message with the form's field names for the command line's flags.
/// The phrases replaced are the import's English ones; in another language the
/// message keeps its flags, which still say what to set.
fn in_form_words(message: &str) -> String {
    let (from, moods) = (t!("form-import-from"), t!("form-import-moods"));
    let skip = t!("form-import-skip-bad");
    message
        .replace(
            "with --mood-map ",
            &format!("{} ", t!("form-import-in-moods", field = &moods)),
        )
        .replace(
            "add --skip-bad to import the other rows",
            &t!("form-import-set-skip-bad", field = skip),
        )
        .replace(
            "use --from ",
            &format!("{} ", t!("form-import-set-from", field = &from)),
        )
        .replace(
            "give --from ",
            &format!("{} ", t!("form-import-set-from-one-of", field = &from)),
        )
        .replace("--mood-map", &moods)
}

impl TypedForm for ImportForm {
    fn title(&self) -> String {
        t!("form-import-title")
    }

    fn intro(&self, _keys: &Keymap) -> Option<String> {
        Some(t!("form-import-intro"))
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![&self.path, &self.from, &self.moods, &self.skip_bad]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.path,
            &mut self.from,
            &mut self.moods,
            &mut self.skip_bad,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let req = self.request();
        if let Some(why) = not_readable(&req) {
            return Err(Error::Message(why));
        }
        let report = crate::import_file::run(store, &req, false, None).map_err(|e| {
            let text = in_form_words(&e.to_string());
            let first = text.lines().next().unwrap_or_default().to_string();
            if text.lines().count() > 1 {
                Error::Message(t!("form-import-first-line", first = first))
            } else {
                Error::Message(first)
            }
        })?;
        cx.say(report.status_line);
        Ok(Done {
            go: Some(Screen::Journal),
            ..Done::default()
        })
    }

    fn changed(&mut self, _cx: &Ctx, store: &Store) {
        let req = self.request();
        let text = if req.file.as_os_str().is_empty() {
            empty()
        } else if let Some(why) = not_readable(&req) {
            why
        } else {
            match crate::import_file::run(store, &req, true, None) {
                Ok(report) => report.text,
                Err(e) => t!(
                    "form-import-not-importable",
                    why = in_form_words(&e.to_string())
                ),
            }
        };
        self.preview = Preview { text, scroll: 0 };
    }

    fn scroll(&mut self, down: bool) {
        self.preview.scroll(down);
    }

    fn preview(&self) -> Option<&str> {
        Some(&self.preview.text)
    }

    fn render(&self, view: &FormView, cx: &Ctx, f: &mut Frame, area: Rect) {
        // Narrow: the four fields need 12 lines (with a refusal), the rest is preview.
        let [left, right] = if area.width >= 110 {
            panes(area, true)
        } else {
            Layout::vertical([Constraint::Length(12), Constraint::Min(3)]).areas(area)
        };
        view.render_fields(cx, f, left);
        self.preview.render(&cx.keys, f, right);
    }
}
