//! Checks every field of a tend data file the way typed input is checked: types,
//! ranges, enums, positions, texts and dates go through the domain's rules, so no
//! imported value can make the journal unreadable.

use crate::domain::connections::{Fellowship, MeetingDraft, MeetingFormat, Sharing};
use crate::domain::people::{PersonDraft, Role, parse_roles};
use crate::domain::time::{FIRST_DAY, check_lived, local_date};
use crate::domain::{Invalid, MAX_NAME_CHARS, check_bytes, check_chars, check_range};
use crate::store::schema;
use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::types::Value;
use serde_json::Value as Json;

pub use crate::store::schema::{Kind, canon};

/// Whether `t` could be a name a newer tend gave a closed set: a short lowercase
/// word (letters, digits, hyphens), never text that merely fails to parse.
fn newer_name(t: &str) -> bool {
    (1..=40).contains(&t.len())
        && t.starts_with(|c: char| c.is_ascii_lowercase())
        && t.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A refusal naming the file's record and field.
pub(super) fn bad(at: &str, what: impl Into<String>) -> crate::error::Error {
    crate::error::Error::invalid(at, what)
}

pub(super) fn invalid(e: Invalid) -> crate::error::Error {
    crate::error::Error::Invalid(e)
}

/// The person's today and day-start hour, for date checks.
#[derive(Clone, Copy)]
pub struct Today {
    pub date: NaiveDate,
    pub day_start: u8,
}

/// What a value is, in words, for "must be text, not a list".
fn kind_of(v: &Json) -> String {
    match v {
        Json::Null => t!("store-json-null"),
        Json::Bool(_) => t!("store-json-bool"),
        Json::Number(n) if n.is_i64() || n.is_u64() => t!("store-json-whole"),
        Json::Number(_) => t!("store-json-fraction"),
        Json::String(_) => t!("store-json-text"),
        Json::Array(_) => t!("store-json-list"),
        Json::Object(_) => t!("store-json-object"),
    }
}

/// What a field must hold, for a value of another kind.
enum Want {
    Text,
    Number(i64, i64),
    Hours,
    Amount,
}

fn wrong(field: &str, want: Want, v: &Json) -> Invalid {
    let got = kind_of(v);
    Invalid::new(
        field,
        match want {
            Want::Text => t!("store-check-not-text", got = got),
            Want::Number(lo, hi) => t!("store-check-not-number", lo = lo, hi = hi, got = got),
            Want::Hours => t!("store-check-not-hours", got = got),
            Want::Amount => t!("store-check-not-amount", got = got),
        },
    )
}

/// A date as tend stores it: exactly YYYY-MM-DD, from 1900 on.
pub fn date(field: &str, s: &str) -> Result<NaiveDate, Invalid> {
    // Four, two and two digits (read without formatting the date back: a merge reads
    // hundreds of thousands).
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r)
            .filter(|d| d.iter().all(u8::is_ascii_digit))
            .and_then(|d| std::str::from_utf8(d).ok()?.parse::<u32>().ok())
    };
    let shaped = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let d = match (shaped, digits(0..4), digits(5..7), digits(8..10)) {
        (true, Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d),
        _ => None,
    }
    .ok_or_else(|| Invalid::new(field, t!("store-check-not-date", value = s)))?;
    if d < FIRST_DAY {
        return Err(Invalid::new(
            field,
            t!("store-check-before-1900", date = d.to_string()),
        ));
    }
    Ok(d)
}

/// A moment as tend stores it: RFC 3339 with its UTC offset.
pub fn moment(field: &str, s: &str) -> Result<DateTime<FixedOffset>, Invalid> {
    DateTime::parse_from_rfc3339(s)
        .map_err(|_| Invalid::new(field, t!("store-check-not-moment", value = s)))
}

fn text<'a>(field: &str, v: &'a Json) -> Result<&'a str, Invalid> {
    v.as_str().ok_or_else(|| wrong(field, Want::Text, v))
}

fn int(field: &str, v: &Json, lo: i64, hi: i64) -> Result<Value, Invalid> {
    let n = v.as_i64().ok_or_else(|| match v.as_f64() {
        Some(f) => Invalid::new(
            field,
            t!(
                "store-check-fraction",
                lo = lo,
                hi = hi,
                value = f.to_string()
            ),
        ),
        None => wrong(field, Want::Number(lo, hi), v),
    })?;
    check_range(field, n, lo, hi)?;
    Ok(Value::Integer(n))
}

