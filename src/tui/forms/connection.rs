//! A connection, new or corrected: what kind, when, the meeting or the people (one
//! picked from the People list, others by name, and names not on it added to it when
//! the person says so, in the same save), how long,
//! shared or chaired, mood before and after, how connected, a private note, who signed
//! the attendance card, and whether the counselor summary may count it: shared,
//! private, or not chosen (counted only when the summary shares calls, messages and
//! time with people as a group).

use super::{TypedForm, done_saying};
use crate::domain::time::MomentSpec;
use crate::domain::{
    Connection, ConnectionDraft, ConnectionKind, PersonDraft, RecordKind, Sharing,
};
use crate::error::{Error, Result};
use crate::store::{Lookup, Store};
use crate::tui::fields::{Choice, Field, Number, Text, yes_no};
use crate::tui::shared::{Ctx, Data};
use crate::tui::step::Done;

pub struct ConnectionForm {
    editing: Option<i64>,
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    kind: Choice<ConnectionKind>,
    when: Text,
    meeting: Choice<Option<i64>>,
    /// One person picked from the People list.
    with: Choice<Option<i64>>,
    /// Anyone else, by name.
    others: Text,
    /// Whether names not on the People list are added to it (else refused, naming a
    /// close one).
    add_new: Choice<bool>,
    minutes: Number,
    shared: Choice<bool>,
    chaired: Choice<bool>,
    before: Number,
    after: Number,
    connected: Number,
    note: Text,
    verified: Text,
    /// `None`: as the kind decides (meetings and therapy shared, the rest not chosen).
    share: Choice<Option<Sharing>>,
}

impl ConnectionForm {
    /// A new connection (now), or the form over one logged before.
    pub fn new(data: &Data, existing: Option<&Connection>, now: &str) -> ConnectionForm {
        let c = existing;
        let mut meetings = vec![(None, "—".to_string())];
        meetings.extend(data.meetings.iter().map(|m| (Some(m.id), m.name.clone())));
        let mut people = vec![(None, "—".to_string())];
        people.extend(data.people.iter().map(|p| (Some(p.id), p.name.clone())));
        let first = c.and_then(|c| c.person_ids.first().copied());
        let names: Vec<String> = c.map_or(Vec::new(), |c| {
            c.person_ids
                .iter()
                .skip(1)
                .filter_map(|id| data.people.iter().find(|p| p.id == *id))
                .map(|p| p.name.clone())
                .collect()
        });
        let scale = |label: String, hint: String, v: Option<u8>| {
            Number::new(label, 1, 10, v.map(i64::from)).hint(hint)
        };
        let when = c.map_or(now.to_string(), |c| {
            c.at.get(..16).unwrap_or(&c.at).replace('T', " ")
        });
        ConnectionForm {
            editing: c.map(|c| c.id),
            revision: None,
            kind: Choice::of(
                t!("form-connection-kind"),
                ConnectionKind::ALL,
                ConnectionKind::label,
                c.map_or(ConnectionKind::Meeting, |c| c.kind),
            ),
            when: Text::new(t!("form-connection-when"), when)
                .required()
                .hint(t!("form-connection-when-hint")),
            meeting: Choice::new(
                t!("form-connection-meeting"),
                meetings,
                c.and_then(|c| c.meeting_id),
            ),
            with: Choice::new(t!("form-connection-with"), people, first),
            others: Text::new(t!("form-connection-others"), names.join(", "))
                .hint(t!("form-connection-others-hint")),
            add_new: add_new(),
            minutes: Number::new(
                t!("form-connection-minutes"),
                1,
                1440,
                c.and_then(|c| c.minutes).map(i64::from),
            )
            .hint(t!("form-connection-minutes-hint")),
            shared: yes_no(t!("form-connection-shared"), c.is_some_and(|c| c.shared)),
            chaired: yes_no(t!("form-connection-chaired"), c.is_some_and(|c| c.chaired)),
            before: scale(
                t!("form-connection-mood-before"),
                t!("form-connection-one-to-ten"),
                c.and_then(|c| c.mood_before),
            ),
            after: scale(
                t!("form-connection-mood-after"),
                t!("form-connection-one-to-ten"),
                c.and_then(|c| c.mood_after),
            ),
            connected: scale(
                t!("form-connection-connected"),
                t!("form-connection-connected-hint"),
                c.and_then(|c| c.connected),
            ),
            note: Text::new(
                t!("form-connection-note"),
                c.and_then(|c| c.note.clone()).unwrap_or_default(),
            )
            .hint(t!("form-connection-note-hint")),
            verified: Text::new(
                t!("form-connection-verified"),
                c.and_then(|c| c.verified_by.clone()).unwrap_or_default(),
            )
            .hint(t!("form-connection-verified-hint")),
            share: share_choice(c),
        }
    }

    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> ConnectionForm {
        self.revision = revision;
        self
    }

