//! The demo's made-up content: the sentences its journal entries are put together
//! from, the words of its check-ins and growth entries, its coping toolbox and
//! triggers, and its relapse-prevention plan. The generator (`demo.rs`) decides when
//! and how often each is used. How many items a list holds is part of the seed's
//! promise (a pick draws from the list's length); their words are not.

use crate::domain::{LifeDomain, PlanSection, Stage, TriggerCategory, TriggerOrigin};

// Journal entries: an opening, two to five middles and a closing; a title and tags.
pub(super) const OPENINGS: &[&str] = &[
    "Woke up early and sat with coffee for a while.",
    "Today felt long.",
    "Work was busy but I kept my head.",
    "Slept badly and felt it all morning.",
    "Had a quiet day at home.",
    "Saw my counselor this afternoon.",
    "Went to a meeting after work.",
    "The weather turned and so did my mood.",
    "Spent the evening cooking a proper meal.",
    "Called my sister for the first time in weeks.",
];
pub(super) const MIDDLES: &[&str] = &[
    "The urge came around six, the old hour, and I walked it off.",
    "I noticed I was getting short with people, which is usually a sign.",
    "I used the breathing exercise twice and it helped more than I expected.",
    "I kept thinking about how far I have come since the start.",
    "There was a moment at the shop where I stood in front of the shelf too long.",
    "I felt lonely in the evening and texted Sam instead of sitting with it.",
    "I wrote down three things I was grateful for and meant them.",
    "My body feels stronger since I started walking every day.",
    "I was angry about the bill and noticed the anger turning into a craving.",
    "It was a good day. Nothing dramatic, just steady.",
    "I skipped lunch and by four o'clock everything felt harder. HALT again.",
    "Reading before bed instead of scrolling made a difference.",
];
pub(super) const CLOSINGS: &[&str] = &[
    "Tomorrow I want to get outside before work.",
    "Going to bed early.",
    "One day at a time, for real.",
    "Proud of myself for today.",
    "I will bring this up with my counselor.",
    "Grateful for the people who pick up the phone.",
    "Small steps still count.",
];
pub(super) const TITLES: &[&str] = &[
    "Steady",
    "A hard evening",
    "Morning pages",
    "After the meeting",
    "Walking it off",
    "Small wins",
    "Noticing",
];
pub(super) const TAGS: &[&str] = &[
    "urges",
    "family",
    "work",
    "sleep",
    "gratitude",
    "meeting",
    "exercise",
    "anger",
];
// Check-ins: the day's intention and gratitude.
pub(super) const INTENTIONS: &[&str] = &[
    "Be patient with myself",
    "Walk at lunch",
    "Call someone",
    "Eat three real meals",
    "Go to the evening meeting",
];
pub(super) const GRATITUDE: &[&str] = &[
    "My sister's call",
    "A warm bed",
    "Sunshine on the walk",
    "The group",
    "Coffee with Sam",
];
// Growth entries after a setback: what happened, what was learned, what to do next time.
pub(super) const WHAT: &[&str] = &[
    "Had two drinks at a work leaving party after telling myself I'd only stay an hour.",
    "Bought a bottle on the way home after a row with my partner.",
    "Stayed in bed all day and ignored my phone.",
    "Drank alone on a Friday night when the week had been too much.",
];
pub(super) const LEARNED: &[&str] = &[
    "Parties with an open bar are high-risk for me right now; I need an exit plan before I go.",
    "When I skip meals and sleep, the urge is twice as loud. HALT is real.",
    "Isolating is my earliest warning sign. Reaching out the next morning helped me get back on track fast.",
    "Anger after an argument turns into craving within an hour; I need to walk first and talk later.",
    "A slip is information, not a verdict. I got back on track the next day.",
];
pub(super) const NEXT_TIME: &[&str] = &[
    "Drive myself so I can leave, and text Sam before I go in.",
    "Eat something and call someone before deciding anything.",
    "Use the urge-surfing timer and wait 20 minutes.",
    "Go to a meeting the same evening.",
];

/// The coping toolbox: name, description and life domain.
pub(super) const TOOLBOX: &[(&str, &str, Option<LifeDomain>)] = &[
    (
        "Urge surfing",
        "Notice the urge, breathe, and let it peak and pass",
        Some(LifeDomain::Mental),
    ),
    (
        "Call Sam",
        "My sponsor picks up day or night",
        Some(LifeDomain::Social),
    ),
    (
        "Walk around the block",
        "Twenty minutes outside",
        Some(LifeDomain::Physical),
    ),
    (
        "Box breathing",
        "In 4, hold 4, out 4, hold 4",
        Some(LifeDomain::Emotional),
    ),
    ("Play the guitar", "Hands busy, head quieter", None),
    ("Leave the situation", "I can always go", None),
    (
        "Write it out",
        "Journal until the feeling has words",
        Some(LifeDomain::Emotional),
    ),
];

