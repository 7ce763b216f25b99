//! A commitment's path from a day on: abstain, cut down (with the person's own limits)
//! or safer use (with the steps they choose). Saving adds a step to the path's history;
//! what came before stays as it was.

use super::{TypedForm, done_saying};
use crate::domain::Commitment;
use crate::domain::usage::{CommitmentPath, Path, PathDraft, SaferStep, UseUnit};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Amount, Choice, Date, Field, Mark, Number};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct PathForm {
    commitment: i64,
    name: String,
    path: Choice<Path>,
    from: Date,
    unit: Choice<UseUnit>,
    per_day: Amount,
    per_week: Amount,
    free_days: Number,
    heavy_at: Amount,
    price: Amount,
    usual: Amount,
    checklist: Vec<Mark<SaferStep>>,
}

impl PathForm {
    /// The form over `c`'s path in effect today (`now`), to change it from today on.
    pub fn new(c: &Commitment, now: Option<&CommitmentPath>) -> PathForm {
        let path = now.map_or(Path::Abstain, |p| p.path);
        let v = |f: fn(&CommitmentPath) -> Option<f64>| now.and_then(f);
        let chosen = now.map(|p| p.checklist.clone()).unwrap_or_default();
        PathForm {
            commitment: c.id,
            name: c.name.clone(),
            path: Choice::of(t!("form-path-path"), Path::ALL, Path::label, path).explained(explain),
            // "today" is a value a date field reads, as the CLI does: the same in every language.
            from: Date::new(t!("form-path-from"), "today"),
            unit: Choice::of(
                t!("form-path-unit"),
                UseUnit::ALL,
                UseUnit::label,
                now.map_or(UseUnit::Drinks, |p| p.unit),
            ),
            per_day: Amount::new(t!("form-path-per-day"), v(|p| p.max_per_day)),
            per_week: Amount::new(t!("form-path-per-week"), v(|p| p.max_per_week)),
            free_days: Number::new(
                t!("form-path-free-days"),
                0,
                7,
                now.and_then(|p| p.free_days).map(i64::from),
            )
            .hint(t!("form-path-free-days-hint")),
            heavy_at: Amount::new(t!("form-path-heavy-at"), v(|p| p.heavy_at))
                .hint(t!("form-path-heavy-at-hint")),
            price: Amount::new(t!("form-path-price"), v(|p| p.price))
                .hint(t!("form-path-price-hint")),
            usual: Amount::new(t!("form-path-usual"), v(|p| p.usual_per_week))
                .hint(t!("form-path-usual-hint")),
            checklist: SaferStep::ALL
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let label = if i == 0 {
                        t!("form-path-checklist")
                    } else {
                        String::new()
                    };
                    Mark::new(label, *s, s.label(), chosen.contains(s))
                })
                .collect(),
        }
    }
}

pub(super) fn explain(p: Path) -> String {
    match p {
        Path::Abstain => t!("form-path-abstain-note"),
        Path::CutDown => t!("form-path-cut-down-note"),
        Path::SaferUse => t!("form-path-safer-use-note"),
    }
}

impl TypedForm for PathForm {
    fn title(&self) -> String {
        t!("form-path-title", name = &self.name)
    }

    fn fields(&self) -> Vec<&dyn Field> {
        let mut f: Vec<&dyn Field> = vec![&self.path, &self.from, &self.unit];
        if self.path.get() == Path::CutDown {
            f.extend([
                &self.per_day as &dyn Field,
                &self.per_week,
                &self.free_days,
                &self.heavy_at,
            ]);
        }
        f.extend([&self.price as &dyn Field, &self.usual]);
        if self.path.get() == Path::SaferUse {
            f.extend(self.checklist.iter().map(|m| m as &dyn Field));
        }
        f
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        let path = self.path.get();
        let mut f: Vec<&mut dyn Field> = vec![&mut self.path, &mut self.from, &mut self.unit];
        if path == Path::CutDown {
            f.extend([
                &mut self.per_day as &mut dyn Field,
                &mut self.per_week,
                &mut self.free_days,
                &mut self.heavy_at,
            ]);
        }
        f.extend([&mut self.price as &mut dyn Field, &mut self.usual]);
        if path == Path::SaferUse {
            f.extend(self.checklist.iter_mut().map(|m| m as &mut dyn Field));
        }
        f
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let from = self.from.get(cx.today)?;
        let draft = PathDraft {
            path: Some(self.path.get()),
            unit: Some(self.unit.get()),
            max_per_day: self.per_day.get()?,
            max_per_week: self.per_week.get()?,
            free_days: self.free_days.get()?.and_then(|n| u8::try_from(n).ok()),
            heavy_at: self.heavy_at.get()?,
            price: self.price.get()?,
            usual_per_week: self.usual.get()?,
            checklist: Some(
                self.checklist
                    .iter()
                    .filter(|m| m.on)
                    .map(|m| m.value)
                    .collect(),
            ),
        };
        let p = store.write(|w| w.set_path(self.commitment, from, &draft))?;
        Ok(done_saying(
            cx,
            t!(
                "form-path-saved",
                name = &self.name,
                path = p.path.label(),
                date = p.from_date.to_string()
            ),
        ))
    }
}
