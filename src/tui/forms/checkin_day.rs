//! The day to check in for, typed: any lived day (`yesterday`, a date), and the
//! check-in form opens on it, filled if that day has a check-in and empty if not.

use super::TypedForm;
use crate::domain::time::check_lived;
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Date, Field};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;
use chrono::NaiveDate;

pub struct CheckinDayForm {
    date: Date,
}

impl CheckinDayForm {
    /// Starts on `shown` when it is an earlier day, else on yesterday.
    pub fn new(shown: NaiveDate, today: NaiveDate) -> CheckinDayForm {
        let start = if shown < today {
            shown.to_string()
        } else {
            "yesterday".to_string()
        };
        CheckinDayForm {
            date: Date::new(t!("form-checkin-day-date"), start),
        }
    }
}

impl TypedForm for CheckinDayForm {
    fn title(&self) -> String {
        t!("form-checkin-day-title")
    }

    fn intro(&self, _keys: &crate::tui::keymap::Keymap) -> Option<String> {
        Some(t!("form-checkin-day-intro"))
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![&self.date]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![&mut self.date]
    }

    fn submit(&self, cx: &mut Ctx, _store: &Store) -> Result<Done> {
        let day = self.date.get(cx.today)?;
        check_lived(&t!("form-checkin-day-date"), day, cx.today)?;
        Ok(Done {
            checkin_day: Some(day),
            ..Done::default()
        })
    }

    fn keeps_words(&self) -> bool {
        false
    }
}