/// Text checked for its kind: present, not blank when required, within its size.
fn checked_text<'a>(kind: Kind, field: &str, v: &'a Json) -> Result<&'a str, Invalid> {
    let t = text(field, v)?;
    if matches!(kind, Kind::Name | Kind::Label | Kind::Body) && t.trim().is_empty() {
        return Err(Invalid::new(field, t!("store-check-empty")));
    }
    if matches!(kind, Kind::Body | Kind::Text) {
        check_bytes(field, t)?;
    } else {
        check_chars(field, t, MAX_NAME_CHARS)?;
    }
    Ok(t)
}

/// Checks one value of a column; `None` when the field is absent from a new row.
pub fn value(kind: Kind, field: &str, v: Option<&Json>, today: Today) -> Result<Value, Invalid> {
    let missing = || Invalid::new(field, t!("store-check-missing"));
    let optional = !matches!(
        kind,
        Kind::Name
            | Kind::Body
            | Kind::Int(..)
            | Kind::Enum(_)
            | Kind::Lived
            | Kind::Moment
            | Kind::Answers
            | Kind::Label
    );
    let v = match v {
        None | Some(Json::Null) if matches!(kind, Kind::Flag) => return Ok(Value::Integer(0)),
        None | Some(Json::Null) if matches!(kind, Kind::Roles) => {
            return Ok(Value::Text(String::new()));
        }
        None | Some(Json::Null) if optional => return Ok(Value::Null),
        None | Some(Json::Null) => return Err(missing()),
        Some(v) => v,
    };
    Ok(match kind {
        Kind::Name | Kind::Label | Kind::OptName | Kind::Body | Kind::Text => {
            Value::Text(checked_text(kind, field, v)?.into())
        }
        Kind::Int(lo, hi) | Kind::OptInt(lo, hi) => int(field, v, lo, hi)?,
        Kind::Flag => match v {
            Json::Bool(b) => Value::Integer(i64::from(*b)),
            _ => int(field, v, 0, 1)?,
        },
        Kind::Hours => hours(field, v)?,
        Kind::Amount(max) | Kind::OptAmount(max) => amount(field, v, max)?,
        Kind::Enum(parse) | Kind::OptEnum(parse) => {
            let t = text(field, v)?;
            match parse(t) {
                Ok(name) => Value::Text(name.into()),
                // A newer tend's value of a set with "other": kept as written, and
                // read as "other" here.
                Err(_) if parse("other").is_ok() && newer_name(t) => Value::Text(t.into()),
                Err(e) => return Err(Invalid::new(field, e.reason)),
            }
        }
        Kind::Lived | Kind::OptLived => {
            let d = date(field, text(field, v)?)?;
            check_lived(field, d, today.date)?;
            Value::Text(d.to_string())
        }
        Kind::OptDate => Value::Text(date(field, text(field, v)?)?.to_string()),
        Kind::Moment => {
            let s = text(field, v)?;
            let t = moment(field, s)?;
            check_lived(field, local_date(t, today.day_start), today.date)?;
            Value::Text(s.into())
        }
        Kind::Answers => {
            let t = text(field, v)?;
            serde_json::from_str::<Vec<u8>>(t)
                .map_err(|_| Invalid::new(field, t!("store-check-answers")))?;
            Value::Text(t.into())
        }
        Kind::Roles | Kind::Phone | Kind::Clock => typed(kind, field, text(field, v)?)?,
        Kind::Days => days(field, text(field, v)?)?,
        Kind::Times => {
            let t = text(field, v)?;
            let each: Vec<String> = t.split(',').map(String::from).collect();
            let times = crate::domain::medication::check_times(&each)
                .map_err(|e| Invalid::new(field, e.reason))?;
            crate::domain::medication::times_text(&times).map_or(Value::Null, Value::Text)
        }
        Kind::Share => match v {
            Json::Bool(b) => Value::Integer(i64::from(*b)),
            Json::Number(_) => int(field, v, 0, 1).map_err(|_| share_words(field))?,
            Json::String(t) => {
                Value::Text(canon::<Sharing>(t).map_err(|_| share_words(field))?.into())
            }
            _ => return Err(share_words(field)),
        },
    })
}

/// Hours of sleep, 0 to 24.
fn hours(field: &str, v: &Json) -> Result<Value, Invalid> {
    let h = v
        .as_f64()
        .filter(|_| v.is_number())
        .ok_or_else(|| wrong(field, Want::Hours, v))?;
    if !(0.0..=24.0).contains(&h) {
        return Err(Invalid::new(
            field,
            t!("store-check-hours", value = h.to_string()),
        ));
    }
    Ok(Value::Real(h))
}

