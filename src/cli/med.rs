//! `tend med`: the person's medications, with their dose and schedule as history
//! (`add`, `edit`, `list`, `show`, `delete`), and the doses they log (`take`, and
//! `dose list|show|edit|delete`). tend records what the person says: adherence is
//! counted, never judged, and nothing here suggests a dose.

use super::{Ctx, args, say};
use crate::domain::medication::{
    Dose, DoseDraft, DoseStatus, MedForm, Medication, MedicationDraft, ScheduleDraft, ScheduleKind,
};
use crate::domain::time::{DateSpec, MomentSpec};
use crate::domain::{RecordKind, parse_weekday};
use crate::error::{Error, Result};
use crate::store::{MedFigures, Prescriber, Tx};
use serde::Serialize;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    Add {
        name: String,
        #[command(flatten)]
        fields: Fields,
        #[command(flatten)]
        schedule: Schedule,
    },
    Take {
        medication: String,
        #[arg(long, value_parser = args::moment)]
        at: Option<MomentSpec>,
        #[command(flatten)]
        status: Status,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    List,
    Show {
        medication: String,
    },
    Edit {
        medication: String,
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[command(flatten)]
        fields: Fields,
        #[command(flatten)]
        schedule: Schedule,
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long)]
        daily: bool,
        #[arg(long)]
        no_addiction: bool,
        #[arg(long)]
        no_end: bool,
        #[arg(long)]
        no_refill: bool,
        #[arg(long)]
        no_prescriber: bool,
    },
    Delete(super::records::Delete),
    #[command(subcommand)]
    Dose(DoseCmd),
}

