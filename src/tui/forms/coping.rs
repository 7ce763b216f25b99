//! A coping strategy in the toolbox, new or corrected: its name, how to do it, and the
//! life domain it tends.

use super::{TypedForm, done_saying};
use crate::domain::{CopingStrategy, LifeDomain, RecordKind};
use crate::error::Result;
use crate::store::Store;
use crate::tui::fields::{Choice, Field, Text};
use crate::tui::shared::Ctx;
use crate::tui::step::Done;

pub struct CopingForm {
    /// The revision the record had when the form opened (`None`: save over any change).
    revision: Option<i64>,
    editing: Option<i64>,
    name: Text,
    description: Text,
    domain: Choice<Option<LifeDomain>>,
}

impl CopingForm {
    /// Saves only over the record as it was at `revision` (else asks first).
    pub fn at_revision(mut self, revision: Option<i64>) -> CopingForm {
        self.revision = revision;
        self
    }

    pub fn new(existing: Option<&CopingStrategy>) -> CopingForm {
        let c = existing;
        let mut domains = vec![(None, "—".to_string())];
        domains.extend(
            LifeDomain::ALL
                .iter()
                .map(|d| (Some(*d), LifeDomain::label(*d))),
        );
        CopingForm {
            revision: None,
            editing: c.map(|c| c.id),
            name: Text::new(
                t!("form-coping-name"),
                c.map_or(String::new(), |c| c.name.clone()),
            )
            .required()
            .hint(t!("form-coping-name-hint")),
            description: Text::new(
                t!("form-coping-how"),
                c.and_then(|c| c.description.clone()).unwrap_or_default(),
            ),
            domain: Choice::new(t!("form-coping-domain"), domains, c.and_then(|c| c.domain)),
        }
    }
}

impl TypedForm for CopingForm {
    fn overwrite(&mut self) {
        self.revision = None;
    }

    fn title(&self) -> String {
        t!("form-coping-title")
    }

    fn fields(&self) -> Vec<&dyn Field> {
        vec![&self.name, &self.description, &self.domain]
    }

    fn fields_mut(&mut self) -> Vec<&mut dyn Field> {
        vec![&mut self.name, &mut self.description, &mut self.domain]
    }

    fn submit(&self, cx: &mut Ctx, store: &Store) -> Result<Done> {
        let name = self.name.needed()?;
        let how = self.description.get();
        let domain = self.domain.get();
        let Some(id) = self.editing else {
            let c = store.write(|w| w.add_coping(&name, how.as_deref(), domain))?;
            return Ok(done_saying(cx, t!("form-coping-added", name = &c.name)));
        };
        let (before, c) = store.write(|w| {
            w.edit_record(RecordKind::Coping, id, self.revision, |w| {
                w.edit_coping(id, &name, how.as_deref(), domain)
            })
        })?;
        cx.remember(before);
        Ok(done_saying(cx, t!("form-coping-saved", name = &c.name)))
    }
}
