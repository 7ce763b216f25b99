//! A use, new or corrected: which commitment, when, how much in its unit (with a
//! converter from common drinks, or volume and strength), what, where, with whom,
//! planned or not, what it cost, a note, and on a safer-use path the person's own
//! checklist as steps to tick. After a break it says once, above the amount, that
//! tolerance drops. Nothing here is a verdict: a day over a cut-down plan is offered a
//! growth entry, never named a failure.

use super::{TypedForm, done_saying};
use crate::domain::time::{MomentSpec, local_date};
use crate::domain::usage::{
    self, CommitmentPath, Path, SaferStep, Use, UseDraft, UseUnit, check_amount,
};
use crate::domain::{Invalid, RecordKind, SetbackKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Amount, Choice, Field, Mark, Number, Text, yes_no};
use crate::tui::shared::{Ctx, Data};
use crate::tui::step::Done;
use chrono::NaiveDate;

pub struct UseForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    editing: Option<i64>,
    commitment: Choice<i64>,
    when: Text,
    amount: Amount,
    unit: Choice<UseUnit>,
    /// The converter: one of the common drinks, how many, or a volume and strength.
    drink: Choice<Option<usize>>,
    count: Number,
    ml: Amount,
    abv: Amount,
    what: Text,
    place: Text,
    with_whom: Text,
    planned: Choice<bool>,
    cost: Amount,
    note: Text,
    checklist: Vec<Mark<SaferStep>>,
    /// What the form reads of the journal: the paths, and the size of a drink.
    paths: Vec<CommitmentPath>,
    today: NaiveDate,
    grams: f64,
    /// The converter and commitment as last seen, to know what a change touched.
    seen: (i64, UseUnit, Option<usize>, String, String, String),
}

