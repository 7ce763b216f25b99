//! The demo's made-up content: the sentences its journal entries are put together
//! from, the words of its check-ins and growth entries, its coping toolbox and
//! triggers, and its relapse-prevention plan, all from the catalog (`i18n/*/demo.ftl`).
//! The generator (`demo.rs`) decides when and how often each is used. How many items a
//! list holds is part of the seed's promise (a pick draws from the list's length), so
//! the lengths are fixed here, the same in every language; their words are not.

use crate::domain::{LifeDomain, PlanSection, Stage, TriggerCategory, TriggerOrigin};

/// The lists the generator draws from again and again, each message formatted once per
/// run (a demo of a million journal entries formats them no more often than one of ten).
pub(super) struct Words {
    // Journal entries: an opening, two to five middles and a closing; a title and tags.
    pub(super) openings: [String; 10],
    pub(super) middles: [String; 12],
    pub(super) closings: [String; 7],
    pub(super) titles: [String; 7],
    pub(super) tags: [String; 8],
    // Check-ins: the day's intention and gratitude.
    pub(super) intentions: [String; 5],
    pub(super) gratitude: [String; 5],
    // Growth entries after a setback: what happened, what was learned, what to do next
    // time.
    pub(super) what: [String; 4],
    pub(super) learned: [String; 5],
    pub(super) next_time: [String; 4],
}

impl Words {
    /// Every list, in the language in effect.
    pub(super) fn new() -> Words {
        Words {
            openings: openings(),
            middles: middles(),
            closings: closings(),
            titles: [
                t!("demo-title-1"),
                t!("demo-title-2"),
                t!("demo-title-3"),
                t!("demo-title-4"),
                t!("demo-title-5"),
                t!("demo-title-6"),
                t!("demo-title-7"),
            ],
            tags: [
                t!("demo-tag-1"),
                t!("demo-tag-2"),
                t!("demo-tag-3"),
                t!("demo-tag-4"),
                t!("demo-tag-5"),
                t!("demo-tag-6"),
                t!("demo-tag-7"),
                t!("demo-tag-8"),
            ],
            intentions: [
                t!("demo-intention-1"),
                t!("demo-intention-2"),
                t!("demo-intention-3"),
                t!("demo-intention-4"),
                t!("demo-intention-5"),
            ],
            gratitude: [
                t!("demo-gratitude-1"),
                t!("demo-gratitude-2"),
                t!("demo-gratitude-3"),
                t!("demo-gratitude-4"),
                t!("demo-gratitude-5"),
            ],
            what: [
                t!("demo-what-1"),
                t!("demo-what-2"),
                t!("demo-what-3"),
                t!("demo-what-4"),
            ],
            learned: learned(),
            next_time: [
                t!("demo-next-time-1"),
                t!("demo-next-time-2"),
                t!("demo-next-time-3"),
                t!("demo-next-time-4"),
            ],
        }
    }
}

fn openings() -> [String; 10] {
    [
        t!("demo-opening-1"),
        t!("demo-opening-2"),
        t!("demo-opening-3"),
        t!("demo-opening-4"),
        t!("demo-opening-5"),
        t!("demo-opening-6"),
        t!("demo-opening-7"),
        t!("demo-opening-8"),
        t!("demo-opening-9"),
        t!("demo-opening-10"),
    ]
}

fn middles() -> [String; 12] {
    [
        t!("demo-middle-1"),
        t!("demo-middle-2"),
        t!("demo-middle-3"),
        t!("demo-middle-4"),
        t!("demo-middle-5"),
        t!("demo-middle-6"),
        t!("demo-middle-7"),
        t!("demo-middle-8"),
        t!("demo-middle-9"),
        t!("demo-middle-10"),
        t!("demo-middle-11"),
        t!("demo-middle-12"),
    ]
}

fn closings() -> [String; 7] {
    [
        t!("demo-closing-1"),
        t!("demo-closing-2"),
        t!("demo-closing-3"),
        t!("demo-closing-4"),
        t!("demo-closing-5"),
        t!("demo-closing-6"),
        t!("demo-closing-7"),
    ]
}

fn learned() -> [String; 5] {
    [
        t!("demo-learned-1"),
        t!("demo-learned-2"),
        t!("demo-learned-3"),
        t!("demo-learned-4"),
        t!("demo-learned-5"),
    ]
}

