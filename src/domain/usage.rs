//! Harm reduction: a commitment's path (abstain, cut down, use more safely), the use
//! log, units and standard drinks, and the figures a person sees about their use.
//!
//! Nothing here is a verdict: a day is inside or outside the person's *own* plan, a use
//! is a fact they chose to write down, and no figure ever resets. Amounts are kept in
//! the unit the person wrote; figures are in the unit of the commitment's path, with
//! standard drinks and UK units converted through grams of alcohol.

use super::{Invalid, check_chars, named_enum, optional_text};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

named_enum!(
    /// The way a person walks with a commitment. Without a path, a commitment abstains.
    Path, "path" {
        Abstain => "abstain",
        CutDown => "cut-down",
        SaferUse => "safer-use",
    }
);

named_enum!(
    /// What an amount counts: standard drinks (of the person's country), UK units,
    /// grams, times, or money.
    UseUnit, "unit" {
        Drinks => "drinks",
        Units => "units",
        Grams => "grams",
        Times => "times",
        Money => "money",
    }
);

named_enum!(
    /// The safer-use practices a person can choose for their plan.
    SaferStep, "checklist" {
        NeverAlone => "never-alone",
        Naloxone => "naloxone",
        TestStrips => "test-strips",
        EatFirst => "eat-first",
        SetAmount => "set-amount",
        RideHome => "ride-home",
    }
);

/// The most money one day's use may record (in the person's currency).
pub const MAX_MONEY: f64 = 100_000.0;

impl UseUnit {
    /// An amount in this unit as a person reads it: "1 standard drink", "1.5 UK units",
    /// "3 times" (two decimals at most; the plural follows the number).
    pub fn amount(self, amount: f64) -> String {
        t!("use-amount", unit = self.as_str(), amount = round2(amount))
    }

    /// The most one day may hold in this unit: 100 drinks or units, 1,000 g, 100 times,
    /// 100,000 in money.
    pub fn cap(self) -> f64 {
        match self {
            UseUnit::Drinks | UseUnit::Units | UseUnit::Times => 100.0,
            UseUnit::Grams => 1_000.0,
            UseUnit::Money => MAX_MONEY,
        }
    }
}

/// Grams of pure alcohol in one UK unit (10 ml).
pub const UK_UNIT_GRAMS: f64 = 8.0;
/// Grams of pure alcohol in a millilitre.
const ALCOHOL_DENSITY: f64 = 0.789;

/// The size of a standard drink in grams of alcohol for a country (two letters): the
/// US's 14 g where the country has no size of its own here.
pub fn standard_drink_grams(country: Option<&str>) -> f64 {
    match country.map(str::to_ascii_uppercase).as_deref() {
        Some("AU" | "NZ" | "IE") => 10.0,
        Some("CA") => 13.45,
        Some("GB") => UK_UNIT_GRAMS,
        _ => 14.0,
    }
}

/// Converts an amount between units: standard drinks and UK units through grams of
/// alcohol; any unit to itself. `None`: the two don't measure the same thing.
pub fn convert(amount: f64, from: UseUnit, to: UseUnit, drink_grams: f64) -> Option<f64> {
    let grams = |u: UseUnit| match u {
        UseUnit::Drinks => Some(drink_grams),
        UseUnit::Units => Some(UK_UNIT_GRAMS),
        _ => None,
    };
    if from == to {
        return Some(amount);
    }
    Some(amount * grams(from)? / grams(to)?)
}

/// A drink by its volume (ml) and strength (% ABV), in `unit` (drinks or units), to
/// two decimals. `None`: not a unit of alcohol, or an impossible drink.
pub fn drink(ml: f64, abv: f64, unit: UseUnit, drink_grams: f64) -> Option<f64> {
    if !(ml > 0.0 && ml <= 10_000.0 && abv > 0.0 && abv <= 100.0) {
        return None;
    }
    let grams = ml * abv / 100.0 * ALCOHOL_DENSITY;
    let amount = match unit {
        UseUnit::Units => ml * abv / 1000.0,
        UseUnit::Drinks => grams / drink_grams,
        _ => return None,
    };
    Some((amount * 100.0).round() / 100.0)
}