impl UseForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> UseForm {
        self.revision = revision;
        self
    }

    /// A new use of `commitment` (else the first), now; `None` with no commitment yet.
    /// `now` is the moment as the form shows it; `grams` the size of a standard drink.
    pub fn new(cx: &Ctx, commitment: Option<i64>, now: &str, grams: f64) -> Option<UseForm> {
        let d = &cx.data;
        let id = commitment
            .filter(|id| d.commitments.iter().any(|c| c.id == *id))
            .or(d.commitments.first().map(|c| c.id))?;
        let mut form = UseForm::blank(d, id, now, cx.today, grams);
        form.when = form.when.noted(tolerance(cx, id));
        form.fit();
        Some(form)
    }

    /// The form over a use logged before, to correct it.
    pub fn edit(cx: &Ctx, u: &Use, grams: f64) -> UseForm {
        let when = u.at.get(..16).unwrap_or(&u.at).replace('T', " ");
        let mut f = UseForm::blank(&cx.data, u.commitment_id, &when, cx.today, grams);
        f.editing = Some(u.id);
        f.fit();
        f.unit = f.unit.with(u.unit);
        f.amount.set(u.amount);
        let text =
            |label: String, t: &Option<String>| Text::new(label, t.clone().unwrap_or_default());
        f.what = text(t!("form-use-what"), &u.what).hint(t!("form-use-what-hint"));
        f.place = text(t!("form-use-where"), &u.place);
        f.with_whom = text(t!("form-use-with"), &u.with_whom);
        f.planned = yes_no(t!("form-use-planned"), u.planned);
        f.cost = Amount::new(t!("form-use-cost"), u.cost);
        f.note = text(t!("form-use-note"), &u.note);
        for m in &mut f.checklist {
            m.on = u.followed.contains(&m.value);
        }
        f.seen = f.seen_now();
        f
    }

    fn blank(d: &Data, id: i64, now: &str, today: NaiveDate, grams: f64) -> UseForm {
        let commitments = d
            .commitments
            .iter()
            .map(|c| (c.id, c.name.clone()))
            .collect();
        let mut drinks = vec![(None, t!("form-use-drink-none"))];
        drinks.extend(
            usage::common_drinks()
                .into_iter()
                .enumerate()
                .map(|(i, (words, _, _))| (Some(i), words)),
        );
        let mut form = UseForm {
            revision: None,
            editing: None,
            commitment: Choice::new(t!("form-use-commitment"), commitments, id),
            when: Text::new(t!("form-use-when"), now)
                .required()
                .hint(t!("form-encounter-when-hint")),
            amount: Amount::new(t!("form-use-amount"), None)
                .required()
                .hint(t!("form-use-amount-hint")),
            unit: Choice::of(
                t!("form-use-unit"),
                UseUnit::ALL,
                UseUnit::label,
                UseUnit::Drinks,
            ),
            drink: Choice::new(t!("form-use-drink"), drinks, None),
            count: Number::new(t!("form-use-count"), 1, 50, Some(1)),
            ml: Amount::new(t!("form-use-ml"), None),
            abv: Amount::new(t!("form-use-abv"), None),
            what: Text::new(t!("form-use-what"), "").hint(t!("form-use-what-hint")),
            place: Text::new(t!("form-use-where"), ""),
            with_whom: Text::new(t!("form-use-with"), ""),
            planned: yes_no(t!("form-use-planned"), false),
            cost: Amount::new(t!("form-use-cost"), None),
            note: Text::new(t!("form-use-note"), ""),
            checklist: Vec::new(),
            paths: d.paths.clone(),
            today,
            grams,
            seen: (
                id,
                UseUnit::Drinks,
                None,
                String::new(),
                String::new(),
                String::new(),
            ),
        };
        form.seen = form.seen_now();
        form
    }

    /// The path of the chosen commitment today (`None`: it abstains).
    fn path(&self) -> Option<&CommitmentPath> {
        let id = self.commitment.get();
        let own: Vec<CommitmentPath> = self
            .paths
            .iter()
            .filter(|p| p.commitment_id == id)
            .cloned()
            .collect();
        let at = usage::path_on(&own, self.today).map(|p| p.id)?;
        self.paths.iter().find(|p| p.id == at)
    }

    fn safer(&self) -> bool {
        self.path().is_some_and(|p| p.path == Path::SaferUse)
    }

    /// The units and checklist of the chosen commitment's path.
    fn fit(&mut self) {
        let path = self.path().cloned();
        let units = match path.as_ref().map(|p| p.unit) {
            None => UseUnit::ALL.to_vec(),
            Some(u @ UseUnit::Drinks) => vec![u, UseUnit::Units],
            Some(u @ UseUnit::Units) => vec![u, UseUnit::Drinks],
            Some(u) => vec![u],
        };
        let first = units[0];
        self.unit = Choice::of(t!("form-use-unit"), &units, UseUnit::label, first);
        let steps = path
            .filter(|p| p.path == Path::SaferUse)
            .map(|p| p.checklist)
            .unwrap_or_default();
        self.checklist = steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let label = if i == 0 {
                    t!("form-use-checklist")
                } else {
                    String::new()
                };
                Mark::new(label, *s, s.label(), false)
            })
            .collect();
    }

    fn alcohol(&self) -> bool {
        matches!(self.unit.get(), UseUnit::Drinks | UseUnit::Units)
    }

    fn seen_now(&self) -> (i64, UseUnit, Option<usize>, String, String, String) {
        (
            self.commitment.get(),
            self.unit.get(),
            self.drink.get(),
            self.count.shown(),
            self.ml.shown(),
            self.abv.shown(),
        )
    }

    /// After a change to the converter: a common drink fills the volume and strength,
    /// and those (times how many) fill the amount.
    fn convert(&mut self) {
        let drink = self.drink.get();
        if drink != self.seen.2
            && let Some((_, ml, abv)) = drink.and_then(|i| usage::common_drinks().get(i).cloned())
        {
            self.ml.set(ml);
            self.abv.set(abv);
        }
        let (Ok(Some(ml)), Ok(Some(abv))) = (self.ml.get(), self.abv.get()) else {
            return;
        };
        let count = self.count.get().ok().flatten().unwrap_or(1) as f64;
        if let Some(one) = usage::drink(ml, abv, self.unit.get(), self.grams) {
            self.amount.set((one * count * 100.0).round() / 100.0);
        }
    }

    fn draft(&self, cx: &Ctx, store: &Store) -> Result<UseDraft> {
        let d = &cx.data;
        let label = t!("form-use-when");
        let when = MomentSpec::parse(&label, &self.when.needed()?)?;
        let at = store.clock().resolve(&label, when)?;
        let now = store.clock().now();
        if at > now {
            let now = now.format("%Y-%m-%d %H:%M").to_string();
            return Err(Invalid::new(&label, t!("form-use-future", now = now)).into());
        }
        let c = d
            .commitments
            .iter()
            .find(|c| c.id == self.commitment.get())
            .ok_or_else(|| Invalid::new(t!("form-use-commitment"), t!("form-use-no-commitment")))?;
        let date = local_date(at, d.profile.day_start_hour);
        if date < c.start_date {
            let words = t!(
                "store-use-before-start",
                date = date.to_string(),
                start = c.start_date.to_string(),
                name = c.name.clone()
            );
            return Err(Invalid::new(&label, words).into());
        }
        let unit = self.unit.get();
        let amount = self
            .amount
            .get()?
            .ok_or_else(|| Invalid::new(t!("form-use-amount"), t!("form-use-amount-hint")))?;
        let amount = check_amount(&t!("form-use-amount"), amount, unit)?;
        let cost = match self.cost.get()? {
            Some(c) => Some(check_amount(&t!("form-use-cost"), c, UseUnit::Money)?),
            None => None,
        };
        let followed = if self.safer() {
            self.checklist
                .iter()
                .filter(|m| m.on)
                .map(|m| m.value)
                .collect()
        } else {
            Vec::new()
        };
        Ok(UseDraft {
            commitment_id: c.id,
            at,
            amount,
            unit,
            what: self.what.get(),
            place: self.place.get(),
            with_whom: self.with_whom.get(),
            planned: self.planned.get(),
            cost,
            followed,
            note: self.note.get(),
        })
    }
}