/// An amount from 0 to `max`, kept to two decimals.
fn amount(field: &str, v: &Json, max: u32) -> Result<Value, Invalid> {
    let a = v
        .as_f64()
        .filter(|a| v.is_number() && a.is_finite())
        .ok_or_else(|| wrong(field, Want::Amount, v))?;
    if !(0.0..=f64::from(max)).contains(&a) {
        return Err(Invalid::new(
            field,
            t!("store-check-amount", value = a.to_string(), max = max),
        ));
    }
    Ok(Value::Real((a * 100.0).round() / 100.0))
}

/// A meeting's days ("0,2,4", or names as `--day` takes them), in order, each once.
fn days(field: &str, t: &str) -> Result<Value, Invalid> {
    use crate::domain::connections::{sorted_days, weekdays_text};
    let mut days = Vec::new();
    for d in t.split(',').map(str::trim).filter(|d| !d.is_empty()) {
        days.push(crate::domain::parse_weekday(d).map_err(|e| Invalid::new(field, e.reason))?);
    }
    Ok(weekdays_text(&sorted_days(days)).map_or(Value::Null, Value::Text))
}

fn share_words(field: &str) -> Invalid {
    Invalid::new(field, t!("store-check-share"))
}

/// Roles, a phone number or a meeting time, checked as the people and meeting forms
/// check them, in the spelling they store.
fn typed(kind: Kind, field: &str, t: &str) -> Result<Value, Invalid> {
    let named = |e: Invalid| Invalid::new(field, e.reason);
    Ok(match kind {
        Kind::Roles => {
            // A role a newer tend added is kept as written (it reads as "other").
            let (newer, known): (Vec<&str>, Vec<&str>) = t
                .split(',')
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .partition(|r| Role::parse(r).is_err() && newer_name(r));
            let roles = parse_roles(&known.join(",")).map_err(named)?;
            let mut words: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
            words.extend(newer);
            Value::Text(words.join(","))
        }
        Kind::Phone => {
            let draft = PersonDraft {
                name: "-".into(),
                phone: Some(t.into()),
                ..PersonDraft::default()
            };
            draft
                .validated()
                .map_err(named)?
                .phone
                .map_or(Value::Null, Value::Text)
        }
        _ => {
            let draft = MeetingDraft {
                name: "-".into(),
                fellowship: Fellowship::Other,
                format: MeetingFormat::InPerson,
                days: Vec::new(),
                every_other_week: false,
                time: Some(t.into()),
                place: None,
                home_group: false,
            };
            draft
                .validated()
                .map_err(named)?
                .time
                .map_or(Value::Null, Value::Text)
        }
    })
}

/// A created_at or updated_at stamp: an RFC 3339 moment, or now when absent.
pub fn stamp(field: &str, v: Option<&Json>, now: &str) -> Result<Value, Invalid> {
    match v {
        None | Some(Json::Null) => Ok(Value::Text(now.into())),
        Some(v) => {
            let s = text(field, v)?;
            moment(field, s)?;
            Ok(Value::Text(s.into()))
        }
    }
}

fn get<'a>(cols: &[&str], vals: &'a [Value], name: &str) -> &'a Value {
    let i = cols.iter().position(|c| *c == name).expect("known column");
    &vals[i]
}

fn as_text(v: &Value) -> &str {
    match v {
        Value::Text(t) => t,
        _ => "",
    }
}

/// Checks that hold between fields of one row: a moment and its date agree, a goal's
/// kind and times a week match, a self-check's score and band are its answers'.
pub fn row(
    table: &str,
    at: &str,
    cols: &[&str],
    vals: &[Value],
    today: Today,
) -> Result<(), Invalid> {
    let field = |c: &str| format!("{at}.{c}");
    match table {
        schema::JOURNAL | schema::ENCOUNTERS | schema::CONNECTIONS => {
            if table == schema::CONNECTIONS {
                connection(&field, cols, vals)?;
            }
            let t = moment(&field("at"), as_text(get(cols, vals, "at")))?;
            let d = date(&field("date"), as_text(get(cols, vals, "date")))?;
            let local = local_date(t, today.day_start);
            if (d - local).num_days().abs() > 1 {
                return Err(Invalid::new(
                    field("date"),
                    t!(
                        "store-check-date-far",
                        date = d.to_string(),
                        local = local.to_string()
                    ),
                ));
            }
        }
        schema::GOALS => {
            let habit = as_text(get(cols, vals, "kind")) == "habit";
            let per_week = get(cols, vals, "per_week");
            if habit && *per_week == Value::Null {
                return Err(Invalid::new(
                    field("per_week"),
                    t!("store-check-habit-week"),
                ));
            }
            if !habit && *per_week != Value::Null {
                return Err(Invalid::new(
                    field("per_week"),
                    t!("store-check-milestone-week"),
                ));
            }
        }
        schema::ASSESSMENTS => assessment(&field, cols, vals)?,
        schema::TRACKERS => tracker(&field, cols, vals)?,
        schema::PEOPLE => {
            let from = as_text(get(cols, vals, "active_from"));
            let to = as_text(get(cols, vals, "active_to"));
            if !from.is_empty() && !to.is_empty() && to < from {
                return Err(Invalid::new(
                    field("active_to"),
                    t!("store-check-before", to = to, from = from),
                ));
            }
        }
        _ => {}
    }
    Ok(())
}

