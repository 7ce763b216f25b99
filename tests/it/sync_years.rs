//! Sync over years: the folder stays small (compaction), a device that joins late
//! still gets everything, a retired device's records stay with the others once its
//! folder is removed, and a device that was forgotten comes back as a new one.

use chrono::{DateTime, Duration, FixedOffset};
use std::path::{Path, PathBuf};
use tend::clock::Clock;
use tend::domain::JournalDraft;
use tend::store::{JournalFilter, Store};
use tend::sync::seal::{Kdf, Key};

fn key() -> Key {
    Key::from_bytes(&[7u8; 32]).unwrap()
}

fn kdf() -> Kdf {
    Kdf {
        memory_kib: 8 * 1024,
        passes: 1,
        ..Kdf::fresh()
    }
}

fn at(min: i64) -> DateTime<FixedOffset> {
    "2026-11-25T08:00:00+00:00"
        .parse::<DateTime<FixedOffset>>()
        .unwrap()
        + Duration::minutes(min)
}

/// An entry written an hour before the start.
fn draft(body: &str) -> JournalDraft {
    crate::common::draft(at(-60), body)
}

/// One device: its journal, reopened at a later moment for each step.
struct Dev {
    path: PathBuf,
    store: Store,
}

impl Dev {
    fn new(dir: &Path, name: &str) -> Dev {
        let path = dir.join(format!("{name}.db"));
        let store = Store::open(&path, Clock::Fixed(at(0))).unwrap();
        Dev { path, store }
    }
    fn at(&mut self, min: i64) {
        self.store = Store::open(&self.path, Clock::Fixed(at(min))).unwrap();
    }
    fn add(&self, body: &str) {
        self.store.write(|tx| tx.add_journal(draft(body))).unwrap();
    }
    fn sync(&self) -> tend::sync::Report {
        tend::sync::run(&self.store, &key()).unwrap()
    }
    fn bodies(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .store
            .journal(&JournalFilter::default())
            .unwrap()
            .into_iter()
            .map(|e| e.body)
            .collect();
        v.sort();
        v
    }
    /// Retires device `old` here, as `tend sync forget-device` does.
    fn retire(&self, old: &str) {
        self.store
            .write(|tx| tx.sync_forget_device(old, "c", tend::store::changes::Why::Retired))
            .unwrap();
    }
    fn device(&self) -> String {
        self.store.sync_setup().unwrap().unwrap().device
    }
}

/// Every segment and snapshot file in the folder.
fn files(folder: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in std::fs::read_dir(folder.join("devices")).unwrap().flatten() {
        for f in std::fs::read_dir(d.path()).unwrap().flatten() {
            if f.path().extension().is_some_and(|e| e == "tseg") {
                out.push(f.path());
            }
        }
    }
    out
}

fn three(dir: &Path, folder: &Path) -> Vec<Dev> {
    let devs: Vec<Dev> = ["a", "b", "c"].iter().map(|n| Dev::new(dir, n)).collect();
    tend::sync::init_with(&devs[0].store, folder, "a", &kdf(), &key()).unwrap();
    for (d, name) in devs[1..].iter().zip(["b", "c"]) {
        tend::sync::join_with(&d.store, folder, name, &key()).unwrap();
    }
    devs
}

#[test]
fn three_devices_syncing_forty_times_keep_few_files_and_a_late_joiner_gets_all() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    let mut devs = three(dir.path(), &folder);
    let mut min = 1;
    for round in 0..40 {
        for (i, d) in devs.iter_mut().enumerate() {
            d.at(min);
            min += 1;
            d.add(&format!("device {i}, sync {round}"));
            d.sync();
        }
    }
    let n = files(&folder).len();
    assert!(
        n <= 15,
        "{n} segment files in the folder: {:?}",
        files(&folder)
    );
    let mut late = Dev::new(dir.path(), "d");
    late.at(min);
    tend::sync::join_with(&late.store, &folder, "d", &key()).unwrap();
    let bodies = late.bodies();
    assert_eq!(bodies.len(), 120, "the fourth device holds every entry");
    // And the three agree with it.
    for d in &mut devs {
        d.at(min + 1);
        d.sync();
        assert_eq!(d.bodies(), bodies);
    }
}

#[test]
fn a_retired_devices_records_stay_once_its_folder_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    let mut devs = three(dir.path(), &folder);
    devs[2].at(1);
    for i in 0..3 {
        devs[2].add(&format!("written on the old phone {i}"));
    }
    devs[2].sync();
    for d in &mut devs[..2] {
        d.at(2);
        d.sync();
    }
    let old = devs[2].device();
    devs[0].retire(&old);
    devs[0].at(3);
    devs[0].sync();
    devs[1].at(4);
    devs[1].sync();
    std::fs::remove_dir_all(folder.join("devices").join(&old)).unwrap();
    let mut late = Dev::new(dir.path(), "d");
    late.at(5);
    let r = tend::sync::join_with(&late.store, &folder, "d", &key()).unwrap();
    assert!(r.waiting.is_empty(), "nothing is missing: {:?}", r.waiting);
    let bodies = late.bodies();
    for i in 0..3 {
        assert!(
            bodies.contains(&format!("written on the old phone {i}")),
            "{bodies:?}"
        );
    }
}