/// The line about tolerance, when the last use (or, with none logged, the commitment's
/// last setback or its start) was a break of the settings' days or more before today.
fn tolerance(cx: &Ctx, commitment: i64) -> Option<String> {
    let d = &cx.data;
    let start = d
        .commitments
        .iter()
        .find(|c| c.id == commitment)?
        .start_date;
    let setback = d
        .setbacks
        .iter()
        .filter(|s| s.kind.ends_run() && s.commitment_id.is_none_or(|c| c == commitment))
        .map(|s| s.date)
        .max();
    let days = crate::domain::usage::days_without_use(d.last_use, setback, start, cx.today);
    (days >= i64::from(cx.prefs.tolerance_break_days))
        .then(|| t!("harm-tolerance-after-days", days = days))
}

impl TypedForm for UseForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        t!("form-use-title")
    }

    fn fields(&self) -> Vec<&dyn Field> {
        let mut f: Vec<&dyn Field> = vec![&self.commitment, &self.when, &self.amount, &self.unit];
        if self.alcohol() {
            f.extend([&self.drink as &dyn Field, &self.count, &self.ml, &self.abv]);
        }
        f.extend([
            &self.what as &dyn Field,
            &self.place,
            &self.with_whom,
            &self.planned,
            &self.cost,
            &self.note,
        ]);
        f.extend(self.checklist.iter().map(|m| m as &dyn Field));
        f
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        let alcohol = self.alcohol();
        let mut f: Vec<&mut dyn Field> = vec![
            &mut self.commitment,
            &mut self.when,
            &mut self.amount,
            &mut self.unit,
        ];
        if alcohol {
            f.extend([
                &mut self.drink as &mut dyn Field,
                &mut self.count,
                &mut self.ml,
                &mut self.abv,
            ]);
        }
        f.extend([
            &mut self.what as &mut dyn Field,
            &mut self.place,
            &mut self.with_whom,
            &mut self.planned,
            &mut self.cost,
            &mut self.note,
        ]);
        f.extend(self.checklist.iter_mut().map(|m| m as &mut dyn Field));
        f
    }

    fn changed(&mut self, _cx: &Ctx, _store: &Store) {
        if self.commitment.get() != self.seen.0 {
            self.fit();
        }
        if self.seen_now() != self.seen {
            self.convert();
        }
        self.seen = self.seen_now();
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let draft = self.draft(cx, store)?;
        let grams = store.drink_grams();
        let done = match self.editing {
            Some(id) => {
                let (before, done) = store.write(|w| {
                    w.edit_record(RecordKind::Use, id, self.revision, |w| {
                        w.edit_use(id, draft, grams)
                    })
                })?;
                cx.remember(before);
                return Ok(done_saying(
                    cx,
                    t!("form-use-saved", line = line(cx, &done.logged)),
                ));
            }
            None => store.write(|w| w.add_use(draft, grams))?,
        };
        let u = &done.logged;
        let mut said = t!("form-use-logged", line = line(cx, u));
        if u.setback_id.is_some() {
            said = format!("{said} {}", t!("form-use-setback-marked"));
        }
        cx.say(said);
        let written = cx.data.setbacks.iter().any(|s| {
            s.kind == SetbackKind::OverPlan
                && s.date == u.date
                && s.commitment_id == Some(u.commitment_id)
        });
        Ok(Done {
            offer_over_plan: (done.over_plan && !written).then_some((u.commitment_id, u.date)),
            ..Done::default()
        })
    }
}

/// "2 standard drinks of Alcohol, 2026-11-23 20:00".
pub fn line(cx: &Ctx, u: &Use) -> String {
    let name = cx
        .data
        .commitments
        .iter()
        .find(|c| c.id == u.commitment_id)
        .map_or_else(String::new, |c| c.name.clone());
    t!(
        "form-use-line",
        amount = u.unit.amount(u.amount),
        name = name,
        when = u.at.get(..16).unwrap_or(&u.at).replace('T', " ")
    )
}