    /// The connection as filled in, and the names to add to the People list with it.
    fn draft(&self, store: &Store) -> Result<(ConnectionDraft, Vec<String>)> {
        let field = t!("form-connection-when");
        let when = MomentSpec::parse(&field, &self.when.needed()?)?;
        let mut people: Vec<i64> = self.with.get().into_iter().collect();
        let mut new = Vec::new();
        for name in self
            .others
            .raw()
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            let refuse = |why: String| Error::invalid(t!("form-connection-others"), why);
            match store.lookup_person(name)? {
                Lookup::Found(p) if !people.contains(&p.id) => people.push(p.id),
                Lookup::Found(_) => {}
                _ if self.add_new.get() => {
                    if !new.iter().any(|n: &String| n == name) {
                        new.push(name.to_string());
                    }
                }
                Lookup::Close(close) => {
                    let close = close[0].name.as_str();
                    return Err(refuse(t!(
                        "form-connection-close",
                        name = name,
                        close = close
                    )));
                }
                Lookup::Unknown => return Err(refuse(t!("form-connection-nobody", name = name))),
            }
        }
        let small = |n: &Number| -> Result<Option<u8>> { Ok(n.get()?.map(|v| v as u8)) };
        let kind = self.kind.get();
        let meeting = if kind == ConnectionKind::Meeting {
            self.meeting.get()
        } else {
            None
        };
        let at_meeting = kind == ConnectionKind::Meeting;
        let draft = ConnectionDraft {
            at: store.clock().resolve(&field, when)?,
            kind,
            meeting_id: meeting,
            person_ids: people,
            minutes: self.minutes.get()?.map(|m| m as u16),
            shared: at_meeting && self.shared.get(),
            chaired: at_meeting && self.chaired.get(),
            mood_before: small(&self.before)?,
            mood_after: small(&self.after)?,
            connected: small(&self.connected)?,
            note: self.note.get(),
            verified_by: self.verified.get(),
            share: self.share.get(),
        };
        Ok((draft, new))
    }
}

impl TypedForm for ConnectionForm {
    fn title(&self) -> String {
        t!("form-connection-title")
    }

    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![
            &self.kind,
            &self.when,
            &self.meeting,
            &self.with,
            &self.others,
            &self.add_new,
            &self.minutes,
            &self.shared,
            &self.chaired,
            &self.before,
            &self.after,
            &self.connected,
            &self.note,
            &self.verified,
            &self.share,
        ]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![
            &mut self.kind,
            &mut self.when,
            &mut self.meeting,
            &mut self.with,
            &mut self.others,
            &mut self.add_new,
            &mut self.minutes,
            &mut self.shared,
            &mut self.chaired,
            &mut self.before,
            &mut self.after,
            &mut self.connected,
            &mut self.note,
            &mut self.verified,
            &mut self.share,
        ]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let (draft, new) = self.draft(store)?;
        let added = new.join(", ");
        // Names new to the People list are added in the same write as the connection.
        let with_new =
            |w: &crate::store::Tx, mut draft: ConnectionDraft| -> Result<ConnectionDraft> {
                for name in &new {
                    let p = w.add_person(PersonDraft {
                        name: name.clone(),
                        ..PersonDraft::default()
                    })?;
                    draft.person_ids.push(p.id);
                }
                Ok(draft)
            };
        let Some(id) = self.editing else {
            let c = store.write(|w| w.add_connection(with_new(w, draft)?))?;
            let (kind, date) = (ConnectionKind::label(c.kind), c.date.to_string());
            let said = if new.is_empty() {
                t!("form-connection-logged", kind = kind, date = date)
            } else {
                t!(
                    "form-connection-logged-added",
                    kind = kind,
                    date = date,
                    names = added
                )
            };
            return Ok(done_saying(cx, said));
        };
        let (before, c) = store.write(|w| {
            w.edit_record(RecordKind::Connection, id, self.revision, |w| {
                w.edit_connection(id, with_new(w, draft)?)
            })
        })?;
        cx.remember(before);
        Ok(done_saying(
            cx,
            t!("form-connection-saved", date = c.date.to_string()),
        ))
    }
}

/// Whether names not on the People list are added to it; off until chosen.
fn add_new() -> Choice<bool> {
    let options = vec![
        (false, t!("form-connection-add-new-no")),
        (true, t!("form-connection-add-new-yes")),
    ];
    Choice::new(t!("form-connection-add-new"), options, false)
}

/// Whether the counselor summary counts it; a new one may follow its kind.
fn share_choice(c: Option<&Connection>) -> Choice<Option<Sharing>> {
    let mut share = vec![
        (Some(Sharing::Shared), Sharing::Shared.label()),
        (Some(Sharing::Private), Sharing::Private.label()),
        (Some(Sharing::Unset), Sharing::Unset.label()),
    ];
    if c.is_none() {
        share.insert(0, (None, t!("form-connection-share-usual")));
    }
    let label = t!("form-connection-share");
    Choice::new(label, share, c.map(|c| c.share))
}
