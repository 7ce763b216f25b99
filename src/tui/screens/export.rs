//! Export: the invitation to make a counselor summary beside a preview of the last 30
//! days as it would be shared. Enter opens the form (`forms::ExportForm`); `i` opens
//! the import form (`forms::ImportForm`), for history from other journals.

use super::Handled;
use crate::report::Includes;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::forms::{
    ExportForm, FormView, ImportForm,
    export::{Preview, invitation, panes},
};
use crate::tui::overlay::{Effect, Overlay};
use crate::tui::shared::Ctx;
use crate::tui::widgets::para;
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Debug, Default)]
pub struct ExportScreen {
    pub preview: Preview,
}

impl ExportScreen {
    /// Renders the preview afresh for the default choices: 30 days, nothing personal.
    pub fn enter(&mut self, cx: &Ctx, store: &Store) {
        let from = cx.today - chrono::Duration::days(29);
        self.preview = Preview::of(
            Ok((from, cx.today, Includes::default())),
            crate::catalog::language(),
            store,
        );
    }

    pub fn handle(&mut self, action: Action, cx: &Ctx, store: &Store) -> Handled {
        match action {
            Action::Open | Action::Edit => {
                let form = FormView::new(ExportForm::new(cx, store));
                Some(vec![Effect::Push(Overlay::Form(form))])
            }
            Action::New => {
                let form = FormView::new(ImportForm::new());
                Some(vec![Effect::Push(Overlay::Form(form))])
            }
            Action::PageDown | Action::PageUp => {
                self.preview.scroll(action == Action::PageDown);
                Some(vec![])
            }
            _ => None,
        }
    }

    pub fn render(&self, cx: &Ctx, f: &mut Frame, area: Rect) {
        let [left, right] = panes(area, false);
        let (lines, title) = invitation(cx);
        f.render_widget(para(lines, &title), left);
        self.preview.render(&cx.keys, f, right);
    }
}