#[derive(Debug, clap::Subcommand)]
pub enum DoseCmd {
    List {
        #[arg(long)]
        medication: Option<String>,
        #[arg(long, value_parser = args::date)]
        from: Option<DateSpec>,
        #[arg(long, value_parser = args::date)]
        to: Option<DateSpec>,
    },
    Show {
        #[arg(value_parser = args::id)]
        id: i64,
    },
    Edit {
        #[arg(value_parser = args::id)]
        id: i64,
        #[arg(long, value_parser = args::moment)]
        at: Option<MomentSpec>,
        #[arg(long)]
        taken: bool,
        #[command(flatten)]
        status: Status,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    Delete(super::records::Delete),
}

#[derive(Debug, clap::Args)]
pub struct Status {
    #[arg(long, conflicts_with = "late")]
    missed: bool,
    #[arg(long)]
    late: bool,
}

impl Status {
    fn or(&self, old: DoseStatus) -> DoseStatus {
        match (self.missed, self.late) {
            (true, _) => DoseStatus::Missed,
            (_, true) => DoseStatus::Late,
            _ => old,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Fields {
    #[arg(long, value_parser = args::named::<MedForm>)]
    form: Option<MedForm>,
    #[arg(long, value_name = "NAME")]
    prescriber: Option<String>,
    #[arg(long, value_parser = args::date)]
    start: Option<DateSpec>,
    #[arg(long, value_parser = args::date)]
    end: Option<DateSpec>,
    #[arg(long)]
    addiction: bool,
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[arg(long, value_parser = args::date)]
    refill: Option<DateSpec>,
}

#[derive(Debug, clap::Args)]
pub struct Schedule {
    #[arg(long, value_name = "TEXT")]
    dose: Option<String>,
    #[arg(long, value_name = "HH:MM", value_delimiter = ',')]
    times: Option<Vec<String>>,
    #[arg(long, value_delimiter = ',', value_parser = |s: &str| parse_weekday(s).map_err(|e| e.reason))]
    day: Vec<u8>,
    #[arg(long, value_name = "N", conflicts_with_all = ["monthly", "as_needed"])]
    every: Option<u32>,
    #[arg(long, conflicts_with = "as_needed")]
    monthly: bool,
    #[arg(long)]
    as_needed: bool,
}

impl Schedule {
    fn given(&self) -> bool {
        self.dose.is_some()
            || self.times.is_some()
            || !self.day.is_empty()
            || self.every.is_some()
            || self.monthly
            || self.as_needed
    }

    /// The step these flags make over `old` (a new kind drops what it doesn't take).
    fn over(self, mut s: ScheduleDraft, daily: bool) -> ScheduleDraft {
        let kind = if self.as_needed {
            Some(ScheduleKind::AsNeeded)
        } else if self.monthly {
            Some(ScheduleKind::Monthly)
        } else if self.every.is_some() {
            Some(ScheduleKind::EveryNDays)
        } else if daily || !self.day.is_empty() {
            Some(ScheduleKind::Daily)
        } else {
            None
        };
        if let Some(k) = kind.filter(|k| s.kind != Some(*k)) {
            s.kind = Some(k);
            s.weekdays.clear();
            s.every = None;
            if k == ScheduleKind::AsNeeded {
                s.times.clear();
            }
        }
        if let Some(d) = self.dose {
            s.dose = Some(d);
        }
        if let Some(t) = self.times {
            s.times = t;
        }
        if !self.day.is_empty() {
            s.weekdays = self.day;
        }
        if self.every.is_some() {
            s.every = self.every;
        }
        s
    }
}

/// The prescriber's person id, found or added in `w`, with what was done said.
fn prescriber(w: &Tx, name: &str, said: &mut Vec<String>) -> Result<i64> {
    let (id, how) = w.prescriber(name)?;
    let name = name.trim();
    match how {
        Prescriber::Known => {}
        Prescriber::RoleAdded => said.push(t!("cli-med-prescriber-role", name = name)),
        Prescriber::Added => said.push(t!("cli-med-prescriber-added", name = name, id = id)),
    }
    Ok(id)
}

impl Fields {
    /// The draft these fields make over `old`, in `w` (a prescriber may be added).
    fn over(
        self,
        ctx: &Ctx,
        w: &Tx,
        mut d: MedicationDraft,
        said: &mut Vec<String>,
    ) -> Result<MedicationDraft> {
        if let Some(f) = self.form {
            d.form = Some(f);
        }
        if let Some(p) = &self.prescriber {
            d.prescriber_id = Some(prescriber(w, p, said)?);
        }
        if let Some(s) = self.start {
            d.start_date = s.resolve(ctx.today);
        }
        if let Some(e) = self.end {
            d.end_date = Some(e.resolve(ctx.today));
        }
        if let Some(r) = self.refill {
            d.refill_date = Some(r.resolve(ctx.today));
        }
        d.addiction |= self.addiction;
        if let Some(n) = self.note {
            d.note = Some(n);
        }
        Ok(d)
    }
}

/// A medication as `list`, `show` and the writes print it with `--json`: its record
/// (with the schedule history), its prescriber's name, and its figures.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    medication: &'a Medication,
    prescriber: Option<String>,
    #[serde(flatten)]
    figures: MedFigures,
}

fn shown<'a>(ctx: &Ctx, m: &'a Medication) -> Result<Shown<'a>> {
    let prescriber = m
        .prescriber_id
        .map(|id| ctx.store.person(id).map(|p| p.name))
        .transpose()?;
    Ok(Shown {
        medication: m,
        prescriber,
        figures: ctx.store.med_figures(m)?,
    })
}

/// "Buprenorphine: 12 mg, every day at 08:00".
fn line(m: &Medication) -> String {
    let schedule = m.current().map(|s| s.words()).unwrap_or_default();
    t!("cli-med-line", name = m.name.as_str(), schedule = schedule)
}

/// The figures' lines: adherence per window (or as-needed counts), runs of missed
/// doses, a refill coming up.
fn figure_lines(f: &MedFigures) -> Vec<String> {
    let mut out = Vec::new();
    if !f.adherence.is_empty() {
        let windows: Vec<String> = f
            .adherence
            .iter()
            .map(|a| match a.percent {
                Some(p) => t!(
                    "cli-med-adherence",
                    days = a.window_days,
                    taken = a.taken,
                    scheduled = a.scheduled,
                    percent = p,
                    late = a.late
                ),
                None => t!("cli-med-adherence-none", days = a.window_days),
            })
            .collect();
        out.push(windows.join(" · "));
        out.push(t!(
            "cli-med-counting-from",
            date = f.counting_from.to_string()
        ));
    }
    for n in &f.as_needed {
        let reasons: Vec<String> = n
            .reasons
            .iter()
            .map(|(r, c)| t!("cli-med-reason", reason = r.as_str(), count = *c))
            .collect();
        let mut l = t!("cli-med-as-needed", days = n.window_days, count = n.doses);
        if !reasons.is_empty() {
            l.push_str(&t!("cli-med-reasons", reasons = reasons.join(", ")));
        }
        out.push(l);
    }
    for r in &f.missed_runs {
        out.push(t!(
            "cli-med-missed-run",
            first = r.first.to_string(),
            last = r.last.to_string(),
            count = r.doses
        ));
    }
    if let Some(days) = f.refill_in {
        out.push(t!("cli-med-refill", days = days));
    }
    out
}

fn dose_line(ctx: &Ctx, d: &Dose) -> Result<String> {
    let name = ctx.store.medication(d.medication_id)?.name;
    let when = d.at.get(..16).unwrap_or(&d.at).replace('T', " ");
    let mut l = t!(
        "cli-med-dose-line",
        status = d.status.label(),
        name = name,
        when = when
    );
    if let Some(r) = &d.reason {
        l.push_str(&t!("cli-med-dose-reason", reason = r.as_str()));
    }
    Ok(l)
}

pub fn run(c: Cmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        Cmd::Add {
            name,
            fields,
            schedule,
        } => add(ctx, name, fields, schedule),
        Cmd::Take {
            medication,
            at,
            status,
            reason,
            note,
        } => {
            let m = ctx.store.find_medication(&medication)?;
            let at = match at {
                Some(a) => ctx.clock().resolve("at", a)?,
                None => ctx.clock().now(),
            };
            let draft = DoseDraft {
                medication_id: m.id,
                at,
                status: status.or(DoseStatus::Taken),
                reason,
                note,
            };
            let d = ctx.store.write(|w| w.add_dose(draft))?;
            dose_said(ctx, &d, false)
        }
        Cmd::List => list(ctx),
        Cmd::Show { medication } => {
            let m = ctx.store.find_medication(&medication)?;
            show(ctx, &m, &[], false)
        }
        Cmd::Edit {
            medication,
            name,
            fields,
            schedule,
            from,
            daily,
            no_addiction,
            no_end,
            no_refill,
            no_prescriber,
        } => {
            let m = ctx.store.find_medication(&medication)?;
            let from = from.map_or(ctx.today, |d| d.resolve(ctx.today));
            let mut said = Vec::new();
            let new_step = (schedule.given() || daily).then(|| {
                let old = m.current().map(ScheduleDraft::of).unwrap_or_default();
                schedule.over(old, daily)
            });
            let m = ctx.store.write(|w| {
                let mut d = fields.over(ctx, w, MedicationDraft::from(&m), &mut said)?;
                if let Some(n) = name {
                    d.name = n;
                }
                d.addiction &= !no_addiction;
                if no_end {
                    d.end_date = None;
                }
                if no_refill {
                    d.refill_date = None;
                }
                if no_prescriber {
                    d.prescriber_id = None;
                }
                let m = w.edit_medication(m.id, d)?;
                match new_step {
                    Some(s) => w.set_schedule(m.id, from.max(m.start_date), s),
                    None => Ok(m),
                }
            })?;
            said.insert(0, t!("cli-med-changed", id = m.id, line = line(&m)));
            show(ctx, &m, &said, false)
        }
        Cmd::Delete(d) => super::records::delete(ctx, RecordKind::Medication, d),
        Cmd::Dose(c) => dose(c, ctx),
    }
}

