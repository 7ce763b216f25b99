use super::*;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn cut_down(from: &str, week: Option<f64>, per_day: Option<f64>) -> CommitmentPath {
    CommitmentPath {
        id: 1,
        commitment_id: 1,
        from_date: day(from),
        path: Path::CutDown,
        unit: UseUnit::Drinks,
        max_per_day: per_day,
        max_per_week: week,
        free_days: Some(3),
        heavy_at: Some(4.0),
        price: None,
        usual_per_week: None,
        checklist: Vec::new(),
        created_at: String::new(),
        updated_at: String::new(),
    }
}

fn used(date: &str, amount: f64) -> UseDay {
    UseDay {
        date: day(date),
        unit: UseUnit::Drinks,
        amount,
        uses: 1,
        cost: None,
        checked: 0,
        followed_all: 0,
    }
}

#[test]
fn three_days_of_two_drinks_are_within_a_plan_of_fourteen_a_week() {
    let today = day("2026-12-06");
    let paths = [cut_down("2026-11-06", Some(14.0), None)];
    let days = [
        used("2026-12-01", 2.0),
        used("2026-12-03", 2.0),
        used("2026-12-05", 2.0),
    ];
    let f = figures(day("2026-11-06"), &paths, &days, today, 14.0);
    let w = &f.windows[0];
    assert_eq!((w.days, w.use_free_days, w.total), (7, 4, 6.0));
    assert_eq!((w.within_plan, w.over_plan), (Some(7), Some(0)));
    assert_eq!(f.max_per_week, Some(14.0));
    assert_eq!(f.days_within_plan, Some(31));
    assert_eq!(f.last_use, Some(day("2026-12-05")));
}

#[test]
fn a_day_is_outside_the_plan_over_its_daily_limit_or_when_it_brings_the_week_over() {
    let paths = [cut_down("2026-11-01", Some(10.0), Some(4.0))];
    let days = [
        used("2026-12-01", 5.0), // over the day
        used("2026-12-02", 3.0),
        used("2026-12-03", 3.0), // 11 over 7 days: over the week
    ];
    let f = figures(day("2026-11-01"), &paths, &days, day("2026-12-04"), 14.0);
    assert_eq!(f.days_over_plan, Some(2));
    // A use-free day never is: the week stays over on 12-04 with no use that day.
    assert_eq!(f.days_within_plan, Some(34 - 2));
    assert_eq!(f.windows[0].heavy_days, 1);
    assert_eq!(
        f.heavy_at,
        Some(4.0),
        "the heavy-day amount is told with the figures"
    );
}

#[test]
fn the_path_history_keeps_each_change_and_abstain_has_no_plan_figure() {
    let mut later = cut_down("2026-11-20", None, None);
    later.id = 2;
    later.path = Path::Abstain;
    let paths = [cut_down("2026-11-01", Some(14.0), None), later];
    let f = figures(day("2026-10-01"), &paths, &[], day("2026-12-06"), 14.0);
    assert_eq!(f.path, Path::Abstain);
    assert_eq!(f.days_within_plan, None);
    let c: Vec<Path> = f.changes.iter().map(|c| c.path).collect();
    assert_eq!(c, [Path::CutDown, Path::Abstain]);
}

#[test]
fn drinks_and_units_convert_through_grams_and_other_units_do_not() {
    assert_eq!(
        convert(1.0, UseUnit::Drinks, UseUnit::Units, 14.0),
        Some(1.75)
    );
    assert_eq!(convert(2.0, UseUnit::Grams, UseUnit::Drinks, 14.0), None);
    assert_eq!(drink(568.0, 4.0, UseUnit::Units, 14.0), Some(2.27));
    assert_eq!(drink(355.0, 5.0, UseUnit::Drinks, 14.0), Some(1.0));
    assert_eq!(drink(355.0, 5.0, UseUnit::Drinks, 10.0), Some(1.4));
    assert_eq!(drink(0.0, 5.0, UseUnit::Drinks, 14.0), None);
    assert_eq!(standard_drink_grams(Some("au")), 10.0);
    assert_eq!(standard_drink_grams(Some("CA")), 13.45);
    assert_eq!(standard_drink_grams(None), 14.0);
}