/// The triggers, each with the places in `TOOLBOX` of its coping strategies.
pub(super) const TRIGGERS: &[(&str, TriggerCategory, TriggerOrigin, &[usize])] = &[
    (
        "Friday evenings",
        TriggerCategory::Times,
        TriggerOrigin::External,
        &[0, 2],
    ),
    (
        "Arguments at home",
        TriggerCategory::People,
        TriggerOrigin::External,
        &[2, 3],
    ),
    (
        "The pub on the corner",
        TriggerCategory::Places,
        TriggerOrigin::External,
        &[5, 1],
    ),
    (
        "Loneliness",
        TriggerCategory::Feelings,
        TriggerOrigin::Internal,
        &[1, 6],
    ),
    (
        "Payday",
        TriggerCategory::Times,
        TriggerOrigin::External,
        &[0],
    ),
    (
        "Work stress",
        TriggerCategory::Feelings,
        TriggerOrigin::Internal,
        &[3, 2],
    ),
    (
        "Old drinking friends",
        TriggerCategory::People,
        TriggerOrigin::External,
        &[5, 1],
    ),
    (
        "Bottles in the supermarket",
        TriggerCategory::Things,
        TriggerOrigin::External,
        &[5],
    ),
];

/// The relapse-prevention plan: section, text, detail and warning-sign stage.
pub(super) const PLAN: &[(PlanSection, &str, Option<&str>, Option<Stage>)] = &[
    (
        PlanSection::Reasons,
        "To be present for my kids",
        None,
        None,
    ),
    (PlanSection::Reasons, "To wake up without dread", None, None),
    (PlanSection::Reasons, "To trust myself again", None, None),
    (
        PlanSection::WarningSigns,
        "Skipping meetings and making excuses",
        None,
        Some(Stage::Early),
    ),
    (
        PlanSection::WarningSigns,
        "Keeping to myself, not answering messages",
        None,
        Some(Stage::Early),
    ),
    (
        PlanSection::WarningSigns,
        "Thinking I could handle just one",
        None,
        Some(Stage::Middle),
    ),
    (
        PlanSection::WarningSigns,
        "Driving past the pub on purpose",
        None,
        Some(Stage::Late),
    ),
    (
        PlanSection::HighRisk,
        "Work parties with an open bar",
        Some("Arrive late, leave early, drive myself"),
        None,
    ),
    (
        PlanSection::HighRisk,
        "Friday evenings alone",
        Some("Plan something with people before Friday comes"),
        None,
    ),
    (
        PlanSection::HighRisk,
        "After an argument at home",
        Some("Walk first, talk later"),
        None,
    ),
    (
        PlanSection::CopingSteps,
        "Stop and name what I'm feeling",
        None,
        None,
    ),
    (
        PlanSection::CopingSteps,
        "HALT: eat, rest, reach out",
        None,
        None,
    ),
    (
        PlanSection::CopingSteps,
        "Surf the urge for 20 minutes",
        None,
        None,
    ),
    (PlanSection::CopingSteps, "Call Sam", None, None),
    (
        PlanSection::Supports,
        "Sam (sponsor)",
        Some("07700 900123"),
        None,
    ),
    (
        PlanSection::Supports,
        "Jo, my sister",
        Some("07700 900456"),
        None,
    ),
    (
        PlanSection::Supports,
        "Tuesday evening group",
        Some("Community hall, 7 pm"),
        None,
    ),
    (
        PlanSection::Contacts,
        "Dr Patel, counselor",
        Some("Mondays 10 am · 0161 496 0000"),
        None,
    ),
    (
        PlanSection::Contacts,
        "Crisis line (24 hours)",
        Some("Call or text your local crisis number"),
        None,
    ),
    (
        PlanSection::IfISlip,
        "Tell Sam the same day, no hiding it",
        None,
        None,
    ),
    (
        PlanSection::IfISlip,
        "Write a growth entry: what happened and what I learned",
        None,
        None,
    ),
    (
        PlanSection::IfISlip,
        "Go to a meeting within 24 hours",
        None,
        None,
    ),
    (
        PlanSection::SafeSpace,
        "No alcohol in the house",
        None,
        None,
    ),
    (
        PlanSection::SafeSpace,
        "Delete the delivery apps",
        None,
        None,
    ),
];
