//! tend in Spanish on the command line: chosen by `LANG=es_*` or the `language`
//! setting, its refusals in Spanish, `--json` byte for byte the same in both languages,
//! `export summary --lang` writing the whole summary in the other language with the
//! same figures, the decimal mark by region (never in CSV values), and the crisis lines
//! ordered by the locale's region.

use crate::common;

use common::Env;

/// A year of demo data, made in English (the words differ by language; the figures
/// must not).
fn demo() -> Env {
    let env = Env::new();
    env.ok(&["demo", "--years", "1", "--seed", "7", "--entries", "40"]);
    env
}

/// `tend ARGS` under `LANG=lang`: stdout, stderr and the exit code.
fn run(env: &Env, lang: &str, args: &[&str]) -> (String, String, Option<i32>) {
    let out = env.tend().env("LANG", lang).args(args).output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code(),
    )
}

#[test]
fn an_empty_entry_is_refused_in_spanish() {
    let env = Env::new();
    let (out, err, code) = run(&env, "es_ES.UTF-8", &["journal", "add", ""]);
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("la entrada está vacía"), "{err}");
    let (_, err, _) = run(&env, "C.UTF-8", &["journal", "add", ""]);
    assert!(err.contains("the entry is empty"), "{err}");
}

#[test]
fn json_is_the_same_in_both_languages() {
    let env = demo();
    for args in [
        &["--json", "status"][..],
        &["--json", "stats"],
        &["--json", "journal", "list"],
        &["--json", "self-check", "list"],
        &["--json", "plan", "show"],
        &["--json", "med", "list"],
        &["--json", "export", "data"],
    ] {
        let (en, err, code) = run(&env, "C.UTF-8", args);
        assert_eq!(code, Some(0), "{args:?}: {err}");
        for lang in ["es_ES.UTF-8", "es_MX.UTF-8", "es_US.UTF-8"] {
            let (es, err, _) = run(&env, lang, args);
            assert!(
                en.as_bytes() == es.as_bytes(),
                "{args:?} under {lang} differs from English ({err})"
            );
        }
    }
}

/// Every number of `text` (with either decimal mark, as a point), in order of size:
/// what two summaries of the same journal must share whatever their language.
fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut number = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let mark_inside = matches!(c, '.' | ',')
            && !number.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            number.push(*c);
        } else if mark_inside {
            number.push('.');
        } else if !number.is_empty() {
            out.push(std::mem::take(&mut number));
        }
    }
    out.extend((!number.is_empty()).then_some(number));
    out.sort();
    out
}

#[test]
fn the_summary_in_spanish_has_the_english_figures() {
    let env = demo();
    let args = |lang: &'static str| {
        [
            "export",
            "summary",
            "--format",
            "md",
            "-o",
            "-",
            "--include",
            "use,medications",
            "--lang",
            lang,
        ]
    };
    let english = env.ok(&args("en"));
    let spanish = env.ok(&args("es"));
    assert!(english.starts_with("# Recovery summary"), "{english}");
    assert!(
        spanish.starts_with("# Resumen de recuperación"),
        "{spanish}"
    );
    for words in [
        "At a glance",
        "Days in recovery",
        "Self-checks",
        "Medications",
    ] {
        assert!(english.contains(words), "{words:?} in English");
        assert!(
            !spanish.contains(words),
            "{words:?} left in English:\n{spanish}"
        );
    }
    assert_eq!(figures(&english), figures(&spanish));
    // Spain writes 7,5: the same figures again.
    let spain = env.ok(&args("es-ES"));
    assert_eq!(figures(&english), figures(&spain));
    assert_ne!(spain, spanish, "a comma somewhere");
}