/// Common drinks for the converter: what it is, volume in ml, strength (% ABV).
pub fn common_drinks() -> [(String, f64, f64); 6] {
    [
        (t!("use-drink-beer-can"), 355.0, 5.0),
        (t!("use-drink-beer-pint"), 568.0, 4.0),
        (t!("use-drink-wine-glass"), 175.0, 12.0),
        (t!("use-drink-wine-bottle"), 750.0, 12.0),
        (t!("use-drink-spirits-shot"), 44.0, 40.0),
        (t!("use-drink-spirits-measure"), 25.0, 40.0),
    ]
}

/// An amount as a person reads it: whole numbers bare, else up to two decimals, with
/// the decimal mark of the language in effect (Spain: 1,5).
pub fn show_amount(a: f64) -> String {
    crate::catalog::mark(&data_amount(a))
}

/// An amount as a data file writes it (CSV): like `show_amount`, always with a point.
pub fn data_amount(a: f64) -> String {
    let s = format!("{a:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// Days without use before `day`: since the last use, or with none logged, since the
/// commitment's last setback or its start. The break after which tolerance drops.
pub fn days_without_use(
    last_use: Option<NaiveDate>,
    last_setback: Option<NaiveDate>,
    start: NaiveDate,
    day: NaiveDate,
) -> i64 {
    let since = match last_use {
        Some(u) => u + Duration::days(1),
        None => last_setback.map_or(start, |s| (s + Duration::days(1)).max(start)),
    };
    (day - since).num_days()
}

/// Checks an amount against a unit's cap: a number, not negative, at most the cap.
pub fn check_amount(field: &str, amount: f64, unit: UseUnit) -> Result<f64, Invalid> {
    if !amount.is_finite() || amount < 0.0 {
        return Err(Invalid::new(
            field,
            t!("invalid-amount-negative", value = show_amount(amount)),
        ));
    }
    if amount > unit.cap() {
        return Err(Invalid::new(
            field,
            t!(
                "invalid-amount-cap",
                value = show_amount(amount),
                max = unit.amount(unit.cap())
            ),
        ));
    }
    Ok((amount * 100.0).round() / 100.0)
}

/// A safer-use checklist, stored as its names separated by commas, in `ALL`'s order.
pub fn checklist_text(steps: &[SaferStep]) -> Option<String> {
    let names: Vec<&str> = SaferStep::ALL
        .iter()
        .filter(|s| steps.contains(s))
        .map(|s| s.as_str())
        .collect();
    (!names.is_empty()).then(|| names.join(","))
}

/// Reads a stored checklist, skipping names this tend doesn't know (a newer tend's).
pub fn checklist_of(text: Option<&str>) -> Vec<SaferStep> {
    let mut out: Vec<SaferStep> = text
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| SaferStep::parse(s).ok())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A commitment's path from a day on, with the person's own limits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommitmentPath {
    pub id: i64,
    pub commitment_id: i64,
    pub from_date: NaiveDate,
    pub path: Path,
    pub unit: UseUnit,
    pub max_per_day: Option<f64>,
    pub max_per_week: Option<f64>,
    /// Use-free days a week the person aims for.
    pub free_days: Option<u8>,
    /// A day at or over this amount is a heavy day (the use calendar marks it).
    pub heavy_at: Option<f64>,
    /// What one unit costs, for money spent and saved.
    pub price: Option<f64>,
    /// How much the person used in a week before, for money saved.
    pub usual_per_week: Option<f64>,
    pub checklist: Vec<SaferStep>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a person sets when they choose or change a path.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PathDraft {
    pub path: Option<Path>,
    pub unit: Option<UseUnit>,
    pub max_per_day: Option<f64>,
    pub max_per_week: Option<f64>,
    pub free_days: Option<u8>,
    pub heavy_at: Option<f64>,
    pub price: Option<f64>,
    pub usual_per_week: Option<f64>,
    pub checklist: Option<Vec<SaferStep>>,
}

impl PathDraft {
    /// The path this draft makes on top of `old` (the path before, if any): what the
    /// draft leaves out stays as it was; limits only belong to a cut-down path.
    pub fn apply(&self, old: Option<&CommitmentPath>) -> Result<PathValues, Invalid> {
        let path = self.path.or(old.map(|o| o.path)).unwrap_or(Path::Abstain);
        let unit = self.unit.or(old.map(|o| o.unit)).unwrap_or(UseUnit::Drinks);
        let keep = |new: Option<f64>, old_v: Option<f64>| new.or(old_v);
        let limits = path == Path::CutDown;
        let day = keep(self.max_per_day, old.and_then(|o| o.max_per_day)).filter(|_| limits);
        let week = keep(self.max_per_week, old.and_then(|o| o.max_per_week)).filter(|_| limits);
        let free = self
            .free_days
            .or(old.and_then(|o| o.free_days))
            .filter(|_| limits);
        if let Some(f) = free {
            super::check_range("free-days", i64::from(f), 0, 7)?;
        }
        let check = |field: &str, v: Option<f64>, unit: UseUnit| {
            v.map(|v| check_amount(field, v, unit)).transpose()
        };
        Ok(PathValues {
            path,
            unit,
            max_per_day: check("max-per-day", day, unit)?,
            max_per_week: check("max-per-week", week, unit)?.map(|w| w.min(unit.cap() * 7.0)),
            free_days: free,
            heavy_at: check(
                "heavy-at",
                keep(self.heavy_at, old.and_then(|o| o.heavy_at)),
                unit,
            )?
            .filter(|h| *h > 0.0),
            price: check(
                "price",
                keep(self.price, old.and_then(|o| o.price)),
                UseUnit::Money,
            )?,
            usual_per_week: check(
                "usual-per-week",
                keep(self.usual_per_week, old.and_then(|o| o.usual_per_week)),
                unit,
            )?,
            checklist: self
                .checklist
                .clone()
                .or(old.map(|o| o.checklist.clone()))
                .unwrap_or_default(),
        })
    }
}

/// A path's values as they are written.
#[derive(Debug, Clone, PartialEq)]
pub struct PathValues {
    pub path: Path,
    pub unit: UseUnit,
    pub max_per_day: Option<f64>,
    pub max_per_week: Option<f64>,
    pub free_days: Option<u8>,
    pub heavy_at: Option<f64>,
    pub price: Option<f64>,
    pub usual_per_week: Option<f64>,
    pub checklist: Vec<SaferStep>,
}

/// One use, as logged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Use {
    pub id: i64,
    pub commitment_id: i64,
    /// On an abstain path, that day's growth entry.
    pub setback_id: Option<i64>,
    pub at: String,
    pub date: NaiveDate,
    pub amount: f64,
    pub unit: UseUnit,
    pub what: Option<String>,
    #[serde(rename = "where")]
    pub place: Option<String>,
    pub with_whom: Option<String>,
    pub planned: bool,
    pub cost: Option<f64>,
    pub followed: Vec<SaferStep>,
    pub note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip_serializing, default)]
    pub revision: i64,
}