/// A tracker is one the person could have made: its scale, ends, unit and safety
/// threshold fit its kind (a kind this tend does not know was held aside before).
fn tracker(field: &dyn Fn(&str) -> String, cols: &[&str], vals: &[Value]) -> Result<(), Invalid> {
    use crate::domain::trackers::{TrackerDraft, TrackerKind};
    let int = |c: &str| match get(cols, vals, c) {
        Value::Integer(i) => Some(*i),
        _ => None,
    };
    let opt = |c: &str| Some(as_text(get(cols, vals, c)).to_string()).filter(|t| !t.is_empty());
    let draft = TrackerDraft {
        name: as_text(get(cols, vals, "name")).to_string(),
        kind: TrackerKind::parse(as_text(get(cols, vals, "kind"))).ok(),
        scale_min: int("scale_min"),
        scale_max: int("scale_max"),
        low_label: opt("low_label"),
        high_label: opt("high_label"),
        unit: opt("unit"),
        shared: false,
        safety: int("safety") == Some(1),
        threshold: match get(cols, vals, "threshold") {
            Value::Integer(i) => Some(*i as f64),
            Value::Real(r) => Some(*r),
            _ => None,
        },
        acted_on: false,
        preset: None,
    };
    draft
        .validated()
        .map(|_| ())
        .map_err(|e| Invalid::new(field(&e.field), e.reason))
}

fn assessment(
    field: &dyn Fn(&str) -> String,
    cols: &[&str],
    vals: &[Value],
) -> Result<(), Invalid> {
    let scale = crate::domain::scales::find(as_text(get(cols, vals, "instrument")))
        .map_err(|e| Invalid::new(field("instrument"), e.reason))?;
    let answers: Vec<u8> =
        serde_json::from_str(as_text(get(cols, vals, "answers"))).unwrap_or_default();
    let (score, band) = scale
        .result(&answers)
        .map_err(|e| Invalid::new(field("answers"), e.reason))?;
    if *get(cols, vals, "score") != Value::Integer(score) {
        return Err(Invalid::new(
            field("score"),
            t!(
                "store-check-score",
                scale = &scale.name,
                answers = format!("{answers:?}"),
                score = score
            ),
        ));
    }
    if as_text(get(cols, vals, "band")) != band {
        return Err(Invalid::new(
            field("band"),
            t!(
                "store-check-band",
                scale = &scale.name,
                answers = format!("{answers:?}"),
                band = band
            ),
        ));
    }
    Ok(())
}

/// Sharing and chairing belong to meetings.
fn connection(
    field: &dyn Fn(&str) -> String,
    cols: &[&str],
    vals: &[Value],
) -> Result<(), Invalid> {
    let meeting = as_text(get(cols, vals, "kind")) == "meeting";
    for c in ["shared", "chaired"] {
        if !meeting && *get(cols, vals, c) == Value::Integer(1) {
            return Err(Invalid::new(field(c), t!("store-check-meetings-only")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::date;

    #[test]
    fn a_date_is_read_only_in_the_shape_tend_writes() {
        let d = date("f", "2026-02-28").unwrap();
        assert_eq!(d.to_string(), "2026-02-28");
        for s in [
            "2026-2-28",
            "2026-02-30",
            "26-02-28",
            "2026/02/28",
            "2026-02-28 ",
            "+2026-02-2",
            "2026-0a-28",
            "1899-12-31",
            "２０２６-02-2",
            "",
        ] {
            let e = date("f", s).unwrap_err();
            assert_eq!(e.field, "f", "{s:?}");
        }
    }
}