#[test]
fn lang_writes_the_summary_in_another_language_than_the_apps() {
    let env = demo();
    std::fs::write(env.config(), "language = \"es\"\n").unwrap();
    let md = ["export", "summary", "--format", "md", "-o", "-"];
    let spanish = env.ok(&md);
    assert!(
        spanish.starts_with("# Resumen de recuperación"),
        "{spanish}"
    );
    let english = env.ok(&[&md[..], &["--lang", "en"]].concat());
    assert!(english.starts_with("# Recovery summary"), "{english}");
    // What tend says about the file it wrote stays in the app's language.
    let file = env.dir.path().join("s.md");
    let file = file.to_str().unwrap();
    let said = env.ok(&[
        "export", "summary", "--format", "md", "-o", file, "--lang", "en",
    ]);
    assert!(!said.contains("Wrote"), "{said}");
    assert!(
        std::fs::read_to_string(file)
            .unwrap()
            .starts_with("# Recovery summary")
    );
    // An unknown language is refused, naming the ones tend has.
    let (_, err, code) = run(&env, "C.UTF-8", &["export", "summary", "--lang", "fr"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("--lang") && err.contains("es-MX"), "{err}");
    let help = env.ok(&["export", "summary", "--help"]);
    assert!(help.contains("--lang <LANGUAGE>"), "{help}");
}

#[test]
fn the_decimal_mark_follows_the_region_but_never_in_csv() {
    let env = demo();
    let summary = |lang: &str, format: &str| {
        let (out, err, code) = run(
            &env,
            lang,
            &[
                "export",
                "summary",
                "--format",
                format,
                "-o",
                "-",
                "--include",
                "use",
            ],
        );
        assert_eq!(code, Some(0), "{err}");
        out
    };
    let decimal = |text: &str, mark: char| {
        let c: Vec<char> = text.chars().collect();
        c.windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == mark && w[2].is_ascii_digit())
    };
    let spain = summary("es_ES.UTF-8", "md");
    let mexico = summary("es_MX.UTF-8", "md");
    let usa = summary("es_US.UTF-8", "md");
    assert!(decimal(&spain, ','), "7,5 in Spain:\n{spain}");
    assert!(
        decimal(&mexico, '.') && !decimal(&mexico, ','),
        "7.5 in Mexico"
    );
    assert!(decimal(&usa, '.') && !decimal(&usa, ','), "7.5 in the US");
    // The diary card's values keep the point in every region; its columns keep their names.
    let csv = |lang| summary(lang, "csv");
    let (spain, english) = (csv("es_ES.UTF-8"), csv("C.UTF-8"));
    assert!(decimal(&spain, '.'), "{spain}");
    let header = |t: &str| t.lines().next().unwrap_or_default().to_string();
    assert_eq!(header(&spain), header(&english));
    let values = |t: &str| -> Vec<String> {
        let mut r = csv::Reader::from_reader(t.as_bytes());
        r.records()
            .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
            .filter(|v| v.chars().next().is_some_and(|c| c.is_ascii_digit()))
            .collect()
    };
    assert_eq!(
        values(&spain),
        values(&english),
        "the same numbers, with a point"
    );
}

#[test]
fn the_locales_region_puts_its_crisis_line_first() {
    for (lang, first, then) in [
        ("es_MX.UTF-8", "México: 800 911 2000", "EE. UU. y Canadá"),
        ("es_ES.UTF-8", "España: 024", "EE. UU. y Canadá"),
        ("es_US.UTF-8", "EE. UU. y Canadá", "Reino Unido e Irlanda"),
    ] {
        let env = Env::new();
        std::fs::write(
            env.config(),
            "[show]\ncrisis_lines = [\"Mi enfermera: 555 0100\"]\n",
        )
        .unwrap();
        let answers = [
            "self-check",
            "add",
            "PHQ-9",
            "--answers",
            "0,0,0,0,0,0,0,0,2",
        ];
        let (out, err, code) = run(&env, lang, &answers);
        assert_eq!(code, Some(0), "{err}");
        let at = |needle: &str| {
            out.find(needle)
                .unwrap_or_else(|| panic!("{lang}: {needle:?} missing:\n{out}"))
        };
        assert!(at("Mi enfermera: 555 0100") < at(first), "{lang}:\n{out}");
        assert!(at(first) < at(then), "{lang}: {first} first:\n{out}");
    }
    // The 988 line says its Spanish option in Spanish.
    let env = Env::new();
    let answers = [
        "self-check",
        "add",
        "PHQ-9",
        "--answers",
        "0,0,0,0,0,0,0,0,1",
    ];
    let (out, _, _) = run(&env, "es_US.UTF-8", &answers);
    assert!(out.contains("en español: llama al 988 y marca 2"), "{out}");
}

#[test]
fn a_scale_in_spanish_is_its_published_version_or_english_with_a_note() {
    let env = Env::new();
    let nine = [
        "self-check",
        "add",
        "PHQ-9",
        "--answers",
        "1,1,1,1,1,0,0,0,0",
    ];
    let (usa, err, code) = run(&env, "es_US.UTF-8", &nine);
    assert_eq!(code, Some(0), "{err}");
    assert!(usa.contains("5 de 27") && usa.contains("leve"), "{usa}");
    assert!(
        usa.contains("Elaborado por los doctores Robert L. Spitzer"),
        "{usa}"
    );
    assert!(!usa.contains("se muestra en inglés"), "{usa}");
    let (mexico, _, _) = run(&env, "es_MX.UTF-8", &nine);
    assert!(
        mexico.contains("developed by Drs. Robert L. Spitzer"),
        "{mexico}"
    );
    assert!(
        mexico.contains("Esta escala se muestra en inglés"),
        "{mexico}"
    );
    // Stored as in English: the band's name in the data is the published English one.
    let v = env.json(&["self-check", "list"]);
    assert_eq!(v[0]["band"], "mild", "{v}");
}
