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
const EMPTY: &str = "Name a file to see what would be imported: how many rows, their \
dates, how moods are read and the first entries. Nothing is written until you save.\n\n\
Daylio: the CSV from Settings › Export entries.\njrnl: the journal file, its folder, or \
`jrnl --export json`.\nDay One: the export's .zip or its Journal.json.\ntend: a file from \
`tend export data`.";

impl ImportForm {
    /// A blank form: nothing named yet, so the preview says what to name.
    pub fn new() -> ImportForm {
        // Named as the command's --from names them, which messages use.
        let mut sources = vec![(None, "auto (told from the file)".to_string())];
        for src in [Source::Daylio, Source::Jrnl, Source::DayOne, Source::Tend] {
            sources.push((Some(src), format!("{} ({})", src.as_str(), src.label())));
        }
        ImportForm {
            path: Text::new("File or folder", "")
                .required()
                .hint("e.g. ~/Downloads/daylio_export.csv"),
            from: Choice::new("From", sources, None),
            moods: Text::new("Mood labels", "")
                .hint("your own Daylio moods, 1 to 10: great=9,meh=5"),
            skip_bad: yes_no("Skip bad lines", false),
            preview: Preview {
                text: EMPTY.into(),
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
        return Some(format!("There is no file or folder at {shown}."));
    };
    if meta.is_dir() && req.from != Some(Source::Jrnl) {
        return Some(format!(
            "{shown} is a folder: set From to {} to read it as a jrnl folder journal (every .txt file in it).",
            Source::Jrnl.as_str()
        ));
    }
    if !meta.is_dir() && !meta.is_file() {
        return Some(format!("{shown} is not a file."));
    }
    None
}

/// An import's message with the form's field names for the command line's flags.
fn in_form_words(message: &str) -> String {
    message
        .replace("with --mood-map ", "in Mood labels, like ")
        .replace(
            "add --skip-bad to import the other rows",
            "set Skip bad lines to yes to import the other rows",
        )
        .replace("use --from ", "set From to ")
        .replace("give --from ", "set From to one of ")
        .replace("--mood-map", "Mood labels")
}

impl TypedForm for ImportForm {
    fn title(&self) -> String {
        "Import history".into()
    }

    fn intro(&self, _keys: &Keymap) -> Option<String> {
        Some("Bring in what you wrote in Daylio, jrnl or Day One, or a tend data file. Importing the same file again changes nothing.".into())
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
            let more = if text.lines().count() > 1 {
                " (all of it in the preview)"
            } else {
                ""
            };
            Error::Message(format!("{first}{more}"))
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
            EMPTY.to_string()
        } else if let Some(why) = not_readable(&req) {
            why
        } else {
            match crate::import_file::run(store, &req, true, None) {
                Ok(report) => report.text,
                Err(e) => format!(
                    "Not importable as it is:\n{}",
                    in_form_words(&e.to_string())
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