/// A use as a person writes it; `validated` trims and checks it.
#[derive(Debug, Clone, PartialEq)]
pub struct UseDraft {
    pub commitment_id: i64,
    pub at: chrono::DateTime<chrono::FixedOffset>,
    pub amount: f64,
    pub unit: UseUnit,
    pub what: Option<String>,
    pub place: Option<String>,
    pub with_whom: Option<String>,
    pub planned: bool,
    pub cost: Option<f64>,
    pub followed: Vec<SaferStep>,
    pub note: Option<String>,
}

impl UseDraft {
    pub fn validated(mut self) -> Result<UseDraft, Invalid> {
        self.amount = check_amount("amount", self.amount, self.unit)?;
        self.cost = self
            .cost
            .map(|c| check_amount("cost", c, UseUnit::Money))
            .transpose()?;
        for (field, text) in [
            ("what", &mut self.what),
            ("where", &mut self.place),
            ("with", &mut self.with_whom),
        ] {
            *text = text.as_deref().and_then(optional_text);
            if let Some(t) = text {
                check_chars(field, t, super::MAX_NAME_CHARS)?;
            }
        }
        self.note = self.note.as_deref().and_then(optional_text);
        if let Some(n) = &self.note {
            super::check_bytes("note", n)?;
        }
        Ok(self)
    }
}