fn add(ctx: &mut Ctx, name: String, fields: Fields, schedule: Schedule) -> Result<()> {
    let mut said = Vec::new();
    let blank = MedicationDraft {
        name,
        form: None,
        prescriber_id: None,
        start_date: ctx.today,
        end_date: None,
        note: None,
        addiction: false,
        refill_date: None,
    };
    let step = schedule.over(ScheduleDraft::default(), false);
    let m = ctx.store.write(|w| {
        let d = fields.over(ctx, w, blank, &mut said)?;
        w.add_medication(d, step)
    })?;
    said.insert(0, t!("cli-med-added", id = m.id, line = line(&m)));
    show(ctx, &m, &said, true)
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let meds = ctx.store.medications()?;
    let all = meds
        .iter()
        .map(|m| shown(ctx, m))
        .collect::<Result<Vec<_>>>()?;
    ctx.show(&all, |out| {
        if all.is_empty() {
            say!(out, "{}", t!("cli-med-none"));
        }
        for s in &all {
            say!(out, "{:>5}  {}", s.medication.id, line(s.medication));
            for l in figure_lines(&s.figures) {
                say!(out, "       {l}");
            }
        }
        say!(out, "{}", t!("cli-med-records-only"));
    })
}

/// One medication in full, after the lines `said` (what a write did).
fn show(ctx: &mut Ctx, m: &Medication, said: &[String], added: bool) -> Result<()> {
    let s = shown(ctx, m)?;
    ctx.show(&s, |out| {
        for l in said {
            say!(out, "{l}");
        }
        if said.is_empty() {
            say!(out, "{}", t!("cli-med-show", id = m.id, line = line(m)));
        }
        if let Some(f) = m.form {
            say!(out, "  {}", t!("cli-med-form", form = f.label()));
        }
        if m.addiction {
            say!(out, "  {}", t!("cli-med-addiction"));
        }
        if let Some(p) = &s.prescriber {
            say!(out, "  {}", t!("cli-med-prescribed-by", name = p.as_str()));
        }
        let end = m
            .end_date
            .map_or_else(|| "-".to_string(), |e| e.to_string());
        say!(
            out,
            "  {}",
            t!(
                "cli-med-dates",
                start = m.start_date.to_string(),
                end = end,
                ended = i64::from(m.end_date.is_some())
            )
        );
        if let Some(r) = m.refill_date {
            say!(out, "  {}", t!("cli-med-refill-date", date = r.to_string()));
        }
        // The history of dose and schedule, when it changed.
        if m.schedules.len() > 1 {
            for step in &m.schedules {
                let date = step.from_date.to_string();
                say!(
                    out,
                    "  {}",
                    t!("cli-med-change", date = date, schedule = step.words())
                );
            }
        }
        // Just added: adherence would only count a dose not logged yet.
        if !added {
            for l in figure_lines(&s.figures) {
                say!(out, "  {l}");
            }
        }
        if let Some(n) = &m.note {
            say!(out, "  {}", t!("cli-note", note = n));
        }
    })
}

