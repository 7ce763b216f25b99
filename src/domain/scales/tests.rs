//! Scoring and banding of every scale against hand-worked answers, band edges included.

use super::*;

fn band(name: &str, answers: &[u8]) -> (i64, String) {
    find(name).unwrap().result(answers).unwrap()
}

#[test]
fn every_scale_parses_with_items_answers_and_an_attribution() {
    let names: Vec<&str> = all().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["PHQ-9", "GAD-7", "WHO-5", "BARC-10", "PACS"]);
    for s in all() {
        assert!(!s.attribution.is_empty() && !s.question.is_empty());
        for i in 0..s.items.len() {
            assert!(!s.answers_for(i).is_empty(), "{} item {}", s.name, i + 1);
        }
        // Bands cover the whole range, in order, ending at the top score.
        let maxes: Vec<i64> = s.bands.iter().map(|b| b.max).collect();
        assert!(maxes.windows(2).all(|w| w[0] < w[1]), "{}", s.name);
        assert_eq!(*maxes.last().unwrap(), s.range().1, "{}", s.name);
    }
    let counts: Vec<usize> = all().iter().map(|s| s.items.len()).collect();
    assert_eq!(counts, [9, 7, 5, 10, 5]);
    let ranges: Vec<(i64, i64)> = all().iter().map(|s| s.range()).collect();
    assert_eq!(ranges, [(0, 27), (0, 21), (0, 100), (10, 60), (0, 30)]);
}

#[test]
fn names_are_found_without_case_or_dashes() {
    assert_eq!(find("phq9").unwrap().name, "PHQ-9");
    assert_eq!(find("Barc-10").unwrap().name, "BARC-10");
    let e = find("beck").unwrap_err().to_string();
    assert!(e.contains("PHQ-9, GAD-7, WHO-5, BARC-10, PACS"), "{e}");
}