/// One day's use of a commitment in one unit: what the figures need of the log.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UseDay {
    pub date: NaiveDate,
    pub unit: UseUnit,
    pub amount: f64,
    pub uses: u32,
    /// Money the person wrote they spent that day, if they did.
    pub cost: Option<f64>,
    /// Uses that day where the person recorded their checklist, and those that followed
    /// all of it.
    pub checked: u32,
    pub followed_all: u32,
}

/// The path in effect on a day: the latest that began on or before it; abstain before
/// any. `paths` is in the store's order (by day, then as written, then by uid), so two
/// devices that each chose a path for the same day agree on which one holds.
pub fn path_on(paths: &[CommitmentPath], day: NaiveDate) -> Option<&CommitmentPath> {
    paths
        .iter()
        .filter(|p| p.from_date <= day)
        .max_by_key(|p| p.from_date)
}

/// Figures over one window of days ending today.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UseWindow {
    pub window_days: i64,
    /// Days of the window on or after the commitment's start.
    pub days: i64,
    pub use_free_days: i64,
    pub use_days: i64,
    /// In the unit of the path in effect today.
    pub total: f64,
    pub per_week: f64,
    pub heavy_days: i64,
    /// The window before this one, of the same length, for change.
    pub previous_total: Option<f64>,
    pub previous_use_free_days: Option<i64>,
    /// Cut-down path: days of the window within the plan and over it.
    pub within_plan: Option<i64>,
    pub over_plan: Option<i64>,
}

/// Money spent, and saved against the person's usual week, over the whole path.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Money {
    pub spent_last_30: f64,
    /// Saved over the last 30 days against the usual week at the price; `None` without
    /// both.
    pub saved_last_30: Option<f64>,
}

/// What a person sees about their use of one commitment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UseFigures {
    pub path: Path,
    pub unit: UseUnit,
    /// When today's path began (a tighter plan on the same path is not a new one), and
    /// each change of path (oldest first).
    pub path_since: Option<NaiveDate>,
    pub changes: Vec<PathChange>,
    pub max_per_day: Option<f64>,
    pub max_per_week: Option<f64>,
    pub free_days_goal: Option<u8>,
    /// The amount that makes a heavy day, if the person set one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heavy_at: Option<f64>,
    /// The last 7 days, 30, 90 and 365.
    pub windows: Vec<UseWindow>,
    /// Cut-down path: every day a cut-down plan was in effect less those over it (never
    /// reset, not even by a change of path and back), and the days over it.
    pub days_within_plan: Option<i64>,
    pub days_over_plan: Option<i64>,
    pub money: Option<Money>,
    /// Safer-use path: uses whose checklist was recorded, and those that followed it all.
    pub checklist_recorded: Option<i64>,
    pub checklist_followed: Option<i64>,
    /// The last day with use, if any.
    pub last_use: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathChange {
    pub from_date: NaiveDate,
    pub path: Path,
}

/// One day's amount in `unit` (uses in units that don't convert are left out of it).
fn amount_in(days: &[UseDay], unit: UseUnit, grams: f64) -> f64 {
    days.iter()
        .filter_map(|d| convert(d.amount, d.unit, unit, grams))
        .sum()
}

/// The day's total in the unit of its path, and whether it is outside that plan: over
/// the daily limit, or a use day bringing the 7 days ending it over the weekly limit.
pub fn outside_plan(
    by_day: &std::collections::BTreeMap<NaiveDate, f64>,
    path: &CommitmentPath,
    day: NaiveDate,
) -> bool {
    let amount = by_day.get(&day).copied().unwrap_or(0.0);
    if path.path != Path::CutDown || amount <= 0.0 {
        return false;
    }
    let over_day = path.max_per_day.is_some_and(|m| amount > m + 1e-9);
    let week: f64 = by_day
        .range(day - Duration::days(6)..=day)
        .map(|(_, a)| a)
        .sum();
    over_day || path.max_per_week.is_some_and(|m| week > m + 1e-9)
}