#[test]
fn amounts_are_refused_below_zero_and_over_their_unit_cap() {
    assert!(check_amount("amount", -1.0, UseUnit::Drinks).is_err());
    assert!(check_amount("amount", f64::NAN, UseUnit::Drinks).is_err());
    assert!(check_amount("amount", 100.5, UseUnit::Units).is_err());
    assert!(check_amount("amount", 1000.0, UseUnit::Grams).is_ok());
    assert!(check_amount("amount", 101.0, UseUnit::Times).is_err());
    assert!(check_amount("amount", 100_001.0, UseUnit::Money).is_err());
    assert_eq!(check_amount("amount", 1.234, UseUnit::Drinks), Ok(1.23));
    assert_eq!(show_amount(2.0), "2");
    assert_eq!(show_amount(1.5), "1.5");
    assert_eq!(show_amount(12.25), "12.25");
}

#[test]
fn a_checklist_is_stored_in_order_and_reads_past_names_it_does_not_know() {
    let t = checklist_text(&[SaferStep::RideHome, SaferStep::NeverAlone]);
    assert_eq!(t.as_deref(), Some("never-alone,ride-home"));
    assert_eq!(
        checklist_of(Some("ride-home,a-newer-step,never-alone")),
        [SaferStep::NeverAlone, SaferStep::RideHome]
    );
}

#[test]
fn money_spent_and_saved_follow_the_price_and_the_usual_week() {
    let mut p = cut_down("2026-11-01", Some(14.0), None);
    p.price = Some(5.0);
    p.usual_per_week = Some(21.0);
    let f = figures(
        day("2026-11-01"),
        &[p],
        &[used("2026-12-05", 2.0)],
        day("2026-12-06"),
        14.0,
    );
    let m = f.money.unwrap();
    assert_eq!(m.spent_last_30, 10.0);
    assert_eq!(m.saved_last_30, Some(440.0));
}

#[test]
fn days_within_the_plan_never_go_back_whatever_the_path_did() {
    let today = day("2026-12-06");
    let mut tighter = cut_down("2026-11-16", Some(7.0), None);
    tighter.id = 2;
    let mut pause = cut_down("2026-11-26", None, None);
    pause.id = 3;
    pause.path = Path::Abstain;
    let mut again = cut_down("2026-12-01", Some(7.0), None);
    again.id = 4;
    let mut paths = vec![cut_down("2026-11-06", Some(14.0), None), tighter];
    let f = figures(day("2026-11-06"), &paths, &[], today, 14.0);
    // A tighter plan is the same path: the days since 11-06 all count.
    assert_eq!(f.days_within_plan, Some(31));
    assert_eq!(f.path_since, Some(day("2026-11-06")));
    paths.push(pause);
    paths.push(again.clone());
    // Chosen twice for the same day (two devices): the later holds, counted once.
    again.id = 5;
    paths.push(again);
    let f = figures(day("2026-11-06"), &paths, &[], today, 14.0);
    // 20 days before the pause and 6 since: the pause's 5 days are not the plan's.
    assert_eq!(f.days_within_plan, Some(26));
    assert_eq!(f.path_since, Some(day("2026-12-01")));
    assert_eq!(f.windows[0].within_plan, Some(6));
}

#[test]
fn a_break_counts_from_the_last_use_else_the_last_setback_else_the_start() {
    let d = day("2026-12-06");
    assert_eq!(
        days_without_use(Some(day("2026-12-05")), None, day("2026-01-01"), d),
        0
    );
    assert_eq!(
        days_without_use(Some(day("2026-11-26")), None, day("2026-01-01"), d),
        9
    );
    assert_eq!(
        days_without_use(None, Some(day("2026-11-30")), day("2026-01-01"), d),
        5
    );
    assert_eq!(days_without_use(None, None, day("2026-11-29"), d), 7);
}