/// The coping toolbox: name, description and life domain.
pub(super) fn toolbox() -> [(String, String, Option<LifeDomain>); 7] {
    [
        (
            t!("demo-coping-urge-surfing"),
            t!("demo-coping-urge-surfing-how"),
            Some(LifeDomain::Mental),
        ),
        (
            t!("demo-coping-call-sam"),
            t!("demo-coping-call-sam-how"),
            Some(LifeDomain::Social),
        ),
        (
            t!("demo-coping-walk"),
            t!("demo-coping-walk-how"),
            Some(LifeDomain::Physical),
        ),
        (
            t!("demo-coping-box-breathing"),
            t!("demo-coping-box-breathing-how"),
            Some(LifeDomain::Emotional),
        ),
        (t!("demo-coping-guitar"), t!("demo-coping-guitar-how"), None),
        (t!("demo-coping-leave"), t!("demo-coping-leave-how"), None),
        (
            t!("demo-coping-write"),
            t!("demo-coping-write-how"),
            Some(LifeDomain::Emotional),
        ),
    ]
}

/// The triggers, each with the places in `toolbox()` of its coping strategies.
pub(super) fn triggers() -> [(String, TriggerCategory, TriggerOrigin, &'static [usize]); 8] {
    use TriggerCategory::*;
    use TriggerOrigin::*;
    [
        (t!("demo-trigger-fridays"), Times, External, &[0, 2]),
        (t!("demo-trigger-arguments"), People, External, &[2, 3]),
        (t!("demo-trigger-pub"), Places, External, &[5, 1]),
        (t!("demo-trigger-loneliness"), Feelings, Internal, &[1, 6]),
        (t!("demo-trigger-payday"), Times, External, &[0]),
        (t!("demo-trigger-work-stress"), Feelings, Internal, &[3, 2]),
        (t!("demo-trigger-old-friends"), People, External, &[5, 1]),
        (t!("demo-trigger-bottles"), Things, External, &[5]),
    ]
}

/// One line of the relapse-prevention plan: section, text, detail and warning-sign
/// stage.
pub(super) type PlanLine = (PlanSection, String, Option<String>, Option<Stage>);

/// The relapse-prevention plan, section by section.
pub(super) fn plan() -> Vec<PlanLine> {
    let mut out = plan_before_supports();
    out.extend(plan_from_supports());
    out
}

/// The plan's reasons, warning signs, high-risk situations and coping steps.
fn plan_before_supports() -> Vec<PlanLine> {
    use PlanSection::*;
    let line = |section, text, detail: Option<String>, stage| (section, text, detail, stage);
    vec![
        line(Reasons, t!("demo-plan-reason-kids"), None, None),
        line(Reasons, t!("demo-plan-reason-dread"), None, None),
        line(Reasons, t!("demo-plan-reason-trust"), None, None),
        line(
            WarningSigns,
            t!("demo-plan-sign-meetings"),
            None,
            Some(Stage::Early),
        ),
        line(
            WarningSigns,
            t!("demo-plan-sign-messages"),
            None,
            Some(Stage::Early),
        ),
        line(
            WarningSigns,
            t!("demo-plan-sign-just-one"),
            None,
            Some(Stage::Middle),
        ),
        line(
            WarningSigns,
            t!("demo-plan-sign-pub"),
            None,
            Some(Stage::Late),
        ),
        line(
            HighRisk,
            t!("demo-plan-risk-parties"),
            Some(t!("demo-plan-risk-parties-how")),
            None,
        ),
        line(
            HighRisk,
            t!("demo-plan-risk-fridays"),
            Some(t!("demo-plan-risk-fridays-how")),
            None,
        ),
        line(
            HighRisk,
            t!("demo-plan-risk-argument"),
            Some(t!("demo-plan-risk-argument-how")),
            None,
        ),
        line(CopingSteps, t!("demo-plan-step-name"), None, None),
        line(CopingSteps, t!("demo-plan-step-halt"), None, None),
        line(CopingSteps, t!("demo-plan-step-surf"), None, None),
        line(CopingSteps, t!("demo-plan-step-call"), None, None),
    ]
}

/// The plan's supports, contacts, what to do after a slip and the safe space.
fn plan_from_supports() -> Vec<PlanLine> {
    use PlanSection::*;
    let line = |section, text, detail: Option<String>| (section, text, detail, None);
    vec![
        line(Supports, t!("demo-plan-sam"), Some("07700 900123".into())),
        line(Supports, t!("demo-plan-jo"), Some("07700 900456".into())),
        line(
            Supports,
            t!("demo-meeting-group"),
            Some(t!("demo-plan-group-where")),
        ),
        line(
            Contacts,
            t!("demo-plan-patel"),
            Some(t!("demo-plan-patel-when", phone = "0161 496 0000")),
        ),
        line(
            Contacts,
            t!("demo-plan-crisis-line"),
            Some(t!("demo-plan-crisis-line-how")),
        ),
        line(IfISlip, t!("demo-plan-slip-tell"), None),
        line(IfISlip, t!("demo-plan-slip-write"), None),
        line(IfISlip, t!("demo-plan-slip-meeting"), None),
        line(SafeSpace, t!("demo-plan-safe-alcohol"), None),
        line(SafeSpace, t!("demo-plan-safe-apps"), None),
    ]
}