/// Each day's total of a commitment's use in `unit`.
pub fn daily(
    days: &[UseDay],
    unit: UseUnit,
    grams: f64,
) -> std::collections::BTreeMap<NaiveDate, f64> {
    let mut out = std::collections::BTreeMap::new();
    for d in days {
        if let Some(a) = convert(d.amount, d.unit, unit, grams) {
            *out.entry(d.date).or_insert(0.0) += a;
        } else {
            out.entry(d.date).or_insert(0.0);
        }
    }
    out
}

/// The figures of one commitment's use as of `today`. `days`: the use log summed per
/// day and unit from at least 730 days before today (and from the path's start for the
/// plan's days), oldest first.
pub fn figures(
    start: NaiveDate,
    paths: &[CommitmentPath],
    days: &[UseDay],
    today: NaiveDate,
    grams: f64,
) -> UseFigures {
    let now = path_on(paths, today);
    let path = now.map_or(Path::Abstain, |p| p.path);
    let unit = now.map_or(UseUnit::Drinks, |p| p.unit);
    let by_day = daily(days, unit, grams);
    let plan = Plan {
        start,
        paths,
        by_day: &by_day,
        today,
    };
    let windows = [7, 30, 90, 365]
        .into_iter()
        .map(|n| window(&plan, days, n))
        .collect();
    let cut = (path == Path::CutDown).then(|| plan.days(start));
    let changes = changes(paths);
    let safer = path == Path::SaferUse;
    let checked: i64 = days.iter().map(|d| i64::from(d.checked)).sum();
    let followed: i64 = days.iter().map(|d| i64::from(d.followed_all)).sum();
    UseFigures {
        path,
        unit,
        path_since: changes.last().map(|c| c.from_date.max(start)),
        changes,
        max_per_day: now.and_then(|p| p.max_per_day),
        max_per_week: now.and_then(|p| p.max_per_week),
        free_days_goal: now.and_then(|p| p.free_days),
        heavy_at: now.and_then(|p| p.heavy_at),
        windows,
        days_within_plan: cut.map(|(on, over)| on - over),
        days_over_plan: cut.map(|(_, over)| over),
        money: money(now, days, today, unit, grams),
        checklist_recorded: safer.then_some(checked),
        checklist_followed: safer.then_some(followed),
        last_use: days.iter().rev().find(|d| d.uses > 0).map(|d| d.date),
    }
}

/// The path changes, oldest first: a new step of the history that keeps the path (a
/// cut-down plan made tighter) is not a change.
fn changes(paths: &[CommitmentPath]) -> Vec<PathChange> {
    let mut out: Vec<PathChange> = Vec::new();
    for p in paths {
        if out.last().is_some_and(|l| l.from_date == p.from_date) {
            out.pop();
        }
        if out.last().is_none_or(|l| l.path != p.path) {
            out.push(PathChange {
                from_date: p.from_date,
                path: p.path,
            });
        }
    }
    out
}

/// What the plan's figures read: the commitment's start, its paths, each day's amount.
struct Plan<'a> {
    start: NaiveDate,
    paths: &'a [CommitmentPath],
    by_day: &'a std::collections::BTreeMap<NaiveDate, f64>,
    today: NaiveDate,
}

