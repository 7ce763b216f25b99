//! How much work SQLite does for a piece of tend: virtual-machine steps and pages read
//! from the file. A test compares these at two journal sizes to keep reads flat; no
//! timing is involved.
//!
//! The one place that calls SQLite's C API directly: rusqlite has no safe call for
//! `sqlite3_db_status`, and its safe `progress_handler` needs `&mut Connection` while
//! `Store::work` lends `&Store` to the code it measures.

use super::Store;
use std::os::raw::{c_int, c_void};

/// The work one call did on the store's connection.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    /// SQLite virtual-machine instructions run (rows visited, compared and copied).
    pub steps: u64,
    /// Pages SQLite had to read (page-cache misses): on a fresh store, every page read.
    pub pages: u64,
}

extern "C" fn count(arg: *mut c_void) -> c_int {
    // SAFETY: `arg` is the `u64` counter `Store::work` lends for the call's duration.
    unsafe { *arg.cast::<u64>() += 1 };
    0
}

fn cache_misses(db: *mut rusqlite::ffi::sqlite3, reset: bool) -> u64 {
    let (mut now, mut high) = (0, 0);
    // SAFETY: `db` is the live handle of the store's connection.
    unsafe {
        rusqlite::ffi::sqlite3_db_status(
            db,
            rusqlite::ffi::SQLITE_DBSTATUS_CACHE_MISS,
            &mut now,
            &mut high,
            c_int::from(reset),
        );
    }
    u64::try_from(now).unwrap_or_default()
}

impl Store {
    /// Runs `f` and returns what it gave with the work SQLite did on this store's
    /// connection meanwhile.
    pub fn work<T>(&self, f: impl FnOnce(&Store) -> T) -> (T, Work) {
        // SAFETY: the handle stays with the connection, which outlives this call.
        let db = unsafe { self.conn.handle() };
        let counter = Box::into_raw(Box::new(0u64));
        cache_misses(db, true);
        // SAFETY: the counter lives until the handler is removed, below.
        unsafe { rusqlite::ffi::sqlite3_progress_handler(db, 1, Some(count), counter.cast()) };
        let value = f(self);
        // SAFETY: no handler is left behind, so the counter is ours alone again.
        let steps = unsafe {
            rusqlite::ffi::sqlite3_progress_handler(db, 0, None, std::ptr::null_mut());
            *Box::from_raw(counter)
        };
        let pages = cache_misses(db, false);
        (value, Work { steps, pages })
    }
}