#[test]
fn a_joiner_names_a_device_whose_folder_is_gone_before_it_was_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    let mut devs = three(dir.path(), &folder);
    devs[2].at(1);
    devs[2].add("only on c");
    devs[2].sync();
    devs[0].at(2);
    devs[0].add("a saw it");
    devs[0].sync();
    let gone = devs[2].device();
    std::fs::remove_dir_all(folder.join("devices").join(&gone)).unwrap();
    let mut late = Dev::new(dir.path(), "d");
    late.at(3);
    let r = tend::sync::join_with(&late.store, &folder, "d", &key()).unwrap();
    assert!(
        r.waiting
            .iter()
            .any(|w| w.contains(&gone) && w.contains("is not in the sync folder")),
        "the gap is named: {:?}",
        r.waiting
    );
}

#[test]
fn a_forgotten_device_that_comes_back_goes_on_as_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    let mut devs = three(dir.path(), &folder);
    let old = devs[2].device();
    devs[0].retire(&old);
    devs[0].at(1);
    devs[0].add("after c was retired");
    devs[0].sync();
    devs[2].at(2);
    devs[2].add("c is back");
    let r = devs[2].sync();
    assert!(
        r.new_device.is_some() && r.rejoined,
        "it goes on under a new id"
    );
    assert_ne!(devs[2].device(), old);
    devs[1].at(3);
    devs[1].sync();
    assert!(devs[1].bodies().contains(&"c is back".to_string()));
    assert!(
        devs[2]
            .bodies()
            .contains(&"after c was retired".to_string())
    );
}

#[test]
fn a_retired_device_back_after_its_deletions_were_forgotten_brings_nothing_back() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    let mut devs = three(dir.path(), &folder);
    devs[2].at(1);
    devs[2].add("kept long");
    devs[2].sync();
    for d in &mut devs[..2] {
        d.at(2);
        d.sync();
    }
    // The phone is put away; the laptop retires it, and its folder goes once the
    // laptop says it may.
    let old = devs[2].device();
    devs[0].retire(&old);
    devs[0].at(3);
    devs[0].sync();
    let id = devs[0]
        .store
        .journal(&JournalFilter::default())
        .unwrap()
        .into_iter()
        .find(|e| e.body == "kept long")
        .unwrap()
        .id;
    devs[0].store.write(|tx| tx.delete_journal(id)).unwrap();
    std::fs::remove_dir_all(folder.join("devices").join(&old)).unwrap();
    // Months of syncing: the deletion is merged everywhere, then forgotten, and the
    // folder compacted.
    let day = 24 * 60;
    for k in 0..8 {
        for d in &mut devs[..2] {
            d.at(4 + k * 20 * day);
            d.add(&format!("day {k}"));
            d.sync();
        }
    }
    // The phone comes back, still holding the entry.
    devs[2].at(4 + 8 * 20 * day);
    assert!(devs[2].bodies().contains(&"kept long".to_string()));
    let r = devs[2].sync();
    assert!(r.new_device.is_some());
    assert!(
        !devs[2].bodies().contains(&"kept long".to_string()),
        "gone on the phone too"
    );
    for d in &mut devs[..2] {
        d.at(5 + 8 * 20 * day);
        d.sync();
        assert!(
            !d.bodies().contains(&"kept long".to_string()),
            "not brought back"
        );
    }
    let mut late = Dev::new(dir.path(), "d");
    late.at(6 + 8 * 20 * day);
    tend::sync::join_with(&late.store, &folder, "d", &key()).unwrap();
    assert!(!late.bodies().contains(&"kept long".to_string()));
    assert_eq!(late.bodies(), devs[0].bodies());
}

/// A joiner merges a device's segments in one transaction and indexes their entries
/// once at the end: an entry edited or deleted in a later segment than the one that
/// added it is found by its last words only.
#[test]
fn a_join_of_many_segments_finds_each_entry_by_its_last_words() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    let mut a = Dev::new(dir.path(), "a");
    tend::sync::init_with(&a.store, &folder, "a", &kdf(), &key()).unwrap();
    let kept = a
        .store
        .write(|tx| tx.add_journal(draft("heron first")))
        .unwrap();
    a.add("otter gone soon");
    a.sync();
    a.at(1);
    let gone = a.store.journal_search("otter", 10).unwrap()[0].entry.id;
    a.store
        .write(|tx| {
            tx.update_journal(kept.id, draft("kingfisher now"))?;
            tx.delete_journal(gone)
        })
        .unwrap();
    a.add("badger later");
    a.sync();
    assert!(files(&folder).len() >= 3, "{:?}", files(&folder));
    let mut late = Dev::new(dir.path(), "d");
    late.at(2);
    tend::sync::join_with(&late.store, &folder, "d", &key()).unwrap();
    let found = |word: &str| late.store.journal_search(word, 10).unwrap().len();
    assert_eq!(
        [
            found("heron"),
            found("kingfisher"),
            found("otter"),
            found("badger")
        ],
        [0, 1, 0, 1]
    );
    assert_eq!(late.bodies(), ["badger later", "kingfisher now"]);
}
