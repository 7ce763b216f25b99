//! Odd things at output paths (pipes, folders, links) refused with one line naming
//! them, and never written over.

mod common;

use common::Env;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

/// Runs tend in the env's folder (for relative paths), giving up after 20 seconds.
fn run_in(env: &Env, args: &[&str]) -> Output {
    env.tend()
        .current_dir(env.dir.path())
        .timeout(Duration::from_secs(20))
        .args(args)
        .output()
        .unwrap()
}

fn ok_in(env: &Env, args: &[&str]) -> String {
    let out = run_in(env, args);
    assert!(
        out.status.success(),
        "tend {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Expects exit status `code`, nothing on stdout, and one line on stderr holding every
/// one of `needles`.
fn refused_in(env: &Env, args: &[&str], code: i32, needles: &[&str]) -> String {
    let out = run_in(env, args);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "tend {args:?}: {err}");
    for n in needles {
        assert!(err.contains(n), "tend {args:?}: {err:?} lacks {n:?}");
    }
    assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err:?}");
    assert!(out.stdout.is_empty(), "tend {args:?} printed something");
    err
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn odd_things_at_output_paths_are_never_replaced() {
    let env = Env::new();
    let d = env.dir.path();
    ok_in(&env, &["journal", "add", "private words"]);
    mkfifo(&d.join("pipe"));
    std::fs::create_dir(d.join("folder")).unwrap();
    std::os::unix::fs::symlink(d.join("nowhere.json"), d.join("dangling")).unwrap();
    let before = names(d);
    let cases = [
        ("pipe", "named pipe"),
        ("folder", "folder"),
        ("dangling", "symbolic link"),
    ];
    for (name, what) in cases {
        for force in [false, true] {
            let mut data = vec!["export", "data", "-o", name];
            let mut summary = vec!["export", "summary", "-o", name];
            if force {
                data.push("--force");
                summary.push("--force");
            }
            refused_in(&env, &data, 2, &[name, what]);
            refused_in(&env, &summary, 2, &[name, what]);
        }
        refused_in(&env, &["backup", name], 2, &[name, what]);
    }
    assert_eq!(names(d), before, "something was written");
    assert!(
        std::fs::metadata(d.join("pipe"))
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(
        std::fs::symlink_metadata(d.join("dangling"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(names(&d.join("folder")).is_empty());
    // A regular file is still replaced with --force.
    std::fs::write(d.join("old.json"), "old").unwrap();
    ok_in(&env, &["export", "data", "-o", "old.json", "--force"]);
    assert!(
        std::fs::read_to_string(d.join("old.json"))
            .unwrap()
            .contains("private words")
    );
}