impl Plan<'_> {
    /// From `from` (not before the start) to today: the days a cut-down plan was in
    /// effect, and those of them outside it. Every cut-down day counts, whenever the
    /// path was chosen, so the figure never goes back.
    fn days(&self, from: NaiveDate) -> (i64, i64) {
        let from = from.max(self.start);
        let mut on = 0;
        for (i, p) in self.paths.iter().enumerate() {
            let next = self.paths[i + 1..]
                .iter()
                .map(|q| q.from_date)
                .find(|d| *d > p.from_date);
            // A path another of the same day replaced held no day.
            let replaced = self.paths[i + 1..]
                .iter()
                .any(|q| q.from_date == p.from_date);
            if replaced || p.path != Path::CutDown || next.is_some_and(|n| n <= from) {
                continue;
            }
            let a = p.from_date.max(from);
            let b = next
                .map_or(self.today, |n| n - Duration::days(1))
                .min(self.today);
            on += ((b - a).num_days() + 1).max(0);
        }
        let over = self
            .by_day
            .range(from..=self.today)
            .filter(|(d, _)| {
                path_on(self.paths, **d).is_some_and(|p| outside_plan(self.by_day, p, **d))
            })
            .count() as i64;
        (on, over)
    }
}

fn window(plan: &Plan, days: &[UseDay], n: i64) -> UseWindow {
    let (start, today, by_day) = (plan.start, plan.today, plan.by_day);
    let from = today - Duration::days(n - 1);
    let counted_from = from.max(start);
    let span = |a: NaiveDate, b: NaiveDate| ((b - a).num_days() + 1).max(0);
    let counted = span(counted_from, today);
    let use_days_in = |a: NaiveDate, b: NaiveDate| {
        days.iter()
            .filter(|d| d.uses > 0 && d.date >= a && d.date <= b)
            .map(|d| d.date)
            .collect::<std::collections::BTreeSet<_>>()
            .len() as i64
    };
    let total_in = |a: NaiveDate, b: NaiveDate| by_day.range(a..=b).map(|(_, v)| v).sum::<f64>();
    let use_days = use_days_in(counted_from, today);
    let total = total_in(counted_from, today);
    let heavy_days = by_day
        .range(counted_from..=today)
        .filter(|(d, a)| {
            path_on(plan.paths, **d)
                .and_then(|p| p.heavy_at)
                .is_some_and(|h| **a >= h)
        })
        .count() as i64;
    let prev_to = from - Duration::days(1);
    let prev_from = (from - Duration::days(n)).max(start);
    let previous = (prev_from <= prev_to).then(|| {
        (
            total_in(prev_from, prev_to),
            span(prev_from, prev_to) - use_days_in(prev_from, prev_to),
        )
    });
    // Within and over the plan: only while the path today is cutting down.
    let cut = path_on(plan.paths, today)
        .is_some_and(|p| p.path == Path::CutDown)
        .then(|| plan.days(counted_from));
    UseWindow {
        window_days: n,
        days: counted,
        use_free_days: counted - use_days,
        use_days,
        total: round2(total),
        per_week: if counted > 0 {
            round2(total * 7.0 / counted as f64)
        } else {
            0.0
        },
        heavy_days,
        previous_total: previous.map(|p| round2(p.0)),
        previous_use_free_days: previous.map(|p| p.1),
        within_plan: cut.map(|(on, over)| on - over),
        over_plan: cut.map(|(_, over)| over),
    }
}

fn money(
    now: Option<&CommitmentPath>,
    days: &[UseDay],
    today: NaiveDate,
    unit: UseUnit,
    grams: f64,
) -> Option<Money> {
    let from = today - Duration::days(29);
    let recent: Vec<UseDay> = days.iter().filter(|d| d.date >= from).copied().collect();
    let price = now.and_then(|p| p.price);
    let written: f64 = recent.iter().filter_map(|d| d.cost).sum();
    let priced = price.map(|p| amount_in(&recent, unit, grams) * p);
    let any_cost = recent.iter().any(|d| d.cost.is_some());
    if !any_cost && price.is_none() {
        return None;
    }
    let spent = if any_cost {
        written
    } else {
        priced.unwrap_or(0.0)
    };
    let saved = now
        .and_then(|p| p.usual_per_week.zip(p.price))
        .map(|(usual, price)| round2(usual * price * 30.0 / 7.0 - spent));
    Some(Money {
        spent_last_30: round2(spent),
        saved_last_30: saved,
    })
}

/// Two decimals, and never "-0".
fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0 + 0.0
}

#[cfg(test)]
mod tests;