#[test]
fn phq9_bands_at_each_edge() {
    // 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
    let cases: [(&[u8], i64, &str); 10] = [
        (&[0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal"),
        (&[1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal"),
        (&[1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild"),
        (&[3, 3, 3, 0, 0, 0, 0, 0, 0], 9, "mild"),
        (&[2, 2, 2, 2, 2, 0, 0, 0, 0], 10, "moderate"),
        (&[2, 2, 2, 2, 2, 2, 2, 0, 0], 14, "moderate"),
        (&[3, 3, 3, 3, 3, 0, 0, 0, 0], 15, "moderately severe"),
        (&[3, 3, 3, 3, 3, 3, 1, 0, 0], 19, "moderately severe"),
        (&[3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe"),
        (&[3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "severe"),
    ];
    for (answers, score, label) in cases {
        assert_eq!(band("PHQ-9", answers), (score, label.to_string()));
    }
}

#[test]
fn phq9_item_nine_above_zero_needs_the_crisis_plan_whatever_the_total() {
    let s = find("PHQ-9").unwrap();
    assert!(s.needs_crisis(&[0, 0, 0, 0, 0, 0, 0, 0, 1]));
    assert!(s.needs_crisis(&[3, 3, 3, 3, 3, 3, 3, 3, 3]));
    assert!(!s.needs_crisis(&[3, 3, 3, 3, 3, 3, 3, 3, 0]));
    // A minimal total does not hide it.
    assert_eq!(band("PHQ-9", &[0, 0, 0, 0, 0, 0, 0, 0, 1]).1, "minimal");
    assert!(s.is_crisis_item(8) && !s.is_crisis_item(0));
    // No other scale has a crisis item.
    for other in all().iter().filter(|o| o.name != "PHQ-9") {
        assert!(other.crisis_item.is_none());
    }
}

#[test]
fn gad7_bands_at_each_edge() {
    let cases: [(&[u8], i64, &str); 8] = [
        (&[0, 0, 0, 0, 0, 0, 0], 0, "minimal"),
        (&[1, 1, 1, 1, 0, 0, 0], 4, "minimal"),
        (&[1, 1, 1, 1, 1, 0, 0], 5, "mild"),
        (&[3, 3, 3, 0, 0, 0, 0], 9, "mild"),
        (&[2, 2, 2, 2, 2, 0, 0], 10, "moderate"),
        (&[2, 2, 2, 2, 2, 2, 2], 14, "moderate"),
        (&[3, 3, 3, 3, 3, 0, 0], 15, "severe"),
        (&[3, 3, 3, 3, 3, 3, 3], 21, "severe"),
    ];
    for (answers, score, label) in cases {
        assert_eq!(band("GAD-7", answers), (score, label.to_string()));
    }
    let s = find("GAD-7").unwrap();
    assert!(s.band(&[2, 2, 2, 2, 2, 0, 0]).note.is_some());
    assert!(s.band(&[3, 3, 3, 0, 0, 0, 0]).note.is_none());
}

#[test]
fn who5_is_a_percentage_and_any_low_item_suggests_poor_well_being() {
    // Raw 12 → 48%: below 13, poor. Raw 13 → 52% with every item 2 or more: not poor.
    assert_eq!(
        band("WHO-5", &[3, 3, 2, 2, 2]),
        (48, "suggests poor well-being".into())
    );
    assert_eq!(
        band("WHO-5", &[3, 3, 3, 2, 2]),
        (52, "no sign of poor well-being".into())
    );
    assert_eq!(
        band("WHO-5", &[5, 5, 5, 5, 5]),
        (100, "no sign of poor well-being".into())
    );
    // Raw 21 (84%) but one item answered 1: poor well-being suggested.
    assert_eq!(
        band("WHO-5", &[5, 5, 5, 5, 1]),
        (84, "suggests poor well-being".into())
    );
    assert_eq!(band("WHO-5", &[0, 0, 0, 0, 0]).0, 0);
}

#[test]
fn barc10_cut_off_is_47() {
    let s = find("BARC-10").unwrap();
    assert_eq!(s.result(&[1; 10]).unwrap().0, 10);
    let at_46 = [5, 5, 5, 5, 5, 5, 4, 4, 4, 4];
    let at_47 = [5, 5, 5, 5, 5, 5, 5, 4, 4, 4];
    assert_eq!(s.score(&at_46), 46);
    assert!(s.result(&at_46).unwrap().1.starts_with("below 47"));
    assert_eq!(s.score(&at_47), 47);
    assert!(s.result(&at_47).unwrap().1.starts_with("47 or more"));
    assert_eq!(s.result(&[6; 10]).unwrap().0, 60);
    // 0 is not an answer on this scale.
    assert!(s.check(&[0, 1, 1, 1, 1, 1, 1, 1, 1, 1]).is_err());
}

#[test]
fn pacs_cut_offs_are_15_and_above_20() {
    let cases: [(&[u8], i64, &str); 6] = [
        (
            &[0, 0, 0, 0, 0],
            0,
            "below the moderate-craving cut-off (15)",
        ),
        (
            &[3, 3, 3, 3, 2],
            14,
            "below the moderate-craving cut-off (15)",
        ),
        (&[3, 3, 3, 3, 3], 15, "moderate craving"),
        (&[4, 4, 4, 4, 4], 20, "moderate craving"),
        (&[5, 4, 4, 4, 4], 21, "high craving"),
        (&[6, 6, 6, 6, 6], 30, "high craving"),
    ];
    for (answers, score, label) in cases {
        assert_eq!(band("PACS", answers), (score, label.to_string()));
    }
    let s = find("PACS").unwrap();
    assert_eq!(s.answers_for(0).len(), 7);
    assert!(s.answers_for(3)[6].1.contains("resist"));
}

#[test]
fn wrong_counts_and_values_are_refused_with_the_item_named() {
    let s = find("PHQ-9").unwrap();
    let e = s.check(&[0, 1, 2]).unwrap_err().to_string();
    assert_eq!(e, "answers: PHQ-9 has 9 items; got 3 answers");
    let e = s
        .check(&[0, 0, 4, 0, 0, 0, 0, 0, 0])
        .unwrap_err()
        .to_string();
    assert_eq!(e, "answers: PHQ-9 item 3 takes 0 to 3; got 4");
}

fn result(name: &str, date: &str, score: i64) -> Assessment {
    Assessment {
        id: 0,
        instrument: name.into(),
        date: date.parse().unwrap(),
        answers: vec![],
        score,
        band: String::new(),
        created_at: String::new(),
    }
}

#[test]
fn due_only_for_scales_taken_before_once_their_window_has_passed() {
    let today: NaiveDate = "2026-11-23".parse().unwrap();
    let history = [
        result("PHQ-9", "2026-11-09", 9),    // 14 days ago: due today
        result("GAD-7", "2026-11-10", 5),    // 13 days ago: not yet
        result("PACS", "2026-11-01", 3),     // 22 days ago, weekly: due, most overdue
        result("BARC-10", "2026-10-25", 50), // 29 days ago, monthly: not yet
    ];
    let due: Vec<&str> = due(&history, today)
        .iter()
        .map(|(s, _)| s.name.as_str())
        .collect();
    assert_eq!(due, ["PACS", "PHQ-9"]);
    // WHO-5 was never taken, so it is never suggested.
    assert!(super::due(&[], today).is_empty());
}

#[test]
fn trend_lists_the_last_scores_and_the_change() {
    let h = [
        result("PHQ-9", "2026-10-12", 14),
        result("PHQ-9", "2026-10-26", 11),
        result("PHQ-9", "2026-11-09", 9),
    ];
    let refs: Vec<&Assessment> = h.iter().collect();
    assert_eq!(
        trend(&refs).unwrap(),
        "14 → 11 → 9 (down 5 since 12 Oct 2026)"
    );
    assert_eq!(trend(&refs[..1]).unwrap(), "first result, 12 Oct 2026");
    assert!(trend(&[]).is_none());
}

#[test]
fn tends_words_about_a_scale_read_as_the_english_files_in_english() {
    for s in all() {
        assert_eq!(s.about_text(), s.about, "{}", s.name);
        for b in &s.bands {
            assert_eq!(band_text(&b.label), b.label, "{}", s.name);
            assert_eq!(b.note_text(), b.note, "{}", s.name);
        }
        assert_eq!(s.english_note(), None, "English needs no note");
        assert!(std::ptr::eq(s.shown(), s), "English shows the English file");
    }
}

#[test]
fn a_published_version_has_the_english_scales_numbers_and_every_word() {
    for v in versions::sources() {
        let english = find(&v.name).unwrap();
        assert_eq!(v.items.len(), english.items.len(), "{}", v.name);
        let values = |a: &[Answer]| a.iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(values(&v.answers), values(&english.answers), "{}", v.name);
        assert!(v.answers.iter().all(|a| !a.1.trim().is_empty()));
        assert!(v.items.iter().all(|i| !i.trim().is_empty()));
        assert!(!v.title.is_empty() && !v.question.is_empty());
        assert!(v.attribution.contains("Pfizer"), "{}", v.attribution);
        assert!(crate::catalog::Language::from_tag(&v.language).is_some());
    }
}

#[test]
fn spanish_shows_a_scale_only_in_the_version_published_for_its_region() {
    use crate::catalog::{Language, Region, in_language};
    let phq9 = find("PHQ-9").unwrap();
    let gad7 = find("GAD-7").unwrap();
    in_language(Language::Spanish(Region::UnitedStates), || {
        let s = phq9.shown();
        assert!(s.question.starts_with("Durante las últimas 2 semanas"));
        assert_eq!(s.answers_for(0)[0].1, "Ningún día");
        assert_eq!(
            s.items[8].text,
            "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"
        );
        assert!(s.attribution.contains("No se requiere permiso"));
        assert_eq!(phq9.english_note(), None);
        // Scoring is the English file's: the same numbers, the same stored band.
        assert_eq!(s.range(), phq9.range());
        assert_eq!(s.crisis_item, Some(9));
        assert_eq!(
            s.result(&[3, 3, 3, 3, 3, 0, 0, 0, 0]).unwrap().1,
            "moderately severe"
        );
        assert_eq!(band_text("moderately severe"), "moderadamente grave");
        // No published Spanish GAD-7 that tend can quote: English, with the note.
        assert!(std::ptr::eq(gad7.shown(), gad7));
        assert!(
            gad7.english_note()
                .unwrap()
                .starts_with("Esta escala se muestra en inglés")
        );
    });
    for region in [Region::Spain, Region::Mexico, Region::Other] {
        in_language(Language::Spanish(region), || {
            assert!(
                std::ptr::eq(phq9.shown(), phq9),
                "{region:?}: the English as published"
            );
            assert!(phq9.english_note().is_some(), "{region:?}");
            assert_eq!(phq9.about_text(), "depresión");
        });
    }
}