fn dose_said(ctx: &mut Ctx, d: &Dose, changed: bool) -> Result<()> {
    let line = dose_line(ctx, d)?;
    let said = if changed {
        t!("cli-med-dose-changed", id = d.id, line = line)
    } else {
        t!("cli-med-dose-logged", id = d.id, line = line)
    };
    ctx.show(d, |out| say!(out, "{said}"))
}

fn dose(c: DoseCmd, ctx: &mut Ctx) -> Result<()> {
    match c {
        DoseCmd::List {
            medication,
            from,
            to,
        } => {
            let m = medication
                .map(|n| ctx.store.find_medication(&n))
                .transpose()?;
            let to = to.map_or(ctx.today, |d| d.resolve(ctx.today));
            let from = from.map_or(to - chrono::Duration::days(29), |d| d.resolve(ctx.today));
            let all = ctx.store.doses(m.map(|m| m.id), from, to)?;
            let mut rows = Vec::new();
            for d in &all {
                rows.push(format!("{:>5}  {}", d.id, dose_line(ctx, d)?));
            }
            ctx.show(&all, |out| {
                if all.is_empty() {
                    say!(out, "{}", t!("cli-med-dose-none"));
                }
                for r in &rows {
                    say!(out, "{r}");
                }
            })
        }
        DoseCmd::Show { id } => {
            let d = ctx.store.dose(id)?;
            let head = dose_line(ctx, &d)?;
            ctx.show(&d, |out| {
                say!(out, "{}", t!("cli-med-dose-show", id = d.id, line = head));
                if let Some(n) = &d.note {
                    say!(out, "  {}", t!("cli-note", note = n));
                }
            })
        }
        DoseCmd::Edit {
            id,
            at,
            taken,
            status,
            reason,
            note,
        } => {
            let old = ctx.store.dose(id)?;
            let at = match at {
                Some(a) => ctx.clock().resolve("at", a)?,
                None => chrono::DateTime::parse_from_rfc3339(&old.at)
                    .map_err(|e| Error::invalid("at", e.to_string()))?,
            };
            let status = if taken {
                DoseStatus::Taken
            } else {
                status.or(old.status)
            };
            let draft = DoseDraft {
                medication_id: old.medication_id,
                at,
                status,
                reason: reason.or(old.reason),
                note: note.or(old.note),
            };
            let d = ctx.store.write(|w| w.edit_dose(id, draft))?;
            dose_said(ctx, &d, true)
        }
        DoseCmd::Delete(d) => super::records::delete(ctx, RecordKind::Dose, d),
    }
}
